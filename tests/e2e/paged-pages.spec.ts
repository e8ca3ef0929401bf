import { expect, test } from './fixtures';

// Pages that show a part of a long list (月度 pages, 年度总览's first cards per period): the rest is one
// click away, and what is shown adds up to the whole.
test.describe('long lists', () => {
  test.use({ demo: true, today: '2023-05-10' });

  test('月度 pages its items on the server, and 年度总览 lists the rest of a period under 查看全部', async ({ page, ledger }) => {
    await ledger.open(page, '#/board');
    const plans = await ledger.call<{ id: number; year: number }[]>(page, 'plans.list', {});
    const planId = plans.find((p) => p.year === 2023)!.id;
    const before = (await ledger.call<{ totals: { items: number } }>(page, 'items.month', { planId, month: 5 })).totals.items;
    for (let k = 1; k <= 25; k++) await ledger.call(page, 'items.create', { planId, content: `五月批量事项${String(k).padStart(2, '0')}`, startMonth: 5, endMonth: 5, seq: 900 + k });
    const total = before + 25;

    // The items came in over the API: load the page afresh so nothing is shown from the page's cache.
    await page.goto(page.url().replace(/#.*$/, '#/month/5'));
    await page.reload();
    const own = page.getByRole('region', { name: '本月事项' });
    await expect(own.getByText(`${total}项`, { exact: true })).toBeVisible();
    await expect(own.locator('.ant-table-row')).toHaveCount(20);
    await expect(own.getByText(`共 ${total} 项`)).toBeVisible();
    await own.getByRole('listitem', { name: '2', exact: true }).click();
    await expect(own.locator('.ant-table-row')).toHaveCount(Math.min(20, total - 20));
    // The last of the new items (序号 925) sorts last in the month: it is on the last page, not the first.
    const lastPage = Math.ceil(total / 20);
    await own.getByRole('listitem', { name: String(lastPage), exact: true }).click();
    await expect(own.getByText('五月批量事项25')).toBeVisible();
    await expect(own.locator('.ant-table-row')).toHaveCount(total - 20 * (lastPage - 1));

    // The 5月 column holds the items of exactly that span (the month page adds spans across it).
    const board = await ledger.call<{ columns: { label: string; total: number }[] }>(page, 'items.board', { planId, perColumn: 1 });
    const inColumn = board.columns.find((c) => c.label === '5月')!.total;
    expect(inColumn).toBeGreaterThan(25);
    await page.goto(page.url().replace(/#.*$/, '#/board'));
    await page.reload();
    const may = page.getByRole('region', { name: '5月', exact: true });
    await expect(may.locator('.item-card')).toHaveCount(10);
    await expect(may.getByText(`${inColumn}项`, { exact: true })).toBeVisible();
    await expect(may.getByText('五月批量事项25')).toBeHidden();
    await may.getByRole('button', { name: `查看全部 ${inColumn} 项` }).click();
    const all = page.getByRole('dialog', { name: '5月事项' });
    await expect(all.getByText(`共 ${inColumn} 项`)).toBeVisible();
    await expect(all.locator('.ant-table-row')).toHaveCount(20);
    await all.getByRole('listitem', { name: String(Math.ceil(inColumn / 20)), exact: true }).click();
    await expect(all.getByText('五月批量事项25')).toBeVisible();
    // A row opens the item's editor as on the board.
    await all.getByText('五月批量事项25').click();
    await expect(page.getByRole('dialog', { name: /编辑事项/ })).toBeVisible();
  });

  test('the 首页 list is read a page at a time', async ({ page, ledger }) => {
    await ledger.open(page, '#/home?month=5&list=thisMonth');
    const list = page.getByRole('region', { name: '5月事项' });
    const count = Number((await list.getByText(/^共 \d+ 项$/).textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(20);
    await expect(list.locator('.ant-table-row')).toHaveCount(10);
    const firstOnPage1 = await list.locator('.ant-table-row').first().textContent();
    const lastPage = Math.ceil(count / 10);
    await list.getByRole('listitem', { name: String(lastPage), exact: true }).click();
    await expect(list.locator('.ant-table-row')).toHaveCount(count - 10 * (lastPage - 1));
    await expect(list.locator('.ant-table-row').first()).not.toHaveText(firstOnPage1!);
  });
});
