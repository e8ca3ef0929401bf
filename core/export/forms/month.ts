import type { FormTable } from '../document';
import { monthLists, type ExportBase } from '../export-data';
import { MONTH_COLUMNS } from '../item-columns';
import { groupedRows, monthGroups } from '../item-groups';
import { formMeta } from './form-meta';

/** 月度工作推进表: the month's items, 结转 items and year-round work with this month's check-in. */
export function monthTable(base: ExportBase, month: number): FormTable {
  return {
    sheetName: `${month}月`,
    title: `${base.organization}${base.plan.year}年${month}月工作推进表`,
    meta: formMeta(base),
    columns: MONTH_COLUMNS.map((c) => c.column),
    rows: groupedRows(monthGroups(monthLists(base, month)), MONTH_COLUMNS),
    signatures: ['填表人', '审核人', '负责人', '日期'],
  };
}
