import { expect, test } from './fixtures';

test.use({ demo: true });

test('the administrator adds an account, changes its role and resets its password in 设置', async ({ page, ledger }) => {
  await ledger.open(page, '#/settings');
  await page.getByRole('button', { name: '新增账号' }).click();
  const create = page.getByRole('dialog', { name: '新增账号' });
  await create.getByLabel('用户名').fill('chenwen');
  await create.getByLabel('姓名').fill('陈雯');
  await create.getByLabel('初始密码').fill('short');
  await create.getByLabel('确认密码').fill('short');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(create.getByText('密码至少8位').first()).toBeVisible();
  await create.getByLabel('初始密码').fill('first-pass-1');
  await create.getByLabel('确认密码').fill('first-pass-1');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已新增账号“chenwen”')).toBeVisible();
  const row = page.getByRole('row', { name: /chenwen/ });
  await expect(row.getByText('办公室文员')).toBeVisible();

  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: /编辑账号/ });
  await edit.getByLabel('角色').click();
  await page.getByTitle('指导老师').click();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存账号“chenwen”')).toBeVisible();
  await expect(row.getByText('指导老师')).toBeVisible();

  await row.getByRole('button', { name: '重置密码' }).click();
  const reset = page.getByRole('dialog', { name: /重置密码/ });
  await reset.getByLabel('新密码').fill('second-pass-2');
  await reset.getByLabel('确认密码').fill('second-pass-2');
  await reset.getByRole('button', { name: '重置密码' }).click();
  await expect(page.getByText('已重置“陈雯”的密码')).toBeVisible();
  const users = await ledger.call<{ username: string; role: string }[]>(page, 'users.list', {});
  expect(users.find((u) => u.username === 'chenwen')?.role).toBe('adviser');
});
