import type Database from 'better-sqlite3';
import type { Db } from './client';

// Prepared statements kept per connection: drizzle prepares every query it runs afresh, which for the
// hot read paths costs more than running them. A statement here is prepared once per database and text.

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The better-sqlite3 connection behind a drizzle database or transaction. */
export function connectionOf(db: Db): Database.Database {
  const handle = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } };
  const client = handle.$client ?? handle.session?.client;
  if (!client) throw new Error('no better-sqlite3 connection behind this database handle');
  return client;
}

/** The prepared statement for `text` on this database, prepared on first use. */
export function cachedStatement(db: Db, text: string): Database.Statement {
  const client = connectionOf(db);
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = client.prepare(text)));
  return stmt;
}

const queries = new WeakMap<Database.Database, Map<string, unknown>>();

/**
 * A drizzle query built and prepared once per connection (with `sql.placeholder` for its values), for
 * the calls every write makes: drizzle otherwise rebuilds and re-prepares the query on each call.
 * `build` receives the database or transaction of the first call; a prepared query runs on the same
 * connection inside any later transaction.
 */
export function cachedQuery<Q>(db: Db, key: string, build: (db: Db) => Q): Q {
  const client = connectionOf(db);
  let cache = queries.get(client);
  if (!cache) queries.set(client, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, build(db));
  return cache.get(key) as Q;
}
