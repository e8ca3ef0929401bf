import type { Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN, expect, test, type Ledger } from './fixtures';

// A real plan document of an office (kept beside the repository, ../shared/seeds): 66 items in its text.
const SEED_003 = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds', '003_e622a78fe4de4e57.txt');

// The office's daily loop (issue 10). Today is pinned: Monday 16 March 2026.
test.use({ today: '2026-03-16' });

const CLERK = { username: 'chenwen', displayName: '陈雯', role: 'clerk', password: 'clerk-pass-2026' };
const ADVISER = { username: 'teacher', displayName: '王老师', role: 'adviser', password: 'adviser-pass-2026' };
const VIEWER = { username: 'guest', displayName: '访客', role: 'viewer', password: 'viewer-pass-2026' };

type Plan = { id: number; year: number };
type Item = { id: number };

async function planOf(page: Page, ledger: Ledger, year: number): Promise<Plan> {
  return ledger.call(page, 'plans.create', { year, title: `${year}年度校团委工作纲要`, organization: '校团委' });
}

async function itemIn(page: Page, ledger: Ledger, planId: number, content: string, startMonth: number): Promise<Item> {
  return ledger.call(page, 'items.create', { planId, content, startMonth });
}

/**
 * Counts the user's clicks on the page from now on (every press of the mouse's button, wherever it lands):
 * read them back with `clicksOn`. Survives no reload, which the flows counted here do not make.
 */
async function countClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter = window as unknown as { __clicks: number };
    counter.__clicks = 0;
    document.addEventListener('mousedown', (event) => event.isTrusted && (counter.__clicks += 1), { capture: true });
  });
}

async function clicksOn(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
}

/** Signs the page in as another account over the API, then starts the app afresh at the given page. */
async function switchUser(page: Page, ledger: Ledger, user: { username: string; password: string }, hash: string) {
  await ledger.call(page, 'auth.logout', {});
  await ledger.call(page, 'auth.login', { username: user.username, password: user.password });
  await page.goto(page.url().replace(/#.*$/, hash));
  await page.reload();
}

test('an adviser signs in to the 待办 and approves the 延期申请 waiting in an older plan in at most three clicks', async ({ page, ledger }) => {
  await ledger.open(page, '#/home');
  await ledger.call(page, 'users.create', ADVISER);
  const older = await planOf(page, ledger, 2025);
  await planOf(page, ledger, 2026);
  const training = await itemIn(page, ledger, older.id, '举办2025年度团干部培训班', 11);
  await ledger.call(page, 'postponements.request', { itemId: training.id, dueDate: '2026-04-30', reason: '培训场地改造，推迟到4月' });

  // Signing in on the login screen: the adviser's first screen is the 待办, across every plan.
  await ledger.call(page, 'auth.logout', {});
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.getByLabel('用户名').fill(ADVISER.username);
  await page.getByLabel('密码', { exact: true }).fill(ADVISER.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/inbox$/);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /待办/ })).toContainText('1');
  const requests = page.getByRole('region', { name: '待审批延期' });
  const entry = requests.getByRole('article', { name: /举办2025年度团干部培训班/ });
  await expect(entry.getByText('2025年度', { exact: true })).toBeVisible();
  await expect(entry.getByText(/申请延至 2026-04-30（原 2025-11-30）· 原因：培训场地改造/)).toBeVisible();
  // The newest plan (2026) is the current one in the header; the request still shows.
  await expect(page.getByRole('banner').getByText('2026年度校团委工作纲要')).toBeVisible();

  await countClicks(page);
  await entry.getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog', { name: /^批准延期/ });
  // The comment box has the cursor: typing goes straight in.
  await page.keyboard.type('同意延期');
  await expect(dialog.getByLabel('审批意见')).toHaveValue('同意延期');
  await dialog.getByRole('button', { name: '批准' }).click();
  await expect(page.getByText('已批准，完成时限改为 2026-04-30')).toBeVisible();
  const clicks = await clicksOn(page);
  expect(clicks).toBeGreaterThan(0); // the counter counts …
  expect(clicks).toBeLessThanOrEqual(3); // … and the decision took at most three (批准, typing, 批准)
  await expect(requests).toHaveCount(0);
  await expect(page.getByText('没有待办事项')).toBeVisible();
  const item = await ledger.call<{ dueDate: string }>(page, 'items.get', { id: training.id });
  expect(item.dueDate).toBe('2026-04-30');
});

