import { expect, test } from './fixtures';

test.use({ demo: true });

test('conditions live in the address, results are paged, and a reload keeps both', async ({ page, ledger }) => {
  await ledger.open(page, '#/items');
  await expect(page.getByText('共 66 项')).toBeVisible();

  await page.getByRole('listitem', { name: '2' }).click();
  await expect(page).toHaveURL(/#\/items\?page=2$/);
  // 50 rows a page: 16 on the second, plus the header row.
  await expect(page.getByRole('row')).toHaveCount(17);

  // Typing goes on undisturbed while the address follows.
  await page.getByLabel('关键词').fill('挑战');
  await expect(page).toHaveURL(/#\/items\?text=%E6%8C%91%E6%88%98$/);
  await page.keyboard.type('杯');
  await expect(page).toHaveURL(/#\/items\?text=%E6%8C%91%E6%88%98%E6%9D%AF$/);
  await expect(page.getByText('共 3 项')).toBeVisible();

  await page.getByLabel('月份').fill('2');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/text=.*&month=2$/);
  await expect(page.getByText('共 2 项')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('关键词')).toHaveValue('挑战杯');
  await expect(page.getByText('共 2 项')).toBeVisible();

  await page.getByRole('button', { name: '清除条件' }).click();
  await expect(page).toHaveURL(/#\/items$/);
  await expect(page.getByLabel('关键词')).toHaveValue('');
  await expect(page.getByText('共 66 项')).toBeVisible();
});
