import { AppError } from '../../contract/app-error';
import { PERIOD_STATE_LABELS } from '../../domain/period';
import { byOwner, tallyBy, tallyOf, type PeriodTally } from '../../domain/period-tally';
import type { Block } from '../document';
import type { PrintDocument } from '../document';
import type { DocKind } from '../register';
import { periodItems, type ExportBase, type PeriodItem, type PeriodItems } from '../export-data';
import { KEY_TASK_COLUMNS, REPORT_COLUMNS } from '../item-columns';
import { itemRow } from '../item-groups';
import { cnDate, percentText } from '../item-text';
import { monthRangeLabel } from '../file-name';
import { tallyColumns, tallyRows } from './tally-table';

// 督查通报: a numbered issue (第N期) stating, for a month or a range of months, what the period model says
// of it on the period's last day (or today while it runs): how many items were in scope, how many were
// closed in the period or before it, on schedule, lagging, overdue, not yet begun or stopped; the 主要任务
// one by one; a table per owner; and the lists of items behind, on schedule and closed in the period.

export const REPORT_DOC_KIND = 'report' satisfies DocKind;

export interface ReportPeriod {
  fromMonth: number;
  toMonth: number;
}

/** The items the 通报 covers; a period with none is refused before a number is taken. */
export function reportItems(base: ExportBase, period: ReportPeriod): PeriodItems {
  const items = periodItems(base, period);
  if (items.items.length === 0)
    throw new AppError('BAD_INPUT', `${base.plan.year}年${monthRangeLabel(period.fromMonth, period.toMonth)}没有纳入督查的工作事项，未生成通报`);
  return items;
}

function attachmentBlocks(no: number, title: string, items: PeriodItem[]): Block[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: `附件${no}`, flush: true },
    { kind: 'title', text: title, size: 'medium' },
    items.length
      ? { kind: 'table', columns: REPORT_COLUMNS.map((c) => c.column), rows: items.map((i) => itemRow(i, REPORT_COLUMNS)), size: 10.5 }
      : { kind: 'paragraph', text: '（无）', indent: true },
  ];
}

/** 已办结12项（本期办结5项、此前办结7项），按序推进… — every part of the total, zeros left out. */
function totalsText(t: PeriodTally): string {
  const s = t.byState;
  const parts = [
    `已办结${t.done}项${t.done ? `（本期办结${s.done_in_period}项、此前办结${s.done_before}项）` : ''}`,
    ...(['on_schedule', 'lagging', 'overdue', 'not_yet_started', 'cancelled'] as const).filter((k) => s[k] > 0).map((k) => `${PERIOD_STATE_LABELS[k]}${s[k]}项`),
  ];
  return parts.join('，');
}

/** 其中本期工作20项、结转3项、主要任务15项、贯穿全年工作9项 */
function compositionText(items: PeriodItem[], monthly: boolean): string {
  const count = (placement: PeriodItem['placement']) => items.filter((i) => i.placement === placement).length;
  const parts: [string, number][] = [
    [monthly ? '本月工作' : '本期工作', count('scheduled')],
    ['以前月份结转', count('carried')],
    ['提前办结', count('early')],
    ['主要任务', count('key')],
    ['贯穿全年工作', count('yearRound')],
  ];
  return parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}项`).join('、');
}

function keyTaskBlocks(keyTasks: PeriodItem[]): Block[] {
  if (keyTasks.length === 0) return [{ kind: 'paragraph', indent: true, text: '本期无主要任务。' }];
  const behind = keyTasks.filter((i) => i.state === 'lagging' || i.state === 'overdue');
  return [
    {
      kind: 'paragraph',
      indent: true,
      text: `年度主要任务共${keyTasks.length}项，${totalsText(tallyOf(keyTasks.map((i) => i.state)))}。${
        behind.length ? `进度滞后或逾期的主要任务：${behind.map((i) => `第${i.seq ?? '—'}项`).join('、')}，请责任人重点推进。` : ''
      }`,
    },
    { kind: 'table', columns: KEY_TASK_COLUMNS.map((c) => c.column), rows: keyTasks.map((i) => itemRow(i, KEY_TASK_COLUMNS)), size: 10.5 },
  ];
}

export function reportDocument(base: ExportBase, report: PeriodItems, issue: string): PrintDocument {
  const { period, items, asOf } = report;
  const total = tallyOf(items.map((i) => i.state));
  const behind = items.filter((i) => i.state === 'overdue' || i.state === 'lagging');
  const onSchedule = items.filter((i) => i.state === 'on_schedule');
  const closedInPeriod = items.filter((i) => i.state === 'done_in_period');
  const keyTasks = items.filter((i) => i.placement === 'key');
  const periodText = `${base.plan.year}年${monthRangeLabel(period.fromMonth, period.toMonth)}`;
  const org = base.organization;
  const entries = items.map((item) => ({ item, state: item.state }));
  return {
    title: `督查通报（${issue}）`,
    orientation: 'portrait',
    blocks: [
      { kind: 'title', text: '督查通报', red: true },
      { kind: 'subtitle', text: issue },
      { kind: 'meta', left: org, right: cnDate(base.scope.today) },
      { kind: 'rule' },
      { kind: 'title', text: `关于${periodText}工作推进情况的通报`, size: 'medium' },
      {
        kind: 'paragraph',
        indent: true,
        text: `为推动《${base.plan.title}》各项任务落实落地，${org}对${periodText}工作推进情况进行了督查。现将有关情况通报如下：`,
      },
      { kind: 'heading', text: '一、总体情况' },
      {
        kind: 'paragraph',
        indent: true,
        text: `本期纳入督查的工作事项共${total.total}项（${compositionText(items, period.fromMonth === period.toMonth)}）。截至${cnDate(asOf)}，${totalsText(total)}；完成率为${percentText(total.rate)}（已中止事项不计入）。`,
      },
      { kind: 'heading', text: '二、主要任务推进情况' },
      ...keyTaskBlocks(keyTasks),
      { kind: 'heading', text: '三、各责任人推进情况' },
      { kind: 'table', columns: tallyColumns('责任人', 10), rows: tallyRows(tallyBy(entries, byOwner)), size: 9 },
      { kind: 'heading', text: '四、存在的问题' },
      {
        kind: 'paragraph',
        indent: true,
        text: behind.length
          ? `截至${cnDate(asOf)}，共有${behind.length}项工作进度滞后或逾期（其中逾期${total.byState.overdue}项、滞后${total.byState.lagging}项），清单见附件1。`
          : `截至${cnDate(asOf)}，未发现进度滞后或逾期的工作事项。`,
      },
      { kind: 'heading', text: '五、下一步工作要求' },
      {
        kind: 'paragraph',
        indent: true,
        text: `各责任人要对照附件清单逐项分析原因，明确整改措施和完成时限；逾期事项的主办责任人须在5个工作日内书面说明情况并提出整改计划。${org}将持续跟踪督办，并在下期通报中通报整改情况。`,
      },
      // 附件 items aligned under each other: 附件： is three characters wide.
      { kind: 'paragraph', indent: true, text: '附件：1. 滞后/逾期事项清单' },
      { kind: 'paragraph', indent: true, text: '　　　2. 按序时推进事项清单' },
      { kind: 'paragraph', indent: true, text: '　　　3. 本期办结事项清单' },
      { kind: 'issuer', office: org, date: cnDate(base.scope.today) },
      ...attachmentBlocks(1, '滞后/逾期事项清单', behind),
      ...attachmentBlocks(2, '按序时推进事项清单', onSchedule),
      ...attachmentBlocks(3, '本期办结事项清单', closedInPeriod),
    ],
  };
}