test('a clerk ticks ten owner-less items and names their 主办 and 协办 in one action', async ({ page, ledger }) => {
  test.setTimeout(60_000);
  await ledger.open(page, '#/home');
  await ledger.call(page, 'users.create', CLERK);
  const plan = await planOf(page, ledger, 2026);
  for (const name of ['鲁若曦', '陈雯']) await ledger.call(page, 'persons.create', { name });
  const items: Item[] = [];
  for (let k = 1; k <= 10; k++) items.push(await itemIn(page, ledger, plan.id, `三月事项第${k}项`, 3));
  await switchUser(page, ledger, CLERK, '#/month');
  // The month page opens on the ledger's today (March, pinned), not the browser's.
  await expect(page.getByRole('heading', { name: '2026年3月工作' })).toBeVisible();

  const table = page.getByRole('region', { name: '本月事项' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await table.getByRole('checkbox', { name: /全选|Select all/ }).check();
  const bar = page.getByRole('toolbar', { name: '批量操作' });
  await expect(bar.getByText('已选 10 项')).toBeVisible();
  await bar.getByRole('button', { name: '指定责任人' }).click();
  const dialog = page.getByRole('dialog', { name: '指定责任人（已选 10 项）' });
  await dialog.getByLabel('主办').fill('鲁若曦');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('协办').fill('陈雯');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('已为 10 项指定了责任人')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /三月事项第7项.*鲁若曦、陈雯/ })).toBeVisible();
  // Each item, read back on its own: 主办 鲁若曦, 协办 陈雯, and one audit event for the change.
  for (const { id } of items) {
    const item = await ledger.call<{ owners: { name: string; role: string }[] }>(page, 'items.get', { id });
    expect({ id, owners: item.owners.map((o) => [o.name, o.role]) }).toEqual({ id, owners: [['鲁若曦', 'lead'], ['陈雯', 'assist']] });
    const events = await ledger.call<{ action: string; after: unknown }[]>(page, 'audit.list', { entity: 'item', entityId: id });
    expect(events.filter((e) => e.action === 'item.update' && JSON.stringify(e.after).includes('owners'))).toHaveLength(1);
  }
  const unowned = await ledger.call<{ total: number }>(page, 'items.search', { planId: plan.id, noOwner: true });
  expect(unowned.total).toBe(0);
});

test('a session that ends mid-entry keeps the text, and the save goes through after the re-login; drafts survive leaving the page', async ({ page, ledger }) => {
  test.setTimeout(60_000);
  await ledger.open(page, '#/home');
  await ledger.call(page, 'users.create', CLERK);
  const plan = await planOf(page, ledger, 2026);
  const item = await itemIn(page, ledger, plan.id, '开展“学雷锋志愿服务月”活动', 3);
  await switchUser(page, ledger, CLERK, `#/item/${item.id}`);

  // A program renamed as a photo is turned away as it is picked.
  const form = page.getByRole('form', { name: '记录进展' });
  await form.getByLabel('选择文件').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from('MZ\x90\x00\x03\x00 program') });
  await expect(form.getByText('《现场照片.png》是程序文件，不能作为佐证材料上传')).toBeVisible();
  await expect(form.getByRole('list', { name: '待上传的文件' })).toHaveCount(0);

  // A draft survives going elsewhere in the window and coming back.
  await expect(form.getByLabel('日期')).toHaveValue('2026-03-16');
  await form.getByLabel('进展情况').fill('各团支部报名志愿服务项目');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  await page.goBack();
  await expect(form.getByLabel('进展情况')).toHaveValue('各团支部报名志愿服务项目');

  // The session ends on the server while the text is being typed (as after 30 idle minutes), then 保存 is pressed.
  await form.getByLabel('进展情况').fill('');
  await form.getByLabel('进展情况').pressSequentially('全院 26 个团支部');
  await ledger.call(page, 'auth.logout', {});
  await expect(ledger.call(page, 'items.get', { id: item.id })).rejects.toThrow(/登录/);
  await form.getByLabel('进展情况').pressSequentially('开展志愿服务 41 场');
  await page.keyboard.press('Control+Enter');
  const login = page.getByRole('dialog', { name: '登录已超时' });
  await expect(login).toBeVisible();
  await expect(form.getByLabel('进展情况')).toHaveValue('全院 26 个团支部开展志愿服务 41 场');
  await expect(login.getByLabel('用户名')).toHaveValue(CLERK.username);
  await login.getByLabel('密码', { exact: true }).fill(CLERK.password);
  await page.keyboard.press('Enter');
  await expect(login).toBeHidden();
  await expect(page.getByText('已记录进展')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('listitem').getByText('全院 26 个团支部开展志愿服务 41 场')).toBeVisible();
  await expect(form.getByLabel('进展情况')).toHaveValue('');
  const view = await ledger.call<{ progress: { text: string; author: string }[] }>(page, 'items.supervision', { id: item.id });
  expect(view.progress).toEqual([expect.objectContaining({ text: '全院 26 个团支部开展志愿服务 41 场', author: '陈雯' })]);
});

