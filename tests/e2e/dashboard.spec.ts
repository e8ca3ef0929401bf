import { expect, test } from './fixtures';

test.use({ demo: true });

test('the 首页 is where one lands; each count opens its list, and the counts follow the work', async ({ page, ledger }) => {
  await ledger.open(page);
  await expect(page.getByRole('heading', { name: '2023年度督办总览' })).toBeVisible();
  const cards = page.getByRole('group', { name: '督办统计' });
  // Today is long after 2023, so every open item of the sample plan is overdue.
  await expect(cards.getByRole('button', { name: /^逾期\s*66\s*项/ })).toBeVisible();
  await expect(cards.getByRole('button', { name: /^待核验\s*0\s*项/ })).toBeVisible();

  await cards.getByRole('button', { name: /^逾期/ }).click();
  await expect(page).toHaveURL(/#\/home\?list=overdue$/);
  const list = page.getByRole('region', { name: '逾期事项' });
  await expect(list.getByText('共 66 项')).toBeVisible();
  await expect(cards.getByRole('button', { name: /^逾期/ })).toHaveAttribute('aria-pressed', 'true');

  // The month of 本月事项 can be chosen.
  await page.getByLabel('本月事项按').fill('3月');
  await page.keyboard.press('Enter');
  await cards.getByRole('button', { name: /^本月事项/ }).click();
  await expect(page).toHaveURL(/#\/home\?month=3&list=thisMonth$/);
  await expect(page.getByRole('region', { name: '3月事项' }).getByRole('heading', { name: /^3月事项/ })).toBeVisible();

  // An item is submitted, then verified: the counts and the completion follow.
  const { rows } = await ledger.call<{ rows: { id: number }[] }>(page, 'items.search', { text: '学雷锋', limit: 1 });
  const id = rows[0].id;
  await ledger.call(page, 'progress.add', { itemId: id, date: '2023-03-05', text: '学雷锋志愿服务月启动', percent: 100 });
  await ledger.call(page, 'settings.update', { requireEvidenceToClose: false });
  await ledger.call(page, 'items.transition', { id, action: 'submit' });
  await page.reload();
  await cards.getByRole('button', { name: /^待核验\s*1\s*项/ }).click();
  await page.getByRole('region', { name: '待核验事项' }).getByRole('row', { name: /学雷锋/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/item/${id}$`));

  await ledger.call(page, 'items.transition', { id, action: 'verify' });
  await page.goBack();
  await page.reload();
  await expect(cards.getByRole('button', { name: /^待核验\s*0\s*项/ })).toBeVisible();
  await expect(cards.getByRole('button', { name: /^逾期\s*65\s*项/ })).toBeVisible();
  await expect(page.getByText('1.5%')).toBeVisible();
  await expect(page.getByRole('list', { name: '按月完成情况' }).getByRole('listitem', { name: '3月：5项，已办结1项' })).toBeVisible();
});
