import { AppError } from '../../contract/app-error';
import { byOwner, byPlanPeriod, bySection, tallyBy, tallyOf } from '../../domain/period-tally';
import type { FormTable, Row } from '../document';
import { periodItems, planItems, planMonths, type ExportBase, type ItemFilter, type PeriodItems } from '../export-data';
import { filterLabel } from '../filter-label';
import { LEDGER_COLUMNS } from '../item-columns';
import { groupedRows, periodGroups, yearGroups } from '../item-groups';
import { cnDate, dateInYear } from '../item-text';
import { formMeta } from './form-meta';
import { tallyColumns, tallyRow, tallyRows } from './tally-table';

// 督查台账: the whole year, one sheet per month (the month's items as the period model scopes them), and a
// 汇总 whose counts add up: by month each item once (主要任务 a row of their own), by section each item
// once, by owner each owner of an item, and each month sheet's items as that month was read.

const SIGNATURES = ['填表人', '审核人', '日期'];
const WHOLE_YEAR = { fromMonth: 1, toMonth: 12 };

/** What a ledger covers: the whole plan, or the items of a filter (its label said everywhere). */
export interface LedgerScope {
  filter: ItemFilter;
  /** 张星月 / 强党建、进行中; empty for the whole plan. */
  label: string;
}

export function ledgerScope(base: ExportBase, filter: ItemFilter): LedgerScope {
  return { filter, label: filterLabel(base, filter) };
}

export function ledgerTitle(base: ExportBase, scope: LedgerScope): string {
  return `${base.organization}${base.plan.year}年度工作督查台账${scope.label ? `（${scope.label}）` : ''}`;
}

function summaryTable(base: ExportBase, scope: LedgerScope, year: PeriodItems, months: { month: number; items: PeriodItems }[]): FormTable {
  const entries = year.items.map((item) => ({ item, state: item.state }));
  const section = (label: string, rows: Row[]): Row[] => [{ group: label }, ...rows];
  return {
    sheetName: '汇总',
    title: `${ledgerTitle(base, scope)}（汇总）`,
    meta: formMeta(base),
    columns: tallyColumns('项目'),
    rows: [
      ...section(`一、总体情况（截至${cnDate(year.asOf)}；已中止事项不计入完成率）`, [
        tallyRow(scope.label ? `本台账事项（${scope.label}）` : '全部事项', tallyOf(entries.map((e) => e.state))),
      ]),
      ...section('二、按月份（每项计入一次，各行之和等于总数）', tallyRows(tallyBy(entries, byPlanPeriod))),
      ...section('三、按责任人（主办、协办分别计入）', tallyRows(tallyBy(entries, byOwner))),
      ...section('四、按工作板块（每项计入一次）', tallyRows(tallyBy(entries, bySection))),
      ...section(
        '五、各月督查情况（与各月工作表一致：当月事项、结转、主要任务、贯穿全年工作，截至当月末或今日）',
        months.map(({ month, items }) => tallyRow(`${month}月（截至${dateInYear(items.asOf, base.plan.year)}）`, tallyOf(items.items.map((i) => i.state)))),
      ),
    ],
    signatures: SIGNATURES,
  };
}

function itemTable(base: ExportBase, sheetName: string, title: string, rows: FormTable['rows']): FormTable {
  return { sheetName, title, meta: formMeta(base), columns: LEDGER_COLUMNS.map((c) => c.column), rows, signatures: SIGNATURES };
}

/** The items a ledger covers; an export that would be empty says so instead of writing an empty file. */
function ledgerItemIds(base: ExportBase, scope: LedgerScope): Set<number> | undefined {
  const items = planItems(base, scope.filter);
  if (items.length === 0)
    throw new AppError('BAD_INPUT', scope.label ? `${base.plan.year}年度计划中没有符合条件（${scope.label}）的事项，未生成台账` : `${base.plan.year}年度计划还没有工作事项，未生成台账`);
  return scope.label ? new Set(items.map((i) => i.id)) : undefined;
}

/** The 全年 sheet: key tasks, monthly work, year-round work, as the year stands (its end, or today). */
export function ledgerYearTable(base: ExportBase, scope: LedgerScope): FormTable {
  const year = periodItems(base, WHOLE_YEAR, ledgerItemIds(base, scope));
  return itemTable(base, '全年', ledgerTitle(base, scope), groupedRows(yearGroups(year.items), LEDGER_COLUMNS));
}

/** The sheets of the 督查台账: 全年, each month (filtered like the year), 汇总. */
export function ledgerTables(base: ExportBase, scope: LedgerScope): Iterable<FormTable> {
  // Everything read from the ledger is read here, inside the caller's snapshot; the sheets' rows are
  // made from it one sheet at a time as the workbook writes them, so only one sheet is held at once.
  const only = ledgerItemIds(base, scope);
  const year = periodItems(base, WHOLE_YEAR, only);
  const months = planMonths(year.items).map((month) => ({ month, items: periodItems(base, { fromMonth: month, toMonth: month }, only) }));
  const title = ledgerTitle(base, scope);
  return (function* () {
    yield itemTable(base, '全年', title, groupedRows(yearGroups(year.items), LEDGER_COLUMNS));
    for (const { month, items } of months) yield itemTable(base, `${month}月`, `${title}（${month}月）`, groupedRows(periodGroups(items), LEDGER_COLUMNS));
    yield summaryTable(base, scope, year, months);
  })();
}
