import net from 'node:net';
import { expect, test } from './fixtures';

// 设置 → 局域网访问 in the app itself (loopback serve mode hosts the LAN server like the desktop does).

test.use({ demo: true });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.2', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test('the administrator sees the LAN address with its QR code and the warning, ends an adviser’s session, and turns sharing off', async ({ page, ledger, playwright }) => {
  await ledger.open(page, '#/settings');
  const card = page.locator('#lan');
  await expect(card.getByText('任何人都能打开登录页')).toBeVisible();
  await expect(card.getByText('局域网访问未开启：只有本机可以使用。')).toBeVisible();

  await ledger.call(page, 'users.create', { username: 'teacher', displayName: '指导老师甲', role: 'adviser', password: 'teacher-pass-1' });
  const port = await freePort();
  await ledger.call(page, 'lan.configure', { enabled: true, host: '127.0.0.2', port });
  await page.reload();
  const address = `http://127.0.0.2:${port}/`;
  await expect(card.getByText(address)).toBeVisible();
  await expect(card.getByRole('img', { name: `二维码：${address}` })).toBeVisible();
  await card.screenshot({ path: 'test-results/lan/settings-lan-card.png' });

  // An adviser signs in over the LAN address, without a token.
  const adviser = await playwright.request.newContext();
  const signIn = await adviser.post(`${address}api/auth.login`, { data: { username: 'teacher', password: 'teacher-pass-1' } });
  expect(signIn.status()).toBe(200);
  expect((await adviser.post(`${address}api/plans.list`, { data: {} })).status()).toBe(200);

  await page.reload();
  const row = card.getByRole('row', { name: /指导老师甲/ });
  await expect(row.getByText('127.0.0.1')).toBeVisible();
  await expect(card.getByRole('row', { name: /测试管理员/ }).getByText('当前')).toBeVisible();
  await row.getByRole('button', { name: '结束' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '结束' }).click();
  await expect(page.getByText('已结束该登录')).toBeVisible();
  await expect(card.getByRole('row', { name: /指导老师甲/ })).toHaveCount(0);
  expect((await adviser.post(`${address}api/plans.list`, { data: {} })).status()).toBe(401);

  await card.getByRole('switch').click();
  await card.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('局域网访问已关闭')).toBeVisible();
  await expect(card.getByText('局域网访问未开启：只有本机可以使用。')).toBeVisible();
  await expect(adviser.get(address)).rejects.toThrow();
  await adviser.dispose();
});
