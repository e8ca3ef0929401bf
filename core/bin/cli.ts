// Command line over the same dispatch: `npm run cli -- <command> --data-dir DIR …` (see `help`).
import path from 'node:path';
import { createLedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../contract';
import type { ItemSummary } from '../contract/item';
import { USER_ROLE_LABELS, USER_ROLES, type UserRole } from '../context';
import { resetPassword } from '../services/accounts';
import { defaultDataDir } from '../data-dir';
import { MIGRATIONS_FOLDER } from './repo-paths';
import { toAppError } from '../dispatch';
import { OWNER_ROLE_LABELS } from '../domain/roles';
import { STATUS_LABELS } from '../domain/status';
import { intFlag, parseFlags } from './args';
import { BACKUP_USAGE, listBackupsText, runBackup, runRestore } from './cli-backup';
import { call, planIdOfYear } from './cli-calls';
import { EXPORT_USAGE, runExportCommand } from './cli-export';
import { IMPORT_USAGE, runImportCommand } from './cli-import';
import { renderTable } from './text-table';

const USAGE = `用法：npm run cli -- <命令> [--data-dir 目录] [--json]
  plans                                   列出年度计划
  month --year 年 --month 月              列出某月事项（含结转）
  add-item --year 年 --month 月[-月] --content 内容 [--owner 姓名]…
                                          新增事项（第一个责任人为主办，其余为协办；新姓名自动建档）
  persons                                 列出责任人
  demo                                    载入2023年示例计划
  user add --username 用户名 --role 角色 --password 密码 [--name 姓名]
                                          新增账号（角色：admin/clerk/adviser/viewer 或 管理员/办公室文员/指导老师/只读）
  user passwd --username 用户名 --password 新密码
                                          重设密码（在本机上找回忘记的密码）
  users                                   列出账号
  verify                                  校验审计记录链是否完整（完整时退出码为 0）
${BACKUP_USAGE}
${EXPORT_USAGE}
${IMPORT_USAGE}`;

/** "3" or "7-8" → a span. */
function parseMonthSpan(value: string | undefined): { startMonth: number; endMonth: number } {
  const match = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(value ?? '');
  if (!match) throw new AppError('BAD_INPUT', '请用 --month 指定月份，例如 3 或 7-8');
  return { startMonth: Number(match[1]), endMonth: Number(match[2] ?? match[1]) };
}

function itemRows(items: ItemSummary[]): string[][] {
  return items.map((i) => [
    i.seq == null ? '' : String(i.seq),
    i.content,
    i.owners.map((o) => (o.role === 'lead' ? o.name : `${o.name}(${OWNER_ROLE_LABELS.assist})`)).join('、'),
    `${i.period}${i.carried ? ' 结转' : ''}`,
    STATUS_LABELS[i.status],
  ]);
}

function dataDirFlag(args: string[]): string[] {
  const at = args.indexOf('--data-dir');
  return at >= 0 ? args.slice(at, at + 2) : [];
}

/** Accepts a role code or its Chinese name. */
function roleOf(value: string | undefined): UserRole {
  const role = USER_ROLES.find((r) => r === value || USER_ROLE_LABELS[r] === value);
  if (!role) throw new AppError('BAD_INPUT', `请用 --role 指定角色：${USER_ROLES.map((r) => `${r}（${USER_ROLE_LABELS[r]}）`).join('、')}`);
  return role;
}

const ITEM_HEADER = ['序号', '工作内容', '责任人', '计划时间', '状态'];

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  // `export` and `import` parse their own flags (cli-export.ts, cli-import.ts); here only the data folder.
  const { values, positionals } = parseFlags(command === 'export' || command === 'import' ? dataDirFlag(rest) : rest, {
    'data-dir': { type: 'string' },
    json: { type: 'boolean' },
    year: { type: 'string' },
    month: { type: 'string' },
    content: { type: 'string' },
    owner: { type: 'string', multiple: true },
    username: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
  });
  if (!command || command === 'help') return USAGE;
  // A command is over in moments: the automatic backups belong to the app, not to each command.
  const app = createLedgerApp(path.resolve(values['data-dir'] ?? defaultDataDir()), { migrationsFolder: MIGRATIONS_FOLDER, automaticBackups: false });
  try {
    const out = (data: unknown, table: () => string) => (values.json ? JSON.stringify(data, null, 2) : table());
    switch (command) {
      case 'plans': {
        const plans = await call(app, 'plans.list', {});
        return out(plans, () => renderTable(['年度', '计划名称', '制表单位', '事项数'], plans.map((p) => [String(p.year), p.title, p.organization, String(p.itemCount)])));
      }
      case 'month': {
        const month = intFlag(values.month, 'month');
        if (month === undefined) throw new AppError('BAD_INPUT', '请用 --month 指定月份');
        const view = await call(app, 'items.month', { planId: await planIdOfYear(app, intFlag(values.year, 'year')), month });
        return out(view, () => renderTable(ITEM_HEADER, itemRows([...view.items, ...view.carried])));
      }
      case 'add-item': {
        const planId = await planIdOfYear(app, intFlag(values.year, 'year'));
        const span = parseMonthSpan(values.month);
        const persons = await call(app, 'persons.list', { includeInactive: true });
        const owners = [];
        for (const [index, name] of (values.owner ?? []).entries()) {
          const personId = persons.find((p) => p.name === name.trim())?.id ?? (await call(app, 'persons.create', { name })).id;
          owners.push({ personId, role: index === 0 ? ('lead' as const) : ('assist' as const) });
        }
        const created = await call(app, 'items.create', { planId, content: values.content ?? '', ...span, owners });
        return out(created, () => `已新增事项 #${created.id}（${created.period}）：${created.content}`);
      }
      case 'persons': {
        const persons = await call(app, 'persons.list', { includeInactive: true });
        return out(persons, () => renderTable(['姓名', '职务', '部门', '事项数', '状态'], persons.map((p) => [p.name, p.title, p.department, String(p.itemCount), p.active ? '在用' : '已停用'])));
      }
      case 'user': {
        const sub = positionals[0];
        if (sub === 'add') {
          const created = await call(app, 'users.create', {
            username: values.username ?? '', displayName: values.name ?? values.username ?? '',
            role: roleOf(values.role), password: values.password ?? '',
          });
          return out(created, () => `已新增账号 ${created.username}（${USER_ROLE_LABELS[created.role]}）`);
        }
        if (sub === 'passwd') {
          // Bypasses the contract's password check on purpose: on the machine itself the CLI is the office's
          // only way back in when the last administrator forgot the password. Input is still validated.
          const user = await resetPassword(app.localContext(), values.username ?? '', values.password ?? '');
          return out(user, () => `已重设账号 ${user.username} 的密码，该账号的登录会话已全部失效`);
        }
        throw new AppError('BAD_INPUT', `请使用 user add 或 user passwd\n${USAGE}`);
      }
      case 'users': {
        const users = await call(app, 'users.list', {});
        return out(users, () => renderTable(['用户名', '姓名', '角色', '状态'], users.map((u) => [u.username, u.displayName, USER_ROLE_LABELS[u.role], u.active ? '启用' : '停用'])));
      }
      case 'verify': {
        const result = await call(app, 'audit.verify', {});
        if (!result.intact) throw new AppError('INTEGRITY', result.message);
        return out(result, () => result.message);
      }
      case 'backup':
        return await runBackup(app, values.out);
      case 'backups': {
        const { data, text } = await listBackupsText(app);
        return out(data, () => text);
      }
      case 'restore':
        if (!values.from) throw new AppError('BAD_INPUT', '请用 --from 指定要恢复的备份文件');
        return await runRestore(app, values.from);
      case 'export':
        return await runExportCommand(app, rest);
      case 'import':
        return await runImportCommand(app, rest);
      case 'demo': {
        const loaded = await call(app, 'demo.load', {});
        return out(loaded, () => `已载入${loaded.year}年示例计划`);
      }
      default:
        throw new AppError('UNKNOWN_METHOD', `未知命令：${command}\n${USAGE}`);
    }
  } finally {
    app.close();
  }
}

run(process.argv.slice(2)).then(
  (text) => console.log(text),
  (error) => {
    console.error(`错误：${toAppError(error).message}`);
    process.exitCode = 1;
  },
);
