import type Database from 'better-sqlite3';

// A write transaction held open across turns of the event loop (a big import written in slices). Only
// safe while nothing else uses the connection: the app runs such work exclusively.

export function beginWrite(sqlite: Database.Database): void {
  sqlite.exec('BEGIN IMMEDIATE');
}

export function commitWrite(sqlite: Database.Database): void {
  sqlite.exec('COMMIT');
}

export function rollbackWrite(sqlite: Database.Database): void {
  if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
}
