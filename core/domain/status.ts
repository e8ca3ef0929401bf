// Item workflow states. Codes are stable identifiers stored in the database; labels are what the office reads.
export const ITEM_STATUSES = ['not_started', 'in_progress', 'pending_review', 'returned', 'done', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, string> = {
  not_started: '未开始',
  in_progress: '进行中',
  pending_review: '待核验',
  returned: '退回',
  done: '已办结',
  cancelled: '已中止',
};

/** Closed items are neither carried into later months nor counted as open work. */
export function isClosed(status: ItemStatus): boolean {
  return status === 'done' || status === 'cancelled';
}
