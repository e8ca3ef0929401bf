import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
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
