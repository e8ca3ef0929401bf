import type { ItemDetail, ItemFormValues } from '../../../core/contract/item';
import { itemFormValues } from './itemFormValues';

/** One field both people changed differently: what this editor has, and what is saved now. */
export interface ConflictRow {
  field: string;
  label: string;
  mine: string;
  saved: string;
}

const LABELS: Partial<Record<keyof ItemFormValues, string>> = {
  content: '工作内容', seq: '序号', sectionId: '分类', yearRound: '贯穿全年', startMonth: '开始月份', endMonth: '结束月份',
  isKey: '重点任务', dueDate: '完成时限', notes: '备注', source: '来源', sourceRef: '文号/通知', owners: '责任人', targets: '量化指标',
};

function text(field: keyof ItemFormValues, value: unknown, saved: ItemDetail): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field === 'owners') {
    const names = new Map(saved.owners.map((o) => [o.personId, o.name]));
    return (value as { personId: number; role: string }[])
      .map((o) => `${names.get(o.personId) ?? `责任人#${o.personId}`}（${o.role === 'lead' ? '主办' : '协办'}）`)
      .join('、') || '（空）';
  }
  if (field === 'targets')
    return (value as { label: string; comparator: string; value: number; unit: string }[]).map((t) => `${t.label}${t.comparator}${t.value}${t.unit}`).join('；') || '（空）';
  if (field === 'sectionId') return `分类#${value}`;
  return String(value);
}

/** The fields where this editor's values differ from the version saved by someone else meanwhile. */
export function conflictRows(mine: ItemFormValues, saved: ItemDetail): ConflictRow[] {
  const theirs = itemFormValues(saved);
  return (Object.keys(LABELS) as (keyof ItemFormValues)[])
    .filter((field) => JSON.stringify(mine[field] ?? null) !== JSON.stringify(theirs[field] ?? null))
    .map((field) => ({ field, label: LABELS[field]!, mine: text(field, mine[field], saved), saved: text(field, theirs[field], saved) }));
}
