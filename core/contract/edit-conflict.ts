import type { ItemDetail } from './item';

/** The details of a CONFLICT from items.update: the version now saved, and who saved it. */
export interface EditConflictDetails {
  current: ItemDetail;
  by: string;
  at: string | null;
}
