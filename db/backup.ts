import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Orm } from './client';
import * as schema from './schema';

// The SQL side of backups: copying the live database with SQLite's online backup API (never by copying
// its file, whose -wal may hold committed pages), sealing the copy into one self-contained file, and
// reading the facts a backup is checked against.

/** Copies the live database into `file` with SQLite's online backup API, a slice of pages per turn of the event loop. */
export async function snapshotDatabase(sqlite: Database.Database, file: string): Promise<void> {
  await sqlite.backup(file);
}

/**
 * The same in one synchronous step, for the moment the ledger is opened before a migration (nothing else
 * runs yet, so nothing waits): VACUUM INTO writes a consistent copy, WAL contents included.
 */
export function snapshotDatabaseNow(sqlite: Database.Database, file: string): void {
  sqlite.prepare('VACUUM INTO ?').run(file);
}

export interface SnapshotCounts {
  plans: number;
  items: number;
  persons: number;
  users: number;
  attachments: number;
  auditEvents: number;
}

export interface SnapshotFacts {
  /** 'ok', or SQLite's first complaint. */
  integrity: string;
  /** created_at of every applied migration (drizzle's journal), oldest first. */
  migrations: number[];
  counts: SnapshotCounts;
  /** SHA-256 of every evidence file a live attachment refers to. */
  evidence: string[];
}

export interface OpenSnapshot {
  orm: Orm;
  facts(): SnapshotFacts;
  close(): void;
}

function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Opens a database file other than the live one (a fresh snapshot, or one taken out of a backup). Unless
 * read-only, it is turned into a rollback-journal database first, so it is complete in its one file.
 */
export function openSnapshot(file: string, options: { readonly: boolean; nativeBinding?: string }): OpenSnapshot {
  const sqlite = new Database(file, { readonly: options.readonly, fileMustExist: true, timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    if (!options.readonly) sqlite.pragma('journal_mode = DELETE');
    const orm = drizzle(sqlite, { schema });
    return {
      orm,
      facts() {
        const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
        const migrations = hasTable(sqlite, '__drizzle_migrations')
          ? (sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').all() as { created_at: number }[]).map((r) => Number(r.created_at))
          : [];
        const count = (table: string) => (hasTable(sqlite, table) ? (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0);
        const evidence = hasTable(sqlite, 'attachment')
          ? (sqlite.prepare('SELECT DISTINCT sha256 FROM attachment WHERE removed_at IS NULL ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256)
          : [];
        return {
          integrity: integrity.length === 1 ? integrity[0] : integrity.slice(0, 3).join('; '),
          migrations,
          counts: {
            plans: count('plan'), items: count('item'), persons: count('person'), users: count('user'),
            attachments: count('attachment'), auditEvents: count('audit_event'),
          },
          evidence,
        };
      },
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * True when no other connection has the database open (another window, serve mode, the CLI): an
 * exclusive lock cannot be had while any other connection holds the file, even idle in WAL mode.
 */
export function databaseIsFree(file: string, nativeBinding?: string): boolean {
  const probe = new Database(file, { fileMustExist: true, timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; COMMIT');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    probe.close();
  }
}
