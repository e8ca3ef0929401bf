// `npm run cli -- export <form> --data-dir DIR --year Y [--month M] [--owner NAME] --out FILE`: the office's
// forms from the command line, through the same contract methods as the app.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import { intFlag, parseFlags } from './args';
import { call, planIdOfYear } from './cli-calls';

export const EXPORT_USAGE = `  export <表单> --year 年 [--month 月] [--owner 姓名] [--out 文件]
                                          导出表单（不指定 --out 时按默认文件名存到当前目录）：
      ledger       督查台账 .xlsx（--owner 只导出该责任人的事项）
      month        月度工作推进表 .pdf；--out 以 .xlsx 结尾时导出 Excel（须 --month）
      notices      督办通知单 .docx：--item 事项编号 | --owner 姓名（其未办结事项）| 默认全部逾期事项（每位主办一份）；--urge 改为催办单
      report       督查通报 .docx；--out 以 .pdf 结尾时导出 PDF（--month 3 或 3-5）
      submission   报送材料 .zip（含佐证材料和索引）；--out 以 .docx 结尾时只导出文档；--period h1|year（默认 year）
      csv          事项清单 .csv（--owner 只导出该责任人的事项）`;

const FORMS = {
  ledger: '督查台账',
  month: '月度工作推进表',
  notices: '督办通知单',
  report: '督查通报',
  submission: '报送材料',
  csv: '事项清单',
} as const;
type Form = keyof typeof FORMS;

type Log = (line: string) => void;

async function personIdOf(app: LedgerApp, name: string | undefined): Promise<number | undefined> {
  if (name === undefined) return undefined;
  const person = (await call(app, 'persons.list', { includeInactive: true })).find((p) => p.name === name.trim());
  if (!person) throw new AppError('NOT_FOUND', `责任人“${name}”不存在（可用 persons 命令查看）`);
  return person.id;
}

/** "3" or "3-5" → months. */
function monthRange(value: string | undefined): { fromMonth: number; toMonth: number } {
  const match = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(value ?? '');
  if (!match) throw new AppError('BAD_INPUT', '请用 --month 指定月份，例如 3 或 3-5');
  return { fromMonth: Number(match[1]), toMonth: Number(match[2] ?? match[1]) };
}

function parse(argv: string[]) {
  const [form, ...rest] = argv;
  if (!form || !(form in FORMS)) throw new AppError('BAD_INPUT', `请指定要导出的表单：\n${EXPORT_USAGE}`);
  const { values } = parseFlags(rest, {
    'data-dir': { type: 'string' },
    year: { type: 'string' },
    month: { type: 'string' },
    owner: { type: 'string' },
    item: { type: 'string' },
    period: { type: 'string' },
    urge: { type: 'boolean' },
    out: { type: 'string' },
  });
  return { form: form as Form, values };
}

type Flags = ReturnType<typeof parse>['values'];

/** What every export method returns, with the extras some of them add. */
interface Exported {
  fileName: string;
  base64: string;
  numbers?: string[];
  number?: string;
  problems?: string[];
}

/** Calls the form's export method with the flags turned into its input. */
async function exportForm(app: LedgerApp, form: Form, values: Flags, ext: string): Promise<Exported> {
  const planId = await planIdOfYear(app, intFlag(values.year, 'year'));
  const personId = await personIdOf(app, values.owner);
  const filter = personId === undefined ? {} : { personId };
  switch (form) {
    case 'ledger':
      return call(app, 'exports.ledger', { planId, filter });
    case 'month': {
      const month = intFlag(values.month, 'month');
      if (month === undefined) throw new AppError('BAD_INPUT', '请用 --month 指定月份');
      return call(app, 'exports.month', { planId, month, format: ext === '.xlsx' ? 'xlsx' : 'pdf' });
    }
    case 'notices': {
      const itemId = intFlag(values.item, 'item');
      const target =
        itemId !== undefined ? { scope: 'item' as const, itemId }
        : personId !== undefined ? { scope: 'owner' as const, planId, personId }
        : { scope: 'overdue' as const, planId };
      return call(app, 'exports.notices', { target, kind: values.urge ? 'urge' : 'supervise' });
    }
    case 'report':
      return call(app, 'exports.report', { planId, ...monthRange(values.month), format: ext === '.pdf' ? 'pdf' : 'docx' });
    case 'submission': {
      const period = values.period ?? 'year';
      if (period !== 'h1' && period !== 'year') throw new AppError('BAD_INPUT', '--period 应为 h1（上半年）或 year（全年）');
      return call(app, 'exports.submission', { planId, period, format: ext === '.docx' ? 'docx' : 'zip' });
    }
    case 'csv':
      return call(app, 'exports.csv', { planId, filter });
  }
}

/** Runs `export <form> …` on an open ledger; progress goes to `log`, the summary is returned. */
export async function runExportCommand(app: LedgerApp, argv: string[], log: Log = (line) => console.error(line)): Promise<string> {
  const { form, values } = parse(argv);
  const started = Date.now();
  log(`正在导出${FORMS[form]}……`);
  const file = await exportForm(app, form, values, path.extname(values.out ?? '').toLowerCase());
  const out = path.resolve(values.out ?? file.fileName);
  const bytes = Buffer.from(file.base64, 'base64');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  for (const problem of file.problems ?? []) log(`注意：${problem}`);
  const numbers = file.numbers ? `，编号 ${file.numbers.join('、')}` : file.number ? `，${file.number}` : '';
  return `已导出 ${out}（${(bytes.length / 1024).toFixed(1)} KB，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒${numbers}）`;
}
