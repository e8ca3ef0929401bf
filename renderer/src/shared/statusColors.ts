import type { ItemStatus } from '../../../core/domain/status';

/** Tag colors of the item states: grey not begun, blue under way, gold awaiting review, green closed. */
export const STATUS_COLORS: Record<ItemStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  pending_review: 'gold',
  returned: 'volcano',
  done: 'success',
  cancelled: 'purple',
};
