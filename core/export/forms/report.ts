import { ownerTallies, tally } from '../completion';
import type { Block, PrintDocument } from '../document';
import { monthLists, type ExportBase, type ExportItem } from '../export-data';
import { REPORT_COLUMNS } from '../item-columns';
import { itemRow } from '../item-groups';
import { cnDate, percentText } from '../item-text';
import { monthRangeLabel } from '../file-name';
import { tallyColumns, tallyRow } from './tally-table';

// 督查通报: a numbered issue (第N期) stating, for a month or a range of months, how many items were
// supervised, done, in progress and overdue, the completion rate, a table per 主办, and two attachments:
// the lagging/overdue items and the items on schedule.

export const REPORT_DOC_KIND = 'report';

export interface ReportPeriod {
  fromMonth: number;
  toMonth: number;
}

/** The items a period covers, as the month views show them: scheduled in one of its months, or carried into it. */
function reportItems(base: ExportBase, period: ReportPeriod): ExportItem[] {
  const byId = new Map<number, ExportItem>();
  for (let m = period.fromMonth; m <= period.toMonth; m++) {
    const lists = monthLists(base, m);
    for (const item of [...lists.monthly, ...lists.yearRound, ...lists.carried]) if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

function attachmentBlocks(no: number, title: string, items: ExportItem[]): Block[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: `附件${no}`, flush: true },
    { kind: 'title', text: title, size: 'medium' },
    items.length
      ? { kind: 'table', columns: REPORT_COLUMNS.map((c) => c.column), rows: items.map((i) => itemRow(i, REPORT_COLUMNS)), size: 10.5 }
      : { kind: 'paragraph', text: '（无）', indent: true },
  ];
}

export function reportDocument(base: ExportBase, period: ReportPeriod, issue: string): PrintDocument {
  const items = reportItems(base, period);
  const total = tally(items);
  const behind = items.filter((i) => i.warning === 'overdue' || i.warning === 'lagging');
  const onSchedule = items.filter((i) => i.warning === 'normal' || i.warning === 'due_soon');
  const lagging = behind.filter((i) => i.warning === 'lagging').length;
  const periodText = `${base.plan.year}年${monthRangeLabel(period.fromMonth, period.toMonth)}`;
  const org = base.organization;
  const cancelled = total.cancelled ? `，已中止${total.cancelled}项` : '';
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
        text: `本期纳入督查的工作事项共${total.total}项，其中已办结${total.done}项，推进中${total.open}项，逾期${total.overdue}项${cancelled}；完成率为${percentText(total.rate)}（已中止事项不计入）。`,
      },
      { kind: 'heading', text: '二、各责任人推进情况' },
      { kind: 'table', columns: tallyColumns('责任人'), rows: ownerTallies(items).map((g) => tallyRow(g.label, g.tally)) },
      { kind: 'heading', text: '三、存在的问题' },
      {
        kind: 'paragraph',
        indent: true,
        text: behind.length
          ? `截至${cnDate(base.scope.today)}，共有${behind.length}项工作进度滞后或逾期（其中逾期${total.overdue}项、滞后${lagging}项），清单见附件1。`
          : `截至${cnDate(base.scope.today)}，未发现进度滞后或逾期的工作事项。`,
      },
      { kind: 'heading', text: '四、下一步工作要求' },
      {
        kind: 'paragraph',
        indent: true,
        text: `各责任人要对照附件清单逐项分析原因，明确整改措施和完成时限；逾期事项的主办责任人须在5个工作日内书面说明情况并提出整改计划。${org}将持续跟踪督办，并在下期通报中通报整改情况。`,
      },
      // 附件 items aligned under each other: 附件： is three characters wide.
      { kind: 'paragraph', indent: true, text: '附件：1. 滞后/逾期事项清单' },
      { kind: 'paragraph', indent: true, text: '　　　2. 按序时推进事项清单' },
      { kind: 'issuer', office: org, date: cnDate(base.scope.today) },
      ...attachmentBlocks(1, '滞后/逾期事项清单', behind),
      ...attachmentBlocks(2, '按序时推进事项清单', onSchedule),
    ],
  };
}
