// `npm run cli -- import FILE --data-dir DIR --year YYYY [--dry-run] [--json] [--kind plan|notice] [--sheet N]`:
// a plan document (or a notice) read into the year's plan from the command line. The preview is the app's
// own (the same reader and the same comparison with the plan already there); without --dry-run it is
// committed through the contract, as the import page does.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import type { ImportPreview } from '../contract/import';
import { periodLabel } from '../domain/months';
import { OWNER_ROLE_LABELS } from '../domain/roles';
import { MAX_FILE_BYTES } from '../import/limits';
import { NOT_A_PLAN } from '../import/parse-plan-text';
import { previewImport } from '../services/imports';
import { intFlag, parseFlags } from './args';
import { call } from './cli-calls';
import { renderTable } from './text-table';

export const IMPORT_USAGE = `  import 文件 --year 年 [--dry-run] [--json] [--kind plan|notice] [--sheet N]
                                          导入工作计划（.docx/.xlsx/.csv/.txt）：先列出识别结果（事项、需核对的地方），
                                          再写入该年度计划；--dry-run 只预览不写入；--kind 指定是计划还是上级通知（默认自动识别）；
                                          --sheet 选 Excel 的第N个工作表（从1起）或工作表名称`;

const STEP_LABELS = { add: '新增', update: '更新', same: '无变化' } as const;

function parse(argv: string[]) {
  const { values, positionals } = parseFlags(argv, {
    'data-dir': { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    kind: { type: 'string' },
    sheet: { type: 'string' },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new AppError('BAD_INPUT', `请指定一个要导入的文件：\n${IMPORT_USAGE}`);
  const year = intFlag(values.year, 'year');
  if (year === undefined || year < 2000 || year > 2100) throw new AppError('BAD_INPUT', '请用 --year 指定导入到哪个年度，例如 --year 2024');
  const kind = values.kind;
  if (kind !== undefined && kind !== 'plan' && kind !== 'notice') throw new AppError('BAD_INPUT', '--kind 应为 plan（工作计划）或 notice（上级通知）');
  const documentKind: 'plan' | 'notice' | undefined = kind;
  // People count sheets from 1; the reader from 0. A sheet may also be named.
  const sheet = values.sheet === undefined ? undefined : /^\d+$/.test(values.sheet) ? Number(values.sheet) - 1 : values.sheet;
  if (sheet === -1) throw new AppError('BAD_INPUT', '--sheet 从1开始计数');
  return { file, year, documentKind, sheet, dryRun: values['dry-run'] ?? false, json: values.json ?? false };
}

function readFile(file: string): Uint8Array {
  const full = path.resolve(file);
  let size: number;
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile()) throw new AppError('BAD_INPUT', `“${file}”不是文件`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_INPUT', `找不到文件“${file}”`);
  }
  // Refused before reading it all into memory; the reader says the same of an upload.
  if (size > MAX_FILE_BYTES) throw new AppError('BAD_INPUT', `文件超过${MAX_FILE_BYTES / 1024 / 1024}MB，无法导入；工作计划通常只有几百KB，请确认文件是否正确`);
  return fs.readFileSync(full);
}

/** The preview for scripts: items with their months (and the period as written, if it differs), problems with lines, stats. */
function previewJson(preview: ImportPreview) {
  return {
    documentKind: preview.documentKind,
    format: preview.format,
    year: preview.draft.year,
    title: preview.draft.title,
    organization: preview.draft.organization,
    summary: preview.summary,
    items: preview.draft.items.map((item, i) => ({
      seq: item.seq,
      startMonth: item.startMonth,
      endMonth: item.endMonth,
      yearRound: item.yearRound,
      writtenPeriod: preview.writtenPeriods[i],
      content: item.content,
      owners: item.owners,
      targets: item.targets,
      dueDate: item.dueDate,
      isKey: item.isKey,
      sectionTitle: item.sectionTitle,
      cadence: item.cadence,
      notes: item.notes,
      lines: preview.sourceLines[i],
      step: preview.steps[i],
    })),
    problems: preview.problems,
    stats: preview.stats,
  };
}

function ownersText(owners: ImportPreview['draft']['items'][number]['owners'], role: 'lead' | 'assist'): string {
  return owners
    .filter((o) => o.role === role)
    .map((o) => o.name)
    .join('、');
}

function previewTable(preview: ImportPreview): string {
  const { draft, stats } = preview;
  const n = (key: string) => stats[key] ?? 0;
  const rows = draft.items.map((item, i) => [
    item.seq == null ? '' : String(item.seq),
    preview.writtenPeriods[i] ? `${periodLabel(item)}（原文${preview.writtenPeriods[i]}）` : periodLabel(item),
    item.content,
    ownersText(item.owners, 'lead'),
    ownersText(item.owners, 'assist'),
    item.dueDate ?? '',
    STEP_LABELS[preview.steps[i]],
    (preview.sourceLines[i] ?? []).join(','),
  ]);
  const header = ['序号', '月份', '工作内容', OWNER_ROLE_LABELS.lead, OWNER_ROLE_LABELS.assist, '完成时限', '比对', '原文行'];
  const nextYear = n('nextYearItems') > 0 ? `，其中次年 ${n('nextYearItems')} 项` : '';
  return [
    `《${draft.title}》（${draft.year}年度，识别为${preview.documentKind === 'plan' ? '工作计划' : '上级通知'}）`,
    ...(rows.length > 0 ? [renderTable(header, rows, 50)] : []),
    `共 ${n('items')} 项：按月 ${n('monthlyItems')}，贯穿全年 ${n('yearRoundItems')}，主要任务 ${n('keyItems')}${nextYear}；量化指标 ${n('targets')} 项；原文 ${n('lines')} 行，略过说明文字 ${n('skippedLines')} 行`,
    ...(preview.problems.length > 0
      ? [`需要核对的地方（${preview.problems.length} 处）：`, ...preview.problems.map((p) => `  ${p.line > 0 ? `第${p.line}行` : '整个文件'}：${p.message}${p.text ? `（${p.text}）` : ''}`)]
      : []),
    ...(draft.items.length > 0 ? [`写入时：${preview.summary}`] : []),
  ].join('\n');
}

type Out = (text: string) => void;

/** Runs `import FILE …` on an open ledger: prints the preview, then commits unless --dry-run. */
export async function runImportCommand(app: LedgerApp, argv: string[], out: Out = (text) => console.log(text)): Promise<string> {
  const { file, year, documentKind, sheet, dryRun, json } = parse(argv);
  const bytes = readFile(file);
  const preview = await previewImport(app.localContext(), {
    year,
    source: { kind: 'bytes', bytes, fileName: path.basename(file), ...(sheet !== undefined ? { sheet } : {}) },
    ...(documentKind ? { documentKind } : {}),
  });
  const none = preview.draft.items.length === 0;
  const committed = dryRun || none ? null : await call(app, 'imports.commit', { draft: preview.draft });
  if (json) out(JSON.stringify({ ...previewJson(preview), dryRun, committed }, null, 2));
  else out(previewTable(preview));
  if (none) {
    const verdict = preview.problems.find((p) => p.kind === 'no_plan' || p.kind === 'unrecognised');
    throw new AppError('BAD_INPUT', verdict?.message ?? `${NOT_A_PLAN}，未导入任何事项`);
  }
  if (!committed) return json ? '' : `（预览，未写入：去掉 --dry-run 即导入${year}年度计划）`;
  return json ? '' : `已导入${committed.year}年度计划：${committed.message}`;
}
