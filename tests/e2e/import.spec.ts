import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Ledger } from './fixtures';
import type { Page } from '@playwright/test';

// Seed 003 is kept beside the repository (../shared/seeds); its month table is what the office pastes.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = fs.readFileSync(path.join(root, '..', 'shared', 'seeds', '003_e622a78fe4de4e57.txt'), 'utf8');
const TABLE = seed.slice(seed.indexOf('月份 |'));
const FIRST_ITEM = '制定2023年度共青团工作要点';

/** A ledger with an empty 2023 plan, on the import page. */
async function openImport(page: Page, ledger: Ledger) {
  await ledger.open(page, '#/import');
  await ledger.call(page, 'plans.create', { year: 2023, title: '2023年度校团委工作纲要', organization: '校团委' });
  await page.reload();
  await expect(page.getByRole('heading', { name: '导入计划' })).toBeVisible();
}

async function pasteAndPreview(page: Page) {
  await page.getByLabel('计划或通知的文字').fill(TABLE);
  await page.getByRole('button', { name: '预览', exact: true }).click();
  // Fifty editable rows: give a busy machine time to draw them.
  await expect(page.getByRole('region', { name: '核对预览' })).toBeVisible({ timeout: 20_000 });
}

/** Types the owners of the first row into its 责任人 cell. */
async function setFirstOwners(page: Page, names: string) {
  await page.getByRole('button', { name: /^第1项责任人：/ }).click();
  const input = page.getByLabel('第1项责任人', { exact: true });
  await input.fill(names);
  await input.press('Enter');
}

test('pasting seed 003, fixing an owner and importing puts it on the board; importing again changes nothing', async ({ page, ledger }) => {
  // Two previews and two imports of 51 items: more than the default 30 s when the machine is busy.
  test.setTimeout(60_000);
  await openImport(page, ledger);
  await pasteAndPreview(page);
  const review = page.getByRole('region', { name: '核对预览' });
  await expect(review.getByText('51 项：按月 42，贯穿全年 9，主要任务 0')).toBeVisible();
  await expect(review.getByText('序号39与第29行重复，按前后顺序此处应为29')).toBeVisible();
  await expect(review.getByLabel('第1项工作内容')).toHaveValue(FIRST_ITEM);

  await setFirstOwners(page, '鲁若曦、陈雯');
  const owners = review.getByRole('button', { name: /^第1项责任人：/ });
  await expect(owners).toHaveAccessibleName(/鲁若曦、陈雯/);
  // Neither is in the persons list yet: highlighted, and named among the new persons.
  await expect(owners.locator('.ant-tag-orange')).toHaveCount(2);
  await expect(review.getByText('2 人，导入时加入人员名单')).toBeVisible();
  await expect(review.getByText('已修改').first()).toBeVisible();

  await review.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('新增 51 项，更新 0 项，无变化 0 项')).toBeVisible();
  await page.getByRole('button', { name: '查看2023年度总览' }).click();
  await expect(page).toHaveURL(/#\/board$/);
  const card = page.getByRole('region', { name: '2月', exact: true }).getByRole('button', { name: new RegExp(FIRST_ITEM) });
  await expect(card).toContainText('鲁若曦');

  // The same table again: only the row whose owner was fixed differs, until it is fixed the same way.
  await page.getByRole('link', { name: '导入计划' }).click();
  await pasteAndPreview(page);
  await expect(review.getByText('2023年度计划：新增 0 项，更新 1 项，无变化 50 项')).toBeVisible();
  await setFirstOwners(page, '鲁若曦、陈雯');
  await expect(review.getByText('无', { exact: true })).toBeVisible();
  await review.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('无变化（51 项与已有计划一致）')).toBeVisible();
});

test('a file that is not a document is refused with its reason, and nothing is written', async ({ page, ledger }) => {
  await openImport(page, ledger);
  await page.getByRole('tab', { name: '打开文件' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: '工作计划.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 not really a document') });
  await expect(page.getByText('工作计划.docx')).toBeVisible();
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(page.getByText('这是程序文件，不是文档，无法导入（台账中的数据没有任何改动）')).toBeVisible();
  await expect(page.getByRole('region', { name: '核对预览' })).toHaveCount(0);
  const plans = await ledger.call<{ year: number; itemCount: number }[]>(page, 'plans.list', {});
  expect(plans).toEqual([expect.objectContaining({ year: 2023, itemCount: 0 })]);
});

// A school's week 行事历 running past New Year (tests/fixtures/import/corpus): every week in the month it
// starts in, one row per numbered work, the 负责部门 as owners, the January weeks kept in December and marked.
const CALENDAR = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'import', 'corpus', '35-week-calendar-new-year.txt'), 'utf8');

test('a week 行事历 previews one row per work, in the month each week starts, January of the next year marked', async ({ page, ledger }) => {
  test.setTimeout(60_000);
  await ledger.open(page, '#/import');
  await ledger.call(page, 'plans.create', { year: 2024, title: '2024年度校团委工作纲要', organization: '校团委' });
  await page.reload();
  await page.getByLabel('计划或通知的文字').fill(CALENDAR);
  await page.getByRole('button', { name: '预览', exact: true }).click();
  const review = page.getByRole('region', { name: '核对预览' });
  await expect(review).toBeVisible({ timeout: 20_000 });
  await expect(review.getByText('10 项：按月 10，贯穿全年 0，主要任务 0（其中 3 项在次年）')).toBeVisible();
  await expect(review.getByLabel('第1项工作内容')).toHaveValue('“一二·九”纪念活动');
  await expect(review.getByLabel('第8项工作内容')).toHaveValue('期末考试');
  await expect(review.locator('.draft-next-year')).toHaveCount(3);
  await expect(review.locator('.draft-next-year').first()).toHaveText('原文次年1月');
  await expect(review.getByRole('button', { name: /^第1项责任人：/ })).toHaveAccessibleName(/团委.*教务处/);
  await expect(review.getByText(/学期跨年：原文此项在次年1月（2025年）/).first()).toBeVisible();
  // Pictures of the preview to look at: IMPORT_SCREENSHOTS=/tmp npx playwright test … import.spec.ts
  const dir = process.env.IMPORT_SCREENSHOTS;
  if (dir) {
    for (const [width, height] of [[1440, 900], [1366, 768]]) {
      await page.setViewportSize({ width, height });
      // The rows, with the summary just above them.
      await review.locator('.import-problems').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(dir, `import-calendar-${width}x${height}.png`), fullPage: false });
    }
  }
});
