import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface Store {
  orm: Orm;
  sqlite: Database.Database;
  file: string;
  /** The native module the store was opened with, for opening other database files the same way. */
  nativeBinding?: string;
  close(): void;
}

export interface OpenOptions {
  /** Folder of drizzle-kit migrations; defaults to the one shipped beside this file. */
  migrationsFolder?: string;
  /** Path of a better_sqlite3.node built for the running ABI (the desktop app passes Electron's build). */
  nativeBinding?: string;
  /**
   * Takes a backup of the database as it is, before pending migrations change it; required when an
   * existing ledger has migrations pending (the app passes its backup writer: db/ knows no file format).
   */
  beforeMigrate?: (sqlite: Database.Database) => void;
}

/** Raised when the file was written by a newer app version: opening it would risk corrupting it. */
export class NewerDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`数据文件 ${file} 由更新版本的“团委工作台账”创建，当前版本无法打开。请升级软件后再打开，数据未作任何改动。`);
    this.name = 'NewerDatabaseError';
  }
}

export const DB_FILE_NAME = 'ledger.db';

export function defaultMigrationsFolder(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/**
 * Opens (creating if needed) the ledger database in a data directory: WAL, foreign keys, busy timeout,
 * and pending migrations applied after a backup of the existing database (`beforeMigrate`).
 */
export function openStore(dataDir: string, options: OpenOptions = {}): Store {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
    const pending = pendingMigrations(sqlite, migrationsFolder, file);
    if (pending > 0 && existed) {
      if (!options.beforeMigrate) throw new Error('refusing to migrate an existing ledger without a backup (no beforeMigrate)');
      options.beforeMigrate(sqlite);
    }
    const orm = drizzle(sqlite, { schema });
    if (pending > 0) migrate(orm, { migrationsFolder });
    return { orm, sqlite, file, nativeBinding: options.nativeBinding, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** created_at of the newest migration this build ships: a database that has applied a later one is from a newer version. */
export function newestKnownMigration(migrationsFolder = defaultMigrationsFolder()): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
}

/** Counts migrations not yet applied; refuses a database that has migrations this build does not know. */
function pendingMigrations(sqlite: Database.Database, migrationsFolder: string, file: string): number {
  const known = readMigrationFiles({ migrationsFolder });
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'")
    .get();
  if (!hasTable) return known.length;
  const applied = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as { created_at: number }[];
  const newestKnown = Math.max(0, ...known.map((m) => m.folderMillis));
  if (applied.some((row) => Number(row.created_at) > newestKnown)) throw new NewerDatabaseError(file);
  const appliedAt = new Set(applied.map((row) => Number(row.created_at)));
  return known.filter((m) => !appliedAt.has(m.folderMillis)).length;
}

/** A transaction handle; queries accept either the database or a transaction. */
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];
export type Db = Orm | Tx;
