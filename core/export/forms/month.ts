import { AppError } from '../../contract/app-error';
import type { FormTable } from '../document';
import { periodItems, type ExportBase } from '../export-data';
import { MONTH_COLUMNS } from '../item-columns';
import { groupedRows, periodGroups } from '../item-groups';
import { formMeta } from './form-meta';

/**
 * 月度工作推进表: the month as the period model scopes it — its own items, 结转, later items closed in it,
 * the 主要任务 and year-round work with this month's check-in — each as it stood at the month's end.
 */
export function monthTable(base: ExportBase, month: number): FormTable {
  const items = periodItems(base, { fromMonth: month, toMonth: month });
  if (items.items.length === 0) throw new AppError('BAD_INPUT', `${base.plan.year}年${month}月没有需要列入推进表的工作事项，未生成文件`);
  return {
    sheetName: `${month}月`,
    title: `${base.organization}${base.plan.year}年${month}月工作推进表`,
    meta: formMeta(base),
    columns: MONTH_COLUMNS.map((c) => c.column),
    rows: groupedRows(periodGroups(items), MONTH_COLUMNS),
    signatures: ['填表人', '审核人', '负责人', '日期'],
  };
}
