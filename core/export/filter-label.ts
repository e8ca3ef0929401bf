import { getPersonRow } from '../../db/queries/persons';
import { getSectionRow } from '../../db/queries/plans';
import { STATUS_LABELS } from '../domain/status';
import type { ExportBase, ItemFilter } from './export-data';

/**
 * How a filtered export says its filter in its file name, title and 汇总: 张星月, 强党建, 进行中, 含“培训”.
 * Empty when unfiltered: the file is then the whole plan's.
 */
export function filterLabel(base: ExportBase, filter: ItemFilter): string {
  const parts: string[] = [];
  if (filter.personId !== undefined) parts.push(getPersonRow(base.scope.db, filter.personId)?.name ?? '该责任人');
  if (filter.sectionId !== undefined) parts.push(getSectionRow(base.scope.db, filter.sectionId)?.title ?? '该分类');
  if (filter.status !== undefined) parts.push(STATUS_LABELS[filter.status]);
  if (filter.text) parts.push(`含“${filter.text}”`);
  return parts.join('、');
}
