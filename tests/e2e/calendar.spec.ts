import { ADMIN, expect, test } from './fixtures';

const ITEM_6 = '开展“学习二十大、永远跟党走、奋进新征程”主题教育活动(参与人数超过50000人次)';
const FEBRUARY_ITEM = '制定2023年度共青团工作要点';

test.describe('first run', () => {
  test('creates the administrator, then offers the sample plan, which loads the year board', async ({ page, ledger }) => {
    await ledger.open(page, '', { signIn: false });
    await expect(page.getByRole('heading', { name: '创建管理员账号' })).toBeVisible();
    await page.getByLabel('姓名').fill(ADMIN.displayName);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('确认密码').fill('another-password');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
    await page.getByLabel('确认密码').fill(ADMIN.password);
    await page.keyboard.press('Enter');

    await expect(page.getByText('台账里还没有年度工作计划')).toBeVisible();
    await page.getByRole('button', { name: '先看看示例计划（2023年）' }).click();

    await expect(page.getByRole('heading', { name: '2023年度总览' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('示例', { exact: true })).toBeVisible();
    for (const period of ['2月', '7-8月', '11-12月', '贯穿全年']) {
      await expect(page.getByRole('region', { name: period, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/挑战杯/).first()).toBeVisible();
    await expect(page.getByText('鲁若曦').first()).toBeVisible();
    await expect(page).toHaveURL(/#\/board$/);
  });
});

test.describe('with the 2023 sample plan', () => {
  test.use({ demo: true });

  test('a month lists its items and carries the open items of earlier months', async ({ page, ledger }) => {
    await ledger.open(page, '#/board');
    await page.getByRole('link', { name: '3月', exact: true }).click();
    await expect(page).toHaveURL(/#\/month\/3$/);
    await expect(page.getByRole('heading', { name: '2023年3月工作' })).toBeVisible();

    await expect(page.getByRole('region', { name: '本月事项' }).getByText(ITEM_6)).toBeVisible();
    // Nothing is closed in the sample plan, so February's items are carried into March.
    const carried = page.getByRole('region', { name: '上月结转' }).getByRole('row', { name: new RegExp(FEBRUARY_ITEM) });
    await expect(carried).toBeVisible();
    await expect(carried.getByText('结转', { exact: true })).toBeVisible();
  });

  test('an item gets two owners, one of them added on the spot, and is edited', async ({ page, ledger }) => {
    test.slow(); // the longest journey through the editor: two saves, two drawer openings
    const content = '召开三月团支部书记例会';
    const edited = '召开三月团支部书记例会（改为线上）';
    await ledger.open(page, '#/month/3');

    await page.getByRole('button', { name: '新建事项' }).click();
    const editor = page.getByRole('dialog', { name: '新建事项' });
    await expect(editor.getByLabel('工作内容')).toBeFocused();
    await editor.getByLabel('工作内容').fill(content);

    await editor.getByRole('button', { name: '添加责任人' }).click();
    const lead = editor.getByLabel('责任人1', { exact: true });
    await expect(lead).toBeFocused();
    // Keyboard only: type, Enter picks the match.
    await lead.fill('鲁若曦');
    await page.keyboard.press('Enter');
    await expect(editor.getByTitle('鲁若曦', { exact: true })).toBeVisible();

    await editor.getByRole('button', { name: '添加责任人' }).click();
    // A name not in the list is offered as a new person and added on the spot.
    await editor.getByLabel('责任人2', { exact: true }).fill('周晓航');
    await expect(page.getByText('新增人员“周晓航”')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor.getByTitle('周晓航', { exact: true })).toBeVisible();

    await page.keyboard.press('Control+Enter');
    await expect(editor).toBeHidden();

    const row = page.getByRole('region', { name: '本月事项' }).getByRole('row', { name: new RegExp(content) });
    await expect(row.getByTitle('鲁若曦（主办）、周晓航（协办）')).toBeVisible();

    await row.click();
    const edit = page.getByRole('dialog', { name: '编辑事项' });
    await expect(edit.getByLabel('工作内容')).toHaveValue(content);
    await edit.getByLabel('工作内容').fill(edited);
    await edit.getByRole('button', { name: '保存', exact: true }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('region', { name: '本月事项' }).getByText(edited)).toBeVisible();
  });

  test('an item is found by its owner and kept across reload and restart', async ({ page, ledger }) => {
    test.slow(); // restarts the server within the test
    const content = '召开三月团支部书记例会（改为线上）';
    await ledger.open(page, '#/items');
    const person = await ledger.call<{ id: number }>(page, 'persons.create', { name: '周晓航' });
    const plans = await ledger.call<{ id: number }[]>(page, 'plans.list', {});
    await ledger.call(page, 'items.create', {
      planId: plans[0].id,
      content,
      startMonth: 3,
      owners: [
        { personId: 1, role: 'lead' },
        { personId: person.id, role: 'assist' },
      ],
    });
    await page.reload();
    await expect(page.getByText('共 67 项')).toBeVisible();

    await page.getByLabel('责任人', { exact: true }).fill('周晓航');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/items\\?person=${person.id}$`));
    await expect(page.getByText('共 1 项')).toBeVisible();
    const found = page.getByRole('row', { name: /召开三月团支部书记例会/ });
    await expect(found.getByTitle('鲁若曦（主办）、周晓航（协办）')).toBeVisible();

    await page.reload();
    await expect(page.getByText('共 1 项')).toBeVisible();
    await expect(found).toBeVisible();

    // A restart ends every session: sign in again through the login screen.
    const hash = new URL(page.url()).hash;
    await ledger.restart();
    await ledger.open(page, hash, { signIn: false });
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await expect(page.getByText('共 1 项')).toBeVisible();
    await expect(found.getByTitle('鲁若曦（主办）、周晓航（协办）')).toBeVisible();
  });

  test('saving without 工作内容 shows the message and writes nothing', async ({ page, ledger }) => {
    await ledger.open(page, '#/month/3');
    const monthItems = page.getByRole('region', { name: '本月事项' });
    await expect(monthItems.getByText('14项')).toBeVisible();

    await page.getByRole('button', { name: '新建事项' }).click();
    const editor = page.getByRole('dialog', { name: '新建事项' });
    await editor.getByRole('button', { name: '保存', exact: true }).click();
    await expect(editor.getByText('请填写工作内容')).toBeVisible();
    await expect(editor.getByLabel('工作内容')).toBeFocused();
    // Spaces only are no content either.
    await editor.getByLabel('工作内容').fill('   ');
    await page.keyboard.press('Control+s');
    await expect(editor.getByText('请填写工作内容')).toBeVisible();

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '放弃修改' }).click();
    await expect(editor).toBeHidden();

    const { total } = await ledger.call<{ total: number }>(page, 'items.search', { limit: 1 });
    expect(total).toBe(66);
    await expect(monthItems.getByText('14项')).toBeVisible();
  });
});
