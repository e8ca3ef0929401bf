import { byPeriod, bySection, ownerTallies, tally, tallyBy, type Tally } from '../completion';
import type { FormTable } from '../document';
import { monthLists, planItems, planMonths, type ExportBase, type ExportItem, type ItemFilter } from '../export-data';
import { LEDGER_COLUMNS } from '../item-columns';
import { groupedRows, monthGroups, yearGroups } from '../item-groups';
import { formMeta } from './form-meta';
import { tallyColumns, tallyRow } from './tally-table';

// 督查台账: the whole year, one sheet per month (its items, 结转 and year-round work), and a 汇总 of
// completion rates by month, lead owner and section.

const SIGNATURES = ['填表人', '审核人', '日期'];

function ledgerTitle(base: ExportBase): string {
  return `${base.organization}${base.plan.year}年度工作督查台账`;
}

function summaryTable(base: ExportBase, items: ExportItem[]): FormTable {
  const section = (label: string, groups: { label: string; tally: Tally }[]) => [
    { group: label },
    ...groups.map((g) => tallyRow(g.label, g.tally)),
  ];
  return {
    sheetName: '汇总',
    title: `${ledgerTitle(base)}（汇总）`,
    meta: formMeta(base),
    columns: tallyColumns('项目'),
    rows: [
      ...section('一、总体情况（已中止事项不计入完成率）', [{ label: '全部事项', tally: tally(items) }]),
      ...section('二、按月份', tallyBy(items, byPeriod)),
      ...section('三、按责任人（主办、协办）', ownerTallies(items)),
      ...section('四、按工作板块', tallyBy(items, bySection)),
    ],
    signatures: SIGNATURES,
  };
}

function itemTable(base: ExportBase, sheetName: string, title: string, rows: FormTable['rows']): FormTable {
  return { sheetName, title, meta: formMeta(base), columns: LEDGER_COLUMNS.map((c) => c.column), rows, signatures: SIGNATURES };
}

/** The 全年 sheet: key tasks, monthly work, year-round work. */
export function ledgerYearTable(base: ExportBase, items: ExportItem[]): FormTable {
  return itemTable(base, '全年', ledgerTitle(base), groupedRows(yearGroups(items), LEDGER_COLUMNS));
}

/** The sheets of the 督查台账: 全年, each month (filtered like the year), 汇总. */
export function ledgerTables(base: ExportBase, filter: ItemFilter = {}): FormTable[] {
  const items = planItems(base, filter);
  const only = new Set(items.map((i) => i.id));
  return [
    ledgerYearTable(base, items),
    ...planMonths(items).map((m) =>
      itemTable(base, `${m}月`, `${ledgerTitle(base)}（${m}月）`, groupedRows(monthGroups(monthLists(base, m, only)), LEDGER_COLUMNS)),
    ),
    summaryTable(base, items),
  ];
}