/**
 * The buttons on screen that would change something: named by a verb of change (新建, 保存, 指定, 批准 …).
 * Buttons that only move around or read (督办详情, 查看事项信息, 打印, the count cards and item cards) pass.
 */
const WRITE_VERB = /^(新建|新增|添加|编辑|修改|删除|移除|保存|提交|开始|导入|上传|选择文件|停用|启用|指定|设置|批准|驳回|核验|退回|中止|重新|督办$|复制|整改|申请|记录|计划信息|确认)/;

async function writeButtonsOn(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const names = await page
    .getByRole('button')
    .evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, '').trim()));
  return names.filter((name) => WRITE_VERB.test(name));
}

test('a 只读 account finds no button that changes anything, on any page, and cannot open the import by its address', async ({ page, ledger }) => {
  test.setTimeout(60_000);
  await ledger.open(page, '#/home');
  await ledger.call(page, 'demo.load', {});
  await ledger.call(page, 'users.create', VIEWER);
  const { rows } = await ledger.call<{ rows: { id: number }[] }>(page, 'items.search', { text: '学雷锋', limit: 1 });
  const persons = await ledger.call<{ id: number }[]>(page, 'persons.list', {});
  await switchUser(page, ledger, VIEWER, '#/home');
  await expect(page.getByRole('heading', { name: '2023年度督办总览' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: /待办/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '导入计划' })).toHaveCount(0);

  const pages = ['#/home', '#/home?list=overdue', '#/board', '#/month', '#/month/3', '#/items', '#/items?owner=none', '#/inspections', '#/persons', `#/persons/${persons[0].id}`, '#/exports', '#/settings'];
  for (const hash of pages) {
    await page.goto(page.url().replace(/#.*$/, hash));
    await expect(page.getByRole('heading', { level: 4 }).first()).toBeVisible();
    expect({ hash, buttons: await writeButtonsOn(page) }).toEqual({ hash, buttons: [] });
  }
  for (const tab of ['progress', 'evidence', 'verifications', 'postponements', 'findings', 'history']) {
    await page.goto(page.url().replace(/#.*$/, `#/item/${rows[0].id}?tab=${tab}`));
    await expect(page.getByRole('heading', { name: '事项督办' })).toBeVisible();
    expect({ tab, buttons: await writeButtonsOn(page) }).toEqual({ tab, buttons: [] });
  }
  await page.getByRole('button', { name: '查看事项信息' }).click();
  await expect(page.getByRole('dialog', { name: '查看事项' })).toBeVisible();
  expect(await writeButtonsOn(page)).toEqual([]);
  await page.keyboard.press('Escape');
  for (const form of ['督办通知单 / 催办单', '督查通报']) {
    await page.goto(page.url().replace(/#.*$/, '#/exports'));
    await page.getByText(form, { exact: true }).click();
    await expect(page.getByText('只读账号可以预览，导出并登记编号需由文员或指导老师操作。')).toBeVisible();
    expect({ form, buttons: await writeButtonsOn(page) }).toEqual({ form, buttons: [] });
  }

  for (const hash of ['#/import', '#/inbox', '#/start']) {
    await page.goto(page.url().replace(/#.*$/, hash));
    await expect(page).toHaveURL(/#\/home$/);
    await expect(page.getByText(/^只读账号.*已转到首页$/).first()).toBeVisible();
  }
});

test('first run: the administrator is created, 开始本年度 names the plan and its 制表单位, then the plan document (seed 003) is imported into it', async ({ page, ledger }) => {
  test.setTimeout(90_000); // 66 editable rows to draw and write
  await ledger.open(page, '', { signIn: false });
  await expect(page.getByRole('heading', { name: '创建管理员账号' })).toBeVisible();
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建管理员并登录' }).click();

  await expect(page.getByRole('heading', { name: '开始本年度' })).toBeVisible();
  const start = page.getByRole('form', { name: '开始本年度' });
  await expect(start.getByLabel('年度', { exact: true })).toHaveValue('2026');
  await expect(start.getByRole('radio', { name: /复制上一年度计划/ })).toBeDisabled();
  await expect(start.getByRole('radio', { name: /从空白开始/ })).toBeEnabled();
  await expect(start.getByRole('button', { name: '先看看示例计划（2023年）' })).toBeVisible();
  await start.getByLabel('计划名称').fill('湖北职业技术学院团委2026年工作计划');
  await start.getByLabel('制表单位').fill('共青团湖北职业技术学院委员会');
  await expect(start.getByRole('radio', { name: /导入计划文件/ })).toBeChecked();
  await start.getByRole('button', { name: '开始2026年度' }).click();

  await expect(page).toHaveURL(/#\/import$/);
  await expect(page.getByRole('heading', { name: '导入计划' })).toBeVisible();
  await page.getByRole('tab', { name: '打开文件' }).click();
  await page.locator('input[type=file]').setInputFiles(SEED_003);
  await page.getByRole('button', { name: '预览', exact: true }).click();
  const review = page.getByRole('region', { name: '核对预览' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(review.getByText('66 项：按月 42，贯穿全年 9，主要任务 15', { exact: false })).toBeVisible();
  await review.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('新增 66 项，更新 0 项，无变化 0 项')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '查看2026年度总览' }).click();
  await expect(page.getByRole('region', { name: '2月', exact: true }).getByText('制定2023年度共青团工作要点')).toBeVisible();
  await expect(page.getByRole('banner').getByText('湖北职业技术学院团委2026年工作计划')).toBeVisible();
  await expect(page.getByRole('banner').getByText('共青团湖北职业技术学院委员会')).toBeVisible();
  const plans = await ledger.call<{ year: number; title: string; organization: string; isSample: boolean; itemCount: number }[]>(page, 'plans.list', {});
  expect(plans).toEqual([
    expect.objectContaining({ year: 2026, title: '湖北职业技术学院团委2026年工作计划', organization: '共青团湖北职业技术学院委员会', isSample: false, itemCount: 66 }),
  ]);
});

test('the 示例 plan is labelled and deleted, a plan is renamed, and a 督查 round is renamed, then deleted with its finding', async ({ page, ledger }) => {
  test.setTimeout(60_000);
  await ledger.open(page, '#/home');
  await ledger.call(page, 'demo.load', {});
  const plan = await planOf(page, ledger, 2026);
  const item = await itemIn(page, ledger, plan.id, '启动“挑战杯”校赛选拔', 3);
  const round = await ledger.call<{ id: number }>(page, 'inspections.create', { planId: plan.id, month: 3, date: '2026-03-13', inspector: '王老师' });
  await ledger.call(page, 'findings.add', { inspectionId: round.id, itemId: item.id, assessment: 'not_started', problem: '校赛通知尚未发布' });
  await page.goto(page.url().replace(/#.*$/, '#/board'));
  await page.reload();

  // The office's own plan of this year opens first; it is renamed and given its 制表单位.
  const banner = page.getByRole('banner');
  await expect(banner.getByText('2026年度校团委工作纲要')).toBeVisible();
  await banner.getByRole('button', { name: '计划信息' }).click();
  const info = page.getByRole('dialog', { name: '2026年度计划信息' });
  await info.getByLabel('计划名称').fill('2026年共青团工作要点');
  await info.getByLabel('制表单位').fill('共青团湖北职业技术学院委员会');
  await page.keyboard.press('Control+Enter');
  await expect(info).toBeHidden();
  await expect(banner.getByText('2026年共青团工作要点')).toBeVisible();
  await expect(banner.getByText('共青团湖北职业技术学院委员会')).toBeVisible();

  // The sample says what it is, and goes.
  await banner.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: /2023年度\s*示例/ }).click();
  await expect(banner.getByText('示例', { exact: true })).toBeVisible();
  await expect(page.getByText(/这是2023年的示例计划/)).toBeVisible();
  await banner.getByRole('button', { name: '计划信息' }).click();
  await page.getByRole('button', { name: '删除此计划…' }).click();
  await page.getByRole('dialog', { name: '删除2023年度示例计划？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已删除2023年度示例计划')).toBeVisible();
  await expect(banner.getByText('2026年共青团工作要点')).toBeVisible();
  expect((await ledger.call<{ year: number }[]>(page, 'plans.list', {})).map((p) => p.year)).toEqual([2026]);

  // A 督查 round gets its own name, then goes with its finding after a second confirmation.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '督查' }).click();
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '编辑督查：3月督查' });
  await edit.getByLabel('督查名称').fill('3月团建专项督查');
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(page.getByText('3月团建专项督查')).toBeVisible();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '删除3月团建专项督查及其 1 条督查意见？' });
  await confirm.getByRole('button', { name: '一并删除' }).click();
  await expect(page.getByText('2026年度还没有督查记录')).toBeVisible();
});
