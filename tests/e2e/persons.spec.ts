import { expect, test } from './fixtures';

test.use({ demo: true });

test('a person is added, edited, deactivated and enabled again', async ({ page, ledger }) => {
  await ledger.open(page, '#/persons');
  await expect(page.getByRole('row', { name: /鲁若曦/ })).toBeVisible();

  await page.getByRole('button', { name: '新增', exact: true }).click();
  const add = page.getByRole('dialog', { name: '新增责任人' });
  await expect(add.getByLabel('姓名')).toBeFocused();
  await add.getByLabel('姓名').fill('鲁若曦');
  await page.keyboard.press('Enter');
  await expect(add.getByText('责任人“鲁若曦”已存在')).toBeVisible();
  await add.getByLabel('姓名').fill('王晓');
  await add.getByLabel('职务').fill('团委干事');
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  const row = page.getByRole('row', { name: /王晓/ });
  await expect(row.getByText('团委干事')).toBeVisible();

  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑责任人：王晓' });
  await edit.getByLabel('部门').fill('校团委办公室');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(row.getByText('校团委办公室')).toBeVisible();

  await row.getByRole('button', { name: '停用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
  await expect(row).toBeHidden();
  await page.getByRole('switch').click();
  await expect(row.getByText('已停用')).toBeVisible();
  await row.getByRole('button', { name: '启用' }).click();
  await expect(row.getByText('在用')).toBeVisible();
});

test("a person's items in the plan are listed by period", async ({ page, ledger }) => {
  await ledger.open(page, '#/persons');
  await page.getByRole('link', { name: '鲁若曦' }).click();
  await expect(page).toHaveURL(/#\/persons\/\d+$/);
  await expect(page.getByRole('heading', { name: '鲁若曦的事项' })).toBeVisible();
  await expect(page.getByText('2023年度共 5 项')).toBeVisible();
  await expect(page.getByRole('region', { name: '主要任务' }).getByRole('row')).toHaveCount(6);
});
