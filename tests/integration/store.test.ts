import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, NewerDatabaseError, openStore } from '../../db/client';
import { tempDir } from '../helpers/temp-ledger';

function copyMigrations(): string {
  const folder = path.join(tempDir('ledger-migrations-'), 'migrations');
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  return folder;
}

function addMigration(folder: string, tag: string, sql: string, when: number): void {
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  journal.entries.push({ idx: journal.entries.length, version: '6', when, tag, breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
}

describe('store', () => {
  it('creates a new database with WAL, foreign keys and every table', () => {
    const dir = tempDir();
    const store = openStore(dir);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['plan', 'section', 'item', 'target', 'person', 'item_owner', 'user', 'audit_event', 'setting'])
      expect(tables).toContain(t);
    store.close();
    // A fresh database needs no backup: there was nothing to lose.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('hands an existing database to the backup before applying a pending migration, and refuses to migrate without one', () => {
    const dir = tempDir();
    const migrationsFolder = copyMigrations();
    const first = openStore(dir, { migrationsFolder });
    first.sqlite.prepare("INSERT INTO plan (year, title) VALUES (2023, '旧计划')").run();
    first.close();

    addMigration(migrationsFolder, '0099_test_column', 'ALTER TABLE `plan` ADD `motto` text;', Date.now() + 1000);
    expect(() => openStore(dir, { migrationsFolder })).toThrow(/without a backup/);
    const seen: { title: string; columns: string[] }[] = [];
    const second = openStore(dir, {
      migrationsFolder,
      // The backup sees the database as it was: the old row, and no new column yet.
      beforeMigrate: (sqlite) =>
        seen.push({
          title: (sqlite.prepare('SELECT title FROM plan').get() as { title: string }).title,
          columns: (sqlite.prepare('PRAGMA table_info(plan)').all() as { name: string }[]).map((c) => c.name),
        }),
    });
    const columns = (second.sqlite.prepare('PRAGMA table_info(plan)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toContain('motto');
    second.close();
    expect(seen).toHaveLength(1);
    expect(seen[0].title).toBe('旧计划');
    expect(seen[0].columns).not.toContain('motto');
  });

  it('does not back up again when nothing is pending', () => {
    const dir = tempDir();
    openStore(dir).close();
    openStore(dir).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database from a newer app version and leaves it untouched', () => {
    const dir = tempDir();
    const migrationsFolder = copyMigrations();
    addMigration(migrationsFolder, '0099_future', 'CREATE TABLE `future_thing` (`id` integer);', Date.now() + 10_000);
    openStore(dir, { migrationsFolder }).close();
    const file = path.join(dir, 'ledger.db');
    const before = fs.readFileSync(file);

    expect(() => openStore(dir)).toThrow(NewerDatabaseError);
    expect(() => openStore(dir)).toThrow(/更新版本/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
