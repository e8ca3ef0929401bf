import type { Page } from '@playwright/test';
import { expect, test, type Ledger } from './fixtures';

test.use({ demo: true });

// A 1×1 PNG: enough for the browser to show a thumbnail.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const THEME_EDUCATION = '开展“学习二十大、永远跟党走、奋进新征程”主题教育活动(参与人数超过50000人次)';
const LECTURES = '启动“百生讲坛”系列活动';
const CLERK = { username: 'chenwen', displayName: '陈雯', role: 'clerk', password: 'clerk-pass-2023' };
const ADVISER = { username: 'teacher', displayName: '张老师', role: 'adviser', password: 'adviser-pass-2023' };
const VIEWER = { username: 'guest', displayName: '访客', role: 'viewer', password: 'viewer-pass-2023' };

async function itemId(page: Page, ledger: Ledger, text: string): Promise<number> {
  const found = await ledger.call<{ rows: { id: number }[] }>(page, 'items.search', { text, limit: 1 });
  return found.rows[0].id;
}

/** Signs the page in as another account over the API, then reloads so the app starts as that user. */
async function switchUser(page: Page, ledger: Ledger, user: { username: string; password: string }) {
  await ledger.call(page, 'auth.logout', {});
  await ledger.call(page, 'auth.login', { username: user.username, password: user.password });
  await page.reload();
}

