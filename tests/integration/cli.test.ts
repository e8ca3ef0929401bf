import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-ledger';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'core/bin/cli.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cli', () => {
  it('loads the sample, lists a month as a table and as JSON, and adds an item with owners', async () => {
    const dir = tempDir();
    expect((await cli('demo', '--data-dir', dir)).stdout).toContain('已载入2023年示例计划');
    const plans = JSON.parse((await cli('plans', '--json', '--data-dir', dir)).stdout);
    expect(plans).toEqual([expect.objectContaining({ year: 2023, itemCount: 66 })]);

    const table = (await cli('month', '--year', '2023', '--month', '3', '--data-dir', dir)).stdout;
    expect(table.split('\n')[0]).toMatch(/^序号\s+工作内容\s+责任人\s+计划时间\s+状态$/);
    expect(table).toContain('启动“百生讲坛”系列活动');
    expect(table).toContain('2月 结转');

    const added = await cli('add-item', '--year', '2023', '--month', '7-8', '--content', '暑期团干部培训', '--owner', '陈雯', '--owner', '新同志', '--data-dir', dir);
    expect(added.stdout).toContain('已新增事项');
    const july = JSON.parse((await cli('month', '--year', '2023', '--month', '7', '--json', '--data-dir', dir)).stdout);
    const item = july.items.find((i: { content: string }) => i.content === '暑期团干部培训');
    expect(item.owners.map((o: { name: string; role: string }) => `${o.name}/${o.role}`)).toEqual(['陈雯/lead', '新同志/assist']);
  }, 60_000);

  it('fails with a Chinese message on stderr and a non-zero exit code', async () => {
    const dir = tempDir();
    const missing = await cli('month', '--year', '2031', '--month', '3', '--data-dir', dir);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('2031年度计划不存在');
    const bad = await cli('add-item', '--year', '2023', '--month', '3', '--data-dir', dir, '--bogus');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('命令参数有误');
  }, 60_000);

  it('creates users, resets a password on the machine, and verifies the audit chain', async () => {
    const dir = tempDir();
    expect((await cli('user', 'add', '--username', 'chenwen', '--role', '办公室文员', '--password', 'first-pass-1', '--name', '陈雯', '--data-dir', dir)).stdout).toContain('已新增账号 chenwen（办公室文员）');
    expect((await cli('user', 'passwd', '--username', 'chenwen', '--password', 'short', '--data-dir', dir)).stderr).toContain('密码至少8位');
    expect((await cli('user', 'passwd', '--username', 'chenwen', '--password', 'second-pass-2', '--data-dir', dir)).code).toBe(0);
    const ok = await cli('verify', '--data-dir', dir);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('校验通过');

    const db = new Database(path.join(dir, 'ledger.db'));
    db.prepare("UPDATE audit_event SET actor = '别人' WHERE id = 2").run();
    db.close();
    const broken = await cli('verify', '--data-dir', dir);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('第 2 条');
  }, 60_000);
});

describe('cli import', () => {
  const corpus = (name: string) => path.join(root, 'tests/fixtures/import/corpus', name);

  it('previews a 行事历 as JSON without writing, then imports it; a second import changes nothing', async () => {
    const dir = tempDir();
    const file = corpus('35-week-calendar-new-year.txt');
    const dry = await cli('import', file, '--data-dir', dir, '--year', '2024', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout);
    expect(preview.items).toHaveLength(10);
    expect(preview.items[0]).toMatchObject({ seq: 1, startMonth: 12, endMonth: 12, yearRound: false, writtenPeriod: null, content: '“一二·九”纪念活动', dueDate: '2024-12-15' });
    expect(preview.items[0].owners).toEqual([{ name: '团委', role: 'lead' }, { name: '教务处', role: 'assist' }]);
    // Weeks starting in January belong to the next year: kept in December, due in January, said item by item.
    const january = preview.items.filter((i: { writtenPeriod: string | null }) => i.writtenPeriod === '次年1月');
    expect(january.map((i: { content: string }) => i.content)).toEqual(['期末考试', '学期总结表彰大会', '寒假安全教育']);
    expect(january[0]).toMatchObject({ startMonth: 12, endMonth: 12, dueDate: '2025-01-12' });
    expect(preview.problems.filter((p: { kind: string }) => p.kind === 'next_year').map((p: { line: number }) => p.line)).toEqual([8, 9, 9]);
    expect(preview.stats).toMatchObject({ items: 10, monthlyItems: 10, nextYearItems: 3 });
    expect(JSON.parse((await cli('plans', '--json', '--data-dir', dir)).stdout)).toEqual([]);

    const imported = await cli('import', file, '--data-dir', dir, '--year', '2024');
    expect(imported.code).toBe(0);
    expect(imported.stdout.split('\n')[1]).toMatch(/^序号\s+月份\s+工作内容\s+主办\s+协办\s+完成时限\s+比对\s+原文行$/);
    expect(imported.stdout).toMatch(/12月（原文次年1月）\s+期末考试/);
    expect(imported.stdout).toContain('已导入2024年度计划：新增 10 项，更新 0 项，无变化 0 项');
    expect(JSON.parse((await cli('plans', '--json', '--data-dir', dir)).stdout)).toEqual([expect.objectContaining({ year: 2024, itemCount: 10 })]);
    expect((await cli('import', file, '--data-dir', dir, '--year', '2024')).stdout).toContain('无变化（10 项与已有计划一致）');
  }, 90_000);

  it('reads the sheet asked for with --sheet', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由团委办公室填写']);
    const sheet = workbook.addWorksheet('工作安排');
    sheet.addRows([['月份', '工作内容', '负责人'], ['3月', '学雷锋志愿服务', '王芳'], ['4月', '清明祭扫', '李强']]);
    const file = path.join(dir, '计划.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await cli('import', file, '--data-dir', dir, '--year', '2024', '--dry-run', '--json', '--sheet', '2');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).items.map((i: { startMonth: number; content: string }) => `${i.startMonth}:${i.content}`)).toEqual(['3:学雷锋志愿服务', '4:清明祭扫']);
  }, 60_000);

  it('refuses what is not a plan, a missing file and bad flags with a Chinese message and a non-zero exit', async () => {
    const dir = tempDir();
    const report = await cli('import', corpus('07-duban-tongbao.txt'), '--data-dir', dir, '--year', '2024');
    expect(report.code).not.toBe(0);
    expect(report.stderr).toContain('错误：未识别到按月安排的工作计划：这份文件是通报');
    expect(JSON.parse((await cli('plans', '--json', '--data-dir', dir)).stdout)).toEqual([]);
    const missing = await cli('import', path.join(dir, '没有这个文件.docx'), '--data-dir', dir, '--year', '2024');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('找不到文件');
    const kind = await cli('import', corpus('01-college-tw-month-themes.txt'), '--data-dir', dir, '--year', '2024', '--kind', 'memo');
    expect(kind.code).not.toBe(0);
    expect(kind.stderr).toContain('--kind 应为 plan（工作计划）或 notice（上级通知）');
  }, 60_000);
});
