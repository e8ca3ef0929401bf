import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import QRCode from 'qrcode';
import path from 'node:path';
import { ADVISER, CLERK, prepareLedger, startLanServer, type Account, type LanServer } from './lan-server';

// Two people at once on the office network (serve --lan on 127.0.0.2): the clerk at a desktop browser,
// an adviser on a phone-sized one. No token anywhere.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const SCREENSHOTS = path.resolve('test-results', 'lan');

// Two browsers and a server of their own: more than the default half minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

let server: LanServer;
test.beforeEach(async () => {
  server = await startLanServer(await prepareLedger([CLERK, ADVISER]));
});
test.afterEach(async () => {
  await server?.stop();
});

async function call<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const reply = await request.post(`${server.origin}/api/${method}`, { data: input });
  const envelope = await reply.json();
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.data as T;
}

/** Signs in through the login page, as a person would. */
async function signIn(browser: Browser, who: Account, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeAttached();
  return { context, page };
}

/** A sample-plan item brought to 待核验 by the clerk, with a photo as evidence. */
async function itemAwaitingVerification(request: APIRequestContext): Promise<{ id: number; content: string }> {
  const plans = await call<{ id: number }[]>(request, 'plans.list', {});
  const found = await call<{ rows: { id: number; content: string }[] }>(request, 'items.search', { planId: plans[0].id, text: '挑战杯' });
  const item = found.rows[0];
  // A real PNG picture (a QR code) stands in for the photo from the event.
  const png = await QRCode.toBuffer('挑战杯校级决赛现场', { width: 480 });
  const uploaded = await request.post(`${server.origin}/upload`, { data: png, headers: { 'content-type': 'application/octet-stream' } });
  const { sha256 } = (await uploaded.json()).data;
  await call(request, 'evidence.add', { itemId: item.id, sha256, originalName: '决赛现场.png', mime: 'image/png' });
  await call(request, 'progress.add', { itemId: item.id, date: '2023-06-10', text: '校级决赛已举办，32支队伍参赛', percent: 100 });
  const { status } = await call<{ status: string }>(request, 'items.get', { id: item.id });
  if (status === 'not_started') await call(request, 'items.transition', { id: item.id, action: 'start' });
  await call(request, 'items.transition', { id: item.id, action: 'submit' });
  return item;
}

