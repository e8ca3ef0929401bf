import type { ExportAttachmentRow, ExportProgressRow, ExportTargetRow } from '../../../db/queries/exports';
import { lastDayOfMonth } from '../../domain/months';
import type { Block, FormTable, PrintDocument } from '../document';
import type { ExportBase, ExportItem } from '../export-data';
import { sanitizeFileName } from '../file-name';
import { cnDate, completionText, ownerNames, shortDate, sizeText } from '../item-text';
import { targetText, targetVerdict } from '../target-check';
import { formMeta } from './form-meta';

// 报送材料 for 6月底 (上半年) or 12月底 (年度): per item its content, owners, progress timeline, targets
// against actuals and an index of its evidence; the evidence itself goes in a zip, one folder per 序号.

const SUBMISSION_PERIODS = {
  h1: { suffix: '年上半年', lastMonth: 6 },
  year: { suffix: '年度', lastMonth: 12 },
} as const;
export type SubmissionPeriod = keyof typeof SUBMISSION_PERIODS;

/** 2023年上半年 / 2023年度 */
export function periodPhrase(year: number, period: SubmissionPeriod): string {
  return `${year}${SUBMISSION_PERIODS[period].suffix}`;
}

/** The last day the period reports on: 30 June or 31 December. */
export function periodEnd(year: number, period: SubmissionPeriod): string {
  return lastDayOfMonth(year, SUBMISSION_PERIODS[period].lastMonth);
}

/** Items the period reports on: scheduled to start by its last month, and all year-round work. */
export function submissionItems(items: ExportItem[], period: SubmissionPeriod): ExportItem[] {
  const last = SUBMISSION_PERIODS[period].lastMonth;
  return items.filter((i) => i.yearRound || (i.startMonth ?? 1) <= last);
}

export interface EvidenceEntry {
  item: ExportItem;
  attachment: ExportAttachmentRow;
  /** Path inside the zip: <folder>/<file name>. */
  path: string;
}

function groupOf(item: ExportItem): string {
  return item.isKey ? '主要任务' : item.period;
}

/** `name`, or the first variant not yet used; records the result as used. */
function uniqueName(name: string, used: Set<string>, variant: (n: number) => string): string {
  let out = name;
  for (let n = 2; used.has(out); n++) out = variant(n);
  used.add(out);
  return out;
}

/**
 * Folder per item named by its 序号. 序号 restart in each part of the plan, so a 序号 shared by several
 * items gets its group (主要任务, 3月, 贯穿全年) and, if still shared, a running number.
 */
export function evidenceFolders(items: ExportItem[]): Map<number, string> {
  const seqName = (i: ExportItem) => (i.seq == null ? '未编号' : String(i.seq).padStart(2, '0'));
  const shared = new Map<string, number>();
  for (const i of items) shared.set(seqName(i), (shared.get(seqName(i)) ?? 0) + 1);
  const used = new Set<string>();
  return new Map(
    items.map((i) => {
      const name = sanitizeFileName(shared.get(seqName(i))! > 1 ? `${seqName(i)}_${groupOf(i)}` : seqName(i));
      return [i.id, uniqueName(name, used, (n) => `${name}_${n}`)];
    }),
  );
}

/** Where each piece of evidence goes in the zip; equal file names in one folder get (2), (3) … */
export function evidenceEntries(items: ExportItem[], attachments: ExportAttachmentRow[]): EvidenceEntry[] {
  const folders = evidenceFolders(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const used = new Set<string>();
  return attachments.flatMap((attachment) => {
    const item = byId.get(attachment.itemId);
    if (!item) return [];
    const name = sanitizeFileName(attachment.originalName, `佐证材料${attachment.id}`);
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    const folder = folders.get(item.id)!;
    return [{ item, attachment, path: uniqueName(`${folder}/${name}`, used, (n) => `${folder}/${stem} (${n})${ext}`) }];
  });
}

export interface SubmissionData {
  items: ExportItem[];
  progress: ExportProgressRow[];
  targets: ExportTargetRow[];
  evidence: EvidenceEntry[];
}

function groupByItem<T extends { itemId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.itemId);
    if (list) list.push(row);
    else map.set(row.itemId, [row]);
  }
  return map;
}

function targetBlocks(targets: ExportTargetRow[]): Block[] {
  if (!targets.length) return [];
  return [
    { kind: 'paragraph', text: '量化指标：' },
    {
      kind: 'table',
      columns: [{ header: '指标', width: 20 }, { header: '目标', width: 14, align: 'center' }, { header: '实际完成', width: 12, align: 'center' }, { header: '达成情况', width: 10, align: 'center' }],
      rows: targets.map((t) => ({ cells: [t.label, targetText(t), t.actual == null ? '' : `${t.actual}${t.unit}`, targetVerdict(t)] })),
    },
  ];
}

