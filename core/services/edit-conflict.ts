import type { Db } from '../../db/client';
import { lastAuditEventFor } from '../../db/queries/audit';
import { AppError } from '../contract/app-error';
import type { EditConflictDetails } from '../contract/edit-conflict';
import type { ItemDetail } from '../contract/item';

/**
 * A save based on an older version than the one saved: refused, never applied over the other person's
 * change. The details carry the saved version so the editor can show both side by side.
 */
export function editConflict(db: Db, current: ItemDetail): AppError {
  const last = lastAuditEventFor(db, 'item', current.id);
  const by = last?.actor ?? '其他用户';
  const details: EditConflictDetails = { current, by, at: last?.at ?? current.updatedAt };
  return new AppError('CONFLICT', `该事项已被 ${by} 修改，请刷新后再保存`, details);
}
