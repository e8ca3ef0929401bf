import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

// 设置 → 备份与恢复: back up, change something, restore, and the change is gone; a damaged file is refused.

test.use({ demo: true });
// A restore writes a safety backup, swaps the database and reloads the page: slower than a click.
test.describe.configure({ timeout: 90_000 });

interface Backups {
  folder: string;
  backups: { name: string; file: string; reason: string; items: number }[];
}

test('立即备份, then restoring it undoes a later change; everyone signs in again', async ({ page, ledger }) => {
  await ledger.open(page, '#/settings');
  const card = page.locator('#backups');
  await expect(card.getByText('请勿直接复制数据目录中的 ledger.db')).toBeVisible();
  await card.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/已备份并校验（66 项事项/)).toBeVisible();
  const manual = card.getByRole('row', { name: /手动备份/ });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell', { name: '66', exact: true })).toBeVisible();

  const [plan] = await ledger.call<{ id: number }[]>(page, 'plans.list', {});
  await ledger.call(page, 'items.create', { planId: plan.id, content: '备份之后新增的事项', startMonth: 7, endMonth: 7 });

  await manual.getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog', { name: '从此备份恢复？' });
  await expect(confirm.getByText(/66 项事项.*恢复前会自动备份当前数据/)).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText(/已恢复到 .* 的备份，请重新登录/)).toBeVisible();
  // The page reloads to the sign-in: the restore ended every session.
  await reloaded;
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();

  await ledger.open(page, '#/settings');
  await page.reload();
  const found = await ledger.call<{ total: number }>(page, 'items.search', { planId: plan.id, text: '备份之后' });
  expect(found.total).toBe(0);
  await expect(page.locator('#backups').getByRole('row', { name: /恢复前自动备份/ })).toHaveCount(1);
});

test('备份到… a folder; 从文件恢复… checks the file first and refuses a damaged one', async ({ page, ledger }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-usb-'));
  await ledger.open(page, '#/settings');
  const card = page.locator('#backups');

  await card.getByRole('button', { name: '备份到…' }).click();
  const toFolder = page.getByRole('dialog', { name: '备份到其他位置' });
  await toFolder.getByLabel('文件夹').fill('relative\\path');
  await toFolder.getByRole('button', { name: '备份' }).click();
  await expect(toFolder.getByText(/请填写备份文件夹的完整路径/)).toBeVisible();
  await toFolder.getByLabel('文件夹').fill(usb);
  await toFolder.getByRole('button', { name: '备份' }).click();
  await expect(page.getByText(`已备份并校验：${usb}`, { exact: false })).toBeVisible();
  const [written] = fs.readdirSync(usb);
  expect(written).toMatch(/^ledger-backup-\d{8}-\d{6}-manual\.tar$/);

  const damaged = path.join(usb, 'damaged.tar');
  fs.writeFileSync(damaged, fs.readFileSync(path.join(usb, written)).subarray(0, 20_000));
  await card.getByRole('button', { name: '从文件恢复…' }).click();
  const fromFile = page.getByRole('dialog', { name: '从文件恢复' });
  await fromFile.getByLabel('备份文件').fill(damaged);
  await fromFile.getByRole('button', { name: '检查备份' }).click();
  await expect(fromFile.getByText('不能恢复：备份文件不完整（可能复制或下载时中断），无法使用，未作任何改动')).toBeVisible();
  await expect(fromFile.getByRole('button', { name: '恢复此备份' })).toHaveCount(0);

  await fromFile.getByLabel('备份文件').fill(path.join(usb, written));
  await fromFile.getByRole('button', { name: '检查备份' }).click();
  await expect(fromFile.getByText('备份完好，可以恢复')).toBeVisible();
  await expect(fromFile.getByText('66 项', { exact: true })).toBeVisible();
  await expect(fromFile.getByRole('button', { name: '恢复此备份' })).toBeVisible();
  const listed = await ledger.call<Backups>(page, 'backups.list', {});
  expect(listed.backups.every((b) => path.dirname(b.file) === listed.folder)).toBe(true);
  fs.rmSync(usb, { recursive: true, force: true });
});

test('the 备份与恢复 card as the office sees it', async ({ page, ledger }) => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(viewport);
    await ledger.open(page, '#/settings');
    const card = page.locator('#backups');
    if ((await card.getByRole('row', { name: /手动备份/ }).count()) === 0)
      for (let k = 0; k < 2; k++) {
        await card.getByRole('button', { name: '立即备份' }).click();
        await expect(card.getByRole('row', { name: /手动备份/ })).toHaveCount(k + 1);
      }
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/backups-${viewport.width}x${viewport.height}.png`, fullPage: false });
    await card.getByRole('button', { name: '从文件恢复…' }).click();
    const fromFile = page.getByRole('dialog', { name: '从文件恢复' });
    const listed = await ledger.call<Backups>(page, 'backups.list', {});
    await fromFile.getByLabel('备份文件').fill(listed.backups[0].file);
    await fromFile.getByRole('button', { name: '检查备份' }).click();
    await expect(fromFile.getByText('备份完好，可以恢复')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/restore-file-${viewport.width}x${viewport.height}.png` });
    await fromFile.getByRole('button', { name: '取消' }).click();
  }
});
