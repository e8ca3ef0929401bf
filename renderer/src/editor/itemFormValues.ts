import type { ItemDetail, ItemFormValues } from '../../../core/contract/item';

/** Where a new item starts in the plan: the month of the page, a board column, a key-task section. */
export type ItemPreset = Partial<Pick<ItemFormValues, 'startMonth' | 'endMonth' | 'yearRound' | 'sectionId' | 'isKey' | 'source'>>;

export type OwnerValues = NonNullable<ItemFormValues['owners']>[number];
export type TargetValues = NonNullable<ItemFormValues['targets']>[number];

export function newItemValues(planId: number, preset: ItemPreset): ItemFormValues {
  return {
    planId,
    sectionId: null,
    seq: null,
    content: '',
    yearRound: false,
    startMonth: null,
    endMonth: null,
    isKey: false,
    dueDate: null,
    cadence: null,
    notes: '',
    source: 'plan',
    sourceRef: null,
    owners: [],
    targets: [],
    ...preset,
  };
}

/** The form of an existing item; fields the form does not show (cadence) are carried through unchanged. */
export function itemFormValues(item: ItemDetail): ItemFormValues {
  return {
    planId: item.planId,
    sectionId: item.sectionId,
    seq: item.seq,
    content: item.content,
    yearRound: item.yearRound,
    startMonth: item.startMonth,
    // A one-month item is stored ending where it starts; the form shows that as an empty 结束月份.
    endMonth: item.endMonth === item.startMonth ? null : item.endMonth,
    isKey: item.isKey,
    dueDate: item.explicitDueDate,
    cadence: item.cadence,
    notes: item.notes,
    source: item.source,
    sourceRef: item.sourceRef,
    owners: item.owners.map(({ personId, role }) => ({ personId, role })),
    targets: item.targets.map(({ label, comparator, value, unit }) => ({ label, comparator, value, unit })),
  };
}

/** After 保存并新建: the next item goes to the same place in the plan, everything else blank. */
export function nextItemValues(saved: ItemFormValues): ItemFormValues {
  const { startMonth, endMonth, yearRound, sectionId, isKey, source } = saved;
  return newItemValues(saved.planId, { startMonth, endMonth, yearRound, sectionId, isKey, source });
}
