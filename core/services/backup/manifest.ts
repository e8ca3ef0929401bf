import { z } from 'zod';
import { BACKUP_REASONS } from '../../domain/backup-reasons';

export type { BackupReason } from '../../domain/backup-reasons';

// The last entry of every backup file: what it holds, measured while it was written, so a restore can
// check each byte against it before touching the ledger.

export const BACKUP_FORMAT = 'league-ledger-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'ledger.db';
export const EVIDENCE_PREFIX = 'attachments/';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  appVersion: z.string(),
  /** created_at of each migration applied to the database (drizzle's journal). */
  migrations: z.array(z.number()),
  database: z.object({ size: count, sha256 }),
  /** Evidence files by the SHA-256 they are stored under, with the hash of the bytes actually copied. */
  evidence: z.array(z.object({ name: sha256, size: count, sha256 })),
  /** Evidence the database refers to that was already missing from the data folder. */
  missingEvidence: z.array(sha256),
  counts: z.object({ plans: count, items: count, persons: count, users: count, attachments: count, auditEvents: count }),
  audit: z.object({ count, head: z.string().nullable() }),
});

export type BackupManifest = z.infer<typeof backupManifest>;

export function evidenceEntryName(sha: string): string {
  return `${EVIDENCE_PREFIX}${sha.slice(0, 2)}/${sha}`;
}
