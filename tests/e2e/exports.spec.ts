import fs from 'node:fs';
import { expect, test } from './fixtures';
import type { Download, Page } from '@playwright/test';

test.use({ demo: true, today: '2023-06-15' });

/** Clicks the export button and returns the download with its first bytes. */
async function exportFile(page: Page, button: string): Promise<{ download: Download; head: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await download.path();
  return { download, head: fs.readFileSync(file).subarray(0, 4) };
}

test('the 督查台账 and the item CSV of the sample plan are previewed and downloaded under their Chinese names', async ({ page, ledger }) => {
  await ledger.open(page, '#/exports');
  await expect(page.getByRole('heading', { name: '报表导出' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /督查台账/ })).toBeChecked();

  const preview = page.frameLocator('iframe[title$="（预览）"]');
  await expect(preview.locator('h1')).toContainText('2023年度工作督查台账');
  await expect(preview.locator('th').first()).toHaveText('序号');

  const ledgerFile = await exportFile(page, '导出 Excel');
  expect(ledgerFile.download.suggestedFilename()).toBe('2023年度督查台账.xlsx');
  expect(ledgerFile.head.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText('已导出：2023年度督查台账.xlsx').first()).toBeVisible();

  await page.getByRole('radio', { name: /事项清单 CSV/ }).check();
  await expect(page.getByText('CSV 是供其他软件读取的数据文件，没有排版预览。')).toBeVisible();
  const csv = await exportFile(page, '导出 CSV');
  expect(csv.download.suggestedFilename()).toBe('2023年度工作事项.csv');
  expect([...csv.head.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('the month page saves its 工作推进表, and an item’s 督办 issues a numbered notice', async ({ page, ledger }) => {
  await ledger.open(page, '#/month/3');
  await page.getByRole('button', { name: '另存为文件' }).click();
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '下载 Excel' }).click()]);
  expect(sheet.suggestedFilename()).toBe('2023年3月工作推进表.xlsx');

  await page.getByRole('region', { name: '本月事项' }).getByText('启动“百生讲坛”系列活动').click();
  const editor = page.getByRole('dialog', { name: '编辑事项' });
  // Nobody leads the item yet: 督办 has no addressee until a 主办 is added and saved.
  await expect(editor.getByRole('button', { name: '督办', exact: true })).toBeDisabled();
  await editor.getByRole('button', { name: '添加责任人' }).click();
  await editor.getByLabel('责任人1', { exact: true }).fill('鲁若曦');
  await page.keyboard.press('Enter');
  await expect(editor.getByTitle('鲁若曦', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  await page.getByRole('region', { name: '本月事项' }).getByText('启动“百生讲坛”系列活动').click();
  await editor.getByRole('button', { name: '督办', exact: true }).click();
  const notice = page.getByRole('dialog', { name: '督办该事项' });
  await expect(notice.frameLocator('iframe').locator('body')).toContainText('启动“百生讲坛”系列活动');
  await notice.getByLabel('督办要求').fill('请于反馈时限前报送进展及佐证材料');
  const { download, head } = await exportFile(page, '导出 Word');
  expect(download.suggestedFilename()).toBe('督办通知单（督办〔2023〕第1号）.docx');
  expect(head.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(notice.getByText('已登记编号：督办〔2023〕第1号')).toBeVisible();
});

test('a 通报 is issued once: Word and PDF carry the same 第N期, 已发文件 lists it, and after 作废 the next one is 第2期', async ({ page, ledger }) => {
  test.setTimeout(120_000); // a PDF starts Chromium
  await ledger.open(page, '#/exports');
  await page.getByRole('radio', { name: /督查通报/ }).check();
  await page.getByLabel('起始月份').click();
  await page.getByTitle('6月', { exact: true }).click();
  const preview = page.frameLocator('iframe[title$="（预览）"]');
  await expect(preview.locator('body')).toContainText('第＿期（预览·未编号）');

  const word = await exportFile(page, '导出 Word');
  expect(word.download.suggestedFilename()).toBe('2023年6月督查通报（第1期）.docx');
  await page.getByRole('radiogroup', { name: '文件类型' }).getByText('PDF', { exact: true }).click();
  const pdf = await exportFile(page, '导出 PDF');
  expect(pdf.download.suggestedFilename()).toBe('2023年6月督查通报（第1期）.pdf');
  expect(pdf.head.subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(page.getByText(/已登记编号：第1期（2023-06-15已签发，本次按原编号、原内容导出/)).toBeVisible();
  // The preview now shows the issued document itself, with its number.
  await expect(preview.locator('body')).not.toContainText('预览·未编号');

  const register = page.getByRole('region', { name: '已发文件' }).or(page.locator('.issued-documents'));
  const row = register.getByRole('row', { name: /第1期/ });
  await expect(row).toContainText('2023年6月督查通报（第1期）');
  await expect(row).toContainText('有效');
  await row.getByRole('button', { name: '作废' }).click();
  const dialog = page.getByRole('dialog', { name: '作废 第1期' });
  await dialog.getByLabel('作废原因').fill('统计口径有误，重新签发');
  await page.keyboard.press('Control+Enter');
  await expect(row).toContainText('已作废');

  await page.getByRole('radiogroup', { name: '文件类型' }).getByText('Word', { exact: true }).click();
  const reissued = await exportFile(page, '导出 Word');
  expect(reissued.download.suggestedFilename()).toBe('2023年6月督查通报（第2期）.docx');
});
