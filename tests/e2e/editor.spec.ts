import { ADMIN, expect, test } from './fixtures';

test.use({ demo: true });

test('Esc asks before dropping changes, and the span is checked where it is entered', async ({ page, ledger }) => {
  await ledger.open(page, '#/month/5');
  await page.getByRole('button', { name: '新建事项' }).click();
  const editor = page.getByRole('dialog', { name: '新建事项' });
  await editor.getByLabel('工作内容').fill('组织五四青年节表彰');

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(page.getByRole('dialog', { name: '放弃未保存的修改？' })).toBeHidden();
  await expect(editor.getByLabel('工作内容')).toHaveValue('组织五四青年节表彰');
  await expect(editor.getByLabel('工作内容')).toBeFocused();

  await editor.getByLabel('结束月份').fill('4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(editor.getByText('结束月份不能早于开始月份')).toBeVisible();

  await editor.getByText('贯穿全年').click();
  await expect(editor.getByLabel('开始月份')).toBeDisabled();
  await expect(editor.getByPlaceholder('默认 2023-12-31')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();

  await page.getByRole('link', { name: '年度总览' }).click();
  await expect(page.getByRole('region', { name: '贯穿全年' }).getByText('组织五四青年节表彰')).toBeVisible();
});

test('a session that ends while editing asks for the password, keeps the form and saves it after the re-login', async ({ page, ledger }) => {
  await ledger.open(page, '#/month/6');
  await page.getByRole('button', { name: '新建事项' }).click();
  const editor = page.getByRole('dialog', { name: '新建事项' });
  await editor.getByLabel('工作内容').fill('组织毕业生团员组织关系转接');

  // The session ends behind the page's back (as after 30 idle minutes). The background change poll is
  // answered as if nothing changed, so the save is what meets the ended session (a poll meeting it first
  // would raise the sign-in dialog before Ctrl+Enter, and the key would go to the dialog).
  const { revision } = await ledger.call<{ revision: number }>(page, 'data.revision', {});
  await page.route('**/api/data.revision', (route) => route.fulfill({ json: { ok: true, data: { revision } } }));
  await ledger.call(page, 'auth.logout', {});
  await page.keyboard.press('Control+Enter');
  const login = page.getByRole('dialog', { name: '登录已超时' });
  await expect(login).toBeVisible();
  await expect(editor.getByLabel('工作内容')).toHaveValue('组织毕业生团员组织关系转接');

  await expect(login.getByLabel('用户名')).toHaveValue(ADMIN.username);
  await login.getByLabel('密码').fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(login).toBeHidden();
  // The save pressed before the re-login goes through after it.
  await expect(editor).toBeHidden();
  await expect(page.getByRole('region', { name: '本月事项' }).getByText('组织毕业生团员组织关系转接')).toBeVisible();
});

test('targets are entered row by row, and an item can be deleted', async ({ page, ledger }) => {
  const item = '启动“百生讲坛”系列活动';
  await ledger.open(page, '#/month/3');
  const row = page.getByRole('region', { name: '本月事项' }).getByRole('row', { name: new RegExp(item) });
  await row.click();
  const editor = page.getByRole('dialog', { name: '编辑事项' });

  await editor.getByRole('button', { name: '添加量化指标' }).click();
  await expect(editor.getByLabel('指标1名称')).toBeFocused();
  await page.keyboard.type('参与人数');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor.getByText('目标值须为数字')).toBeVisible();
  await editor.getByLabel('指标1目标值').fill('6500');
  await editor.getByLabel('指标1单位').fill('人次');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor).toBeHidden();

  await row.click();
  await expect(editor.getByLabel('指标1名称')).toHaveValue('参与人数');
  await expect(editor.getByLabel('指标1目标值')).toHaveValue('6500');
  await editor.getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(editor).toBeHidden();
  await expect(row).toHaveCount(0);
});