function itemBlocks(item: ExportItem, k: number, progress: ExportProgressRow[], targets: ExportTargetRow[], evidence: EvidenceEntry[]): Block[] {
  return [
    { kind: 'heading', text: `${k}. ${item.isKey ? '主要任务' : item.period}${item.seq != null ? ` 序号${item.seq}` : ''}` },
    {
      kind: 'fields',
      rows: [
        ['工作内容', item.content],
        ['主办', ownerNames(item, 'lead') || '—'],
        ['协办', ownerNames(item, 'assist') || '—'],
        ['完成时限', cnDate(item.dueDate)],
        ['完成情况', completionText(item)],
      ],
    },
    { kind: 'paragraph', text: '进展情况：' },
    progress.length
      ? {
          kind: 'table',
          columns: [{ header: '日期', width: 10, align: 'center' }, { header: '进度', width: 6, align: 'center' }, { header: '进展情况', width: 40 }, { header: '填报人', width: 8, align: 'center' }],
          rows: progress.map((p) => ({ cells: [shortDate(p.date), p.percent == null ? '' : `${p.percent}%`, p.text, p.author] })),
        }
      : { kind: 'paragraph', text: '暂无进展记录。', indent: true },
    ...targetBlocks(targets),
    { kind: 'paragraph', text: '佐证材料：' },
    evidence.length
      ? {
          kind: 'table',
          columns: [{ header: '序号', width: 5, align: 'center' }, { header: '文件名', width: 22 }, { header: '大小', width: 8, align: 'center' }, { header: '上传日期', width: 10, align: 'center' }, { header: '压缩包内位置', width: 22 }],
          rows: evidence.map((e, n) => ({ cells: [n + 1, e.attachment.originalName, sizeText(e.attachment.size), shortDate(e.attachment.addedAt), e.path] })),
        }
      : { kind: 'paragraph', text: '暂无佐证材料。', indent: true },
  ];
}

export function submissionDocument(base: ExportBase, period: SubmissionPeriod, data: SubmissionData): PrintDocument {
  const phrase = periodPhrase(base.plan.year, period);
  const progress = groupByItem(data.progress);
  const targets = groupByItem(data.targets);
  const evidence = groupByItem(data.evidence.map((e) => ({ ...e, itemId: e.item.id })));
  const title = `${base.organization}${phrase}工作报送材料`;
  return {
    title,
    orientation: 'portrait',
    blocks: [
      { kind: 'title', text: title },
      { kind: 'meta', ...formMeta(base) },
      {
        kind: 'paragraph',
        indent: true,
        text: `本材料汇总《${base.plan.title}》中${phrase}工作事项共${data.items.length}项的进展情况、量化指标完成情况和佐证材料目录，佐证材料原件按序号分文件夹附后。`,
      },
      ...data.items.flatMap((item, k) => itemBlocks(item, k + 1, progress.get(item.id) ?? [], targets.get(item.id) ?? [], evidence.get(item.id) ?? [])),
      { kind: 'issuer', office: base.organization, date: cnDate(base.scope.today) },
    ],
  };
}

/** The zip's index sheet: every evidence file with where it is and whether it passed the hash check. */
export function evidenceIndexTable(base: ExportBase, period: SubmissionPeriod, entries: EvidenceEntry[], checks: string[]): FormTable {
  return {
    sheetName: '佐证材料索引',
    title: `${base.organization}${periodPhrase(base.plan.year, period)}佐证材料索引`,
    meta: formMeta(base),
    columns: [
      { header: '序号', width: 5, align: 'center' },
      { header: '月份', width: 8, align: 'center' },
      { header: '工作内容', width: 34 },
      { header: '文件名', width: 22 },
      { header: '大小', width: 9, align: 'center' },
      { header: '上传日期', width: 14, align: 'center' },
      { header: '上传人', width: 8, align: 'center' },
      { header: '压缩包内位置', width: 26 },
      { header: '校验', width: 10, align: 'center' },
    ],
    rows: entries.map((e, k) => ({
      cells: [e.item.seq, e.item.period, e.item.content, e.attachment.originalName, sizeText(e.attachment.size), cnDate(e.attachment.addedAt), e.attachment.addedBy, e.path, checks[k]],
    })),
    signatures: ['填表人', '审核人', '日期'],
  };
}