test('the 文员 records progress with a photo and submits it; the 指导老师 verifies it and returns another with a comment', async ({ page, ledger }) => {
  // Two people, two items and a sign-in on the login screen: longer than the default budget.
  test.setTimeout(60_000);
  await ledger.open(page, '#/home');
  for (const user of [CLERK, ADVISER]) await ledger.call(page, 'users.create', user);
  // The other item, already submitted by the office.
  const lectures = await itemId(page, ledger, LECTURES);
  await ledger.call(page, 'progress.add', { itemId: lectures, date: '2023-03-20', text: '百生讲坛首场开讲', percent: 50 });
  await ledger.call(page, 'items.transition', { id: lectures, action: 'submit' });
  await page.reload();
  await expect(page.getByRole('button', { name: /^逾期\s*66\s*项/ })).toBeVisible();

  // 文员: from the month's table to the item, progress with a photo and a target's actual, then 提交核验.
  await switchUser(page, ledger, CLERK);
  await page.goto(page.url().replace(/#.*$/, '#/month/3'));
  await page.getByRole('region', { name: '本月事项' }).getByRole('row', { name: new RegExp(THEME_EDUCATION.slice(0, 12)) }).getByRole('link', { name: '督办详情' }).click();
  await expect(page).toHaveURL(/#\/item\/\d+$/);
  const summary = page.getByRole('region', { name: '事项概况' });
  await expect(summary.getByText(THEME_EDUCATION)).toBeVisible();
  await expect(summary.getByText('未开始')).toBeVisible();

  const form = page.getByRole('form', { name: '记录进展' });
  await form.getByLabel('进展情况').fill('全校 312 个团支部开展主题团日活动，参与学生 52310 人次');
  await form.getByLabel('完成比例', { exact: true }).fill('100');
  await form.getByLabel('参与人数实际值').fill('52310');
  await form.getByLabel('选择文件').setInputFiles({ name: '主题团日现场.png', mimeType: 'image/png', buffer: PHOTO });
  await expect(form.getByText('主题团日现场.png')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('全校 312 个团支部开展主题团日活动，参与学生 52310 人次').first()).toBeVisible();
  await expect(page.getByRole('img', { name: '主题团日现场.png' })).toBeVisible();
  await expect(summary.getByText('进行中')).toBeVisible();
  await expect(summary.getByText('已达成')).toBeVisible();
  await expect(form.getByLabel('进展情况')).toHaveValue('');

  await page.getByRole('button', { name: '提交核验' }).click();
  await page.getByRole('dialog', { name: '提交核验？' }).getByRole('button', { name: '提交核验' }).click();
  await expect(summary.getByText('待核验')).toBeVisible();
  await expect(page.getByRole('button', { name: '提交核验' })).toBeHidden();

  // 指导老师 signs in on the login screen and lands on the 待办, where both submitted items wait.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(ADVISER.username);
  await page.getByLabel('密码', { exact: true }).fill(ADVISER.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/inbox$/);
  const inbox = page.getByRole('region', { name: '待核验' });
  await expect(inbox.getByRole('article')).toHaveCount(2);

  await inbox.getByRole('article', { name: new RegExp(THEME_EDUCATION.slice(0, 12)) }).getByRole('link').click();
  await expect(page).toHaveURL(/#\/item\/\d+\?tab=evidence$/);
  await page.getByRole('button', { name: '核验通过（销号）' }).click();
  const verify = page.getByRole('dialog', { name: /^核验通过（销号）/ });
  await verify.getByLabel('核验意见').fill('材料齐全，同意销号');
  await verify.getByRole('button', { name: '核验通过（销号）' }).click();
  await expect(summary.getByText('已办结')).toBeVisible();
  await expect(summary.getByText(/已核验销号：张老师 .*意见：材料齐全，同意销号/)).toBeVisible();
  await page.getByRole('tab', { name: /核验记录/ }).click();
  await expect(page.getByRole('row', { name: /通过（销号）.*材料齐全，同意销号.*张老师/ })).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('button', { name: /^待核验\s*1\s*项/ })).toBeVisible();
  const queue = page.getByRole('region', { name: '待核验事项' });
  await expect(page.getByRole('button', { name: /^逾期\s*65\s*项/ })).toBeVisible();
  await queue.getByRole('row', { name: new RegExp(LECTURES) }).click();
  await page.getByRole('button', { name: '退回' }).click();
  const returning = page.getByRole('dialog', { name: /^退回/ });
  await returning.getByRole('button', { name: '退回' }).click();
  await expect(returning.getByText('请填写退回原因')).toBeVisible();
  await returning.getByLabel('退回原因').fill('缺少活动照片和签到表，请补充后重新提交');
  await page.keyboard.press('Control+Enter');
  await expect(returning).toBeHidden();
  await expect(summary.getByText('退回', { exact: true })).toBeVisible();
  await expect(summary.getByText('退回原因：缺少活动照片和签到表，请补充后重新提交')).toBeVisible();
  await page.getByRole('tab', { name: /核验记录/ }).click();
  await expect(page.getByRole('row', { name: /退回.*缺少活动照片和签到表/ })).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('button', { name: /^待核验\s*0\s*项/ })).toBeVisible();
  await expect(page.getByRole('group', { name: '督办统计' })).toBeVisible();
});

test('a 只读 user sees no change buttons, and the backend refuses a change anyway', async ({ page, ledger }) => {
  await ledger.open(page, '#/home');
  await ledger.call(page, 'users.create', VIEWER);
  const id = await itemId(page, ledger, LECTURES);
  await switchUser(page, ledger, VIEWER);

  await page.goto(page.url().replace(/#.*$/, `#/item/${id}`));
  await expect(page.getByRole('region', { name: '事项概况' }).getByText(LECTURES)).toBeVisible();
  await expect(page.getByRole('button', { name: '查看事项信息' })).toBeVisible();
  for (const name of ['开始办理', '中止', '新建事项', '新建年度计划']) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('form', { name: '记录进展' })).toHaveCount(0);
  await page.getByRole('tab', { name: /佐证材料/ }).click();
  await expect(page.getByRole('button', { name: '上传佐证材料' })).toHaveCount(0);
  await page.getByRole('tab', { name: /延期申请/ }).click();
  await expect(page.getByRole('form', { name: '申请延期' })).toHaveCount(0);
  await page.getByRole('button', { name: '查看事项信息' }).click();
  await expect(page.getByLabel('工作内容')).toBeDisabled();
  await expect(page.getByRole('dialog', { name: '查看事项' })).toBeVisible();
  await expect(page.getByLabel('开始月份')).toBeDisabled();
  await expect(page.getByText('只读账号，不能修改')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('工作内容')).toHaveCount(0);

  await page.getByRole('link', { name: '督查' }).click();
  await expect(page.getByRole('heading', { name: '督查' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建督查' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '设置' })).toHaveCount(0);
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  await expect(page.getByText('以下为本单位的设置，仅管理员可以修改。')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存设置' })).toHaveCount(0);

  await expect(ledger.call(page, 'progress.add', { itemId: id, date: '2023-03-20', text: '试图修改', percent: 10 })).rejects.toThrow('当前账号为只读权限，不能修改数据');
  await expect(ledger.call(page, 'items.transition', { id, action: 'start' })).rejects.toThrow('当前账号为只读权限，不能修改数据');
  const upload = await page.request.post(new URL('/upload', page.url()).href, { data: PHOTO, headers: { 'content-type': 'application/octet-stream' } });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error.message).toContain('只读');
});

test('a 督查 round with one finding is recorded and shown on the item, where it is rectified', async ({ page, ledger }) => {
  await ledger.open(page, '#/inspections');
  await expect(page.getByText('2023年度还没有督查记录')).toBeVisible();
  await page.getByRole('button', { name: '新建督查' }).first().click();
  const create = page.getByRole('dialog', { name: '新建督查' });
  await create.getByLabel('督查月份').fill('3月');
  await page.keyboard.press('Enter');
  await expect(create.getByLabel('督查人')).toHaveValue('测试管理员');
  await create.getByLabel('督查范围').fill('3月计划事项及2月结转事项');
  await create.getByRole('button', { name: '保存' }).click();

  // Saving the round goes straight on to its findings.
  const finding = page.getByRole('dialog', { name: /^添加督查意见：3月督查/ });
  await finding.getByRole('button', { name: '保存', exact: true }).click();
  await expect(finding.getByText('请选择督查的事项')).toBeVisible();
  await finding.getByLabel('事项').fill('百生讲坛');
  await page.getByText(new RegExp(`^\\d+\\. ${LECTURES}$`)).click();
  await expect(finding.getByText('未启动')).toBeVisible();
  await finding.getByLabel('评定').fill('滞后');
  await page.keyboard.press('Enter');
  await finding.getByLabel('存在问题').fill('首场讲坛尚未举办');
  await finding.getByLabel('整改要求').fill('制定全年场次计划并报团委');
  await finding.getByLabel('整改期限').fill('2023-04-15');
  await page.keyboard.press('Enter');
  await finding.getByRole('button', { name: '保存', exact: true }).click();
  await expect(finding).toBeHidden();

  const round = page.getByText('3月督查').locator('xpath=ancestor::div[contains(@class,"inspection-round")]');
  await expect(round.getByText('督查范围：3月计划事项及2月结转事项')).toBeVisible();
  await expect(round.getByText('意见 1 条，已整改 0 条')).toBeVisible();
  const card = round.getByRole('article');
  await expect(card.getByText('进度滞后')).toBeVisible();
  await expect(card.getByText('首场讲坛尚未举办')).toBeVisible();
  await expect(card.getByText('逾期未整改')).toBeVisible();

  await card.getByRole('link', { name: new RegExp(LECTURES) }).click();
  await expect(page).toHaveURL(/#\/item\/\d+\?tab=findings$/);
  const onItem = page.getByRole('tabpanel').getByRole('article');
  await expect(onItem.getByText(/3月督查 · \d{4}-\d{2}-\d{2} · 督查人 测试管理员/)).toBeVisible();
  await expect(onItem.getByText('制定全年场次计划并报团委')).toBeVisible();
  await onItem.getByLabel('整改情况').fill('已制定全年 10 场讲坛计划，报团委审定');
  await onItem.getByRole('button', { name: '整改销号' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '整改销号' }).click();
  await expect(onItem.getByText('已整改销号')).toBeVisible();
  await expect(onItem.getByLabel('整改情况')).toHaveCount(0);
  await page.getByRole('tab', { name: '历史' }).click();
  await expect(page.getByText(/记录督查意见/).first()).toBeVisible();
});