test('the adviser signs in without a token on a phone, verifies an item, and the clerk’s page shows it', async ({ browser }) => {
  const clerk = await signIn(browser, CLERK);
  const item = await itemAwaitingVerification(clerk.context.request);
  await clerk.page.goto(`${server.origin}/#/item/${item.id}`);
  await expect(clerk.page.getByText('待核验').first()).toBeVisible();

  const adviser = await signIn(browser, ADVISER, PHONE);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await expect(adviser.page.getByText('首页').first()).toBeVisible();
  await adviser.page.waitForLoadState('networkidle');
  await adviser.page.screenshot({ path: path.join(SCREENSHOTS, 'adviser-home-390x844.png'), fullPage: true });
  await adviser.page.goto(`${server.origin}/#/item/${item.id}`);
  await expect(adviser.page.getByText(item.content).first()).toBeVisible();
  await adviser.page.screenshot({ path: path.join(SCREENSHOTS, 'adviser-item-390x844.png') });
  // Nothing wider than the phone: no sideways scrolling.
  expect(await adviser.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await adviser.page.getByRole('button', { name: '核验通过（销号）' }).click();
  await adviser.page.getByLabel('核验意见').fill('材料齐全，同意销号');
  await adviser.page.getByRole('dialog').getByRole('button', { name: '核验通过（销号）' }).click();
  await expect(adviser.page.getByText('已办结').first()).toBeVisible();
  await adviser.page.screenshot({ path: path.join(SCREENSHOTS, 'adviser-verified-390x844.png') });

  // The clerk did nothing: the page refreshes because someone else changed the data.
  await expect(clerk.page.getByText('已办结').first()).toBeVisible({ timeout: 15_000 });
  const history = await call<{ actor: string; client: string | null; action: string }[]>(clerk.context.request, 'audit.list', { entity: 'item', entityId: item.id });
  expect(history.at(-1)).toMatchObject({ actor: ADVISER.name, client: '127.0.0.1', action: 'item.verify' });
});

test('the adviser decides a 延期申请 and looks at the evidence photo on a phone', async ({ browser }) => {
  const clerk = await signIn(browser, CLERK);
  const item = await itemAwaitingVerification(clerk.context.request);
  await call(clerk.context.request, 'postponements.request', { itemId: item.id, dueDate: '2023-07-15', reason: '决赛延后至七月举行' });

  const adviser = await signIn(browser, ADVISER, PHONE);
  await adviser.page.goto(`${server.origin}/#/item/${item.id}?tab=evidence`);
  const photo = adviser.page.getByRole('img', { name: /决赛现场/ }).first();
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await adviser.page.screenshot({ path: path.join(SCREENSHOTS, 'adviser-evidence-390x844.png') });

  await adviser.page.goto(`${server.origin}/#/item/${item.id}?tab=postponements`);
  await expect(adviser.page.getByText('决赛延后至七月举行')).toBeVisible();
  expect(await adviser.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await adviser.page.screenshot({ path: path.join(SCREENSHOTS, 'adviser-postponement-390x844.png') });
  await adviser.page.getByRole('button', { name: '批准' }).click();
  await adviser.page.getByLabel('审批意见').fill('同意延期');
  await adviser.page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
  await expect(adviser.page.getByText('意见：同意延期')).toBeVisible();
  expect(await call(clerk.context.request, 'items.get', { id: item.id })).toMatchObject({ dueDate: '2023-07-15' });
});

test('two people edit the same item: the second save gets the conflict message and loses nothing', async ({ browser }) => {
  const clerk = await signIn(browser, CLERK);
  const adviser = await signIn(browser, ADVISER);
  const plans = await call<{ id: number }[]>(clerk.context.request, 'plans.list', {});
  const item = (await call<{ rows: { id: number; content: string }[] }>(clerk.context.request, 'items.search', { planId: plans[0].id, text: '挑战杯' })).rows[0];

  for (const { page } of [clerk, adviser]) {
    await page.goto(`${server.origin}/#/item/${item.id}`);
    await page.getByRole('button', { name: '编辑事项信息' }).click();
    await expect(page.getByLabel('工作内容')).toHaveValue(item.content);
  }
  await adviser.page.getByLabel('备注').fill('老师补充：请附获奖名单');
  await adviser.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(adviser.page.getByText('已保存修改')).toBeVisible();

  const mine = `${item.content}（文员修订）`;
  await clerk.page.getByLabel('工作内容').fill(mine);
  await clerk.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(clerk.page.getByText(`未保存：该事项已被 ${ADVISER.name} 修改，请刷新后再保存`)).toBeVisible();
  // Both versions are on screen, and what the clerk typed is still in the field.
  const conflict = clerk.page.locator('.edit-conflict');
  await expect(conflict.getByText(mine)).toBeVisible();
  await expect(conflict.getByText('老师补充：请附获奖名单')).toBeVisible();
  await expect(clerk.page.getByLabel('工作内容')).toHaveValue(mine);
  const saved = await call<{ content: string; notes: string }>(clerk.context.request, 'items.get', { id: item.id });
  expect(saved).toMatchObject({ content: item.content, notes: '老师补充：请附获奖名单' });

  // Having seen both, the clerk keeps the text and the adviser's note survives.
  await clerk.page.getByLabel('备注').fill('老师补充：请附获奖名单');
  await conflict.getByRole('button', { name: '以我的修改为准再保存' }).click();
  await expect(clerk.page.getByText('已保存修改')).toBeVisible();
  expect(await call(clerk.context.request, 'items.get', { id: item.id })).toMatchObject({ content: mine, notes: '老师补充：请附获奖名单' });
});

test('no API without a session; 20 wrong passwords from one address, then the right one: refused with the waiting message', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext();
  const page = await anonymous.get(`${server.origin}/`);
  expect(page.status()).toBe(200);
  for (const method of ['plans.list', 'items.search', 'users.list', 'data.revision']) {
    const reply = await anonymous.post(`${server.origin}/api/${method}`, { data: {} });
    expect(reply.status(), method).toBe(401);
    expect((await reply.json()).error.message).toBe('尚未登录或登录已超时，请重新登录');
  }
  for (let k = 0; k < 20; k++) await anonymous.post(`${server.origin}/api/auth.login`, { data: { username: ADVISER.username, password: `wrong-${k}` } });
  const right = await anonymous.post(`${server.origin}/api/auth.login`, { data: { username: ADVISER.username, password: ADVISER.password } });
  expect(right.status()).toBe(429);
  expect((await right.json()).error.message).toMatch(/^密码错误次数过多，请 \d+ 分钟后再试$/);
  await anonymous.dispose();
});
