// Opens where the desk keeps everything: one SQLite file in a folder (one server), or a PostgreSQL
// database shared by several servers. Either way the server gets the same three things: the
// records (people, articles, settings), the document store, and a way to notice that people were
// invited or revoked elsewhere (the command line, or another server).
import { watchOtherWriters } from './access-watch';
import { openDeskDatabase } from './database';
import type { DocumentStore, StoreEvents } from './document-store';
import { migratePostgres } from './migrations-postgres';
import { SqliteSql, type DeskSql } from './sql';
import { openPool, PostgresSql } from './sql-postgres';
import { PostgresDocumentStore } from './store-postgres';
import { SqliteDocumentStore } from './store-sqlite';

export type DeskStorage = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface DeskBackend {
  sql: DeskSql;
  store: DocumentStore;
  /** Calls `onChange` soon after people or credentials change anywhere; returns a stop. */
  watchAccess(intervalMs: number, onChange: () => void): () => void;
  close(): Promise<void>;
}

export interface BackendOptions {
  compactAfterUpdates: number;
}

export async function openDeskBackend(
  storage: DeskStorage,
  events: StoreEvents,
  options: BackendOptions,
): Promise<DeskBackend> {
  if (storage.kind === 'sqlite') {
    const db = openDeskDatabase(storage.dataDir);
    const store = new SqliteDocumentStore(db, events, options);
    const sql = new SqliteSql(db);
    return {
      sql,
      store,
      watchAccess: (intervalMs, onChange) => watchOtherWriters(db, intervalMs, onChange),
      close: async () => {
        store.close();
        await sql.close();
      },
    };
  }
  const pool = openPool(storage.url, events.problem);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw new Error(
      `Could not open the desk's PostgreSQL database (${redacted(storage.url)}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const store = new PostgresDocumentStore(pool, events, options);
  const sql = new PostgresSql(pool);
  return {
    sql,
    store,
    watchAccess: (intervalMs, onChange) => watchAccessCounter(sql, intervalMs, onChange),
    close: async () => {
      store.close();
      await sql.close();
    },
  };
}

/** Opens only the records, as the command line's `desk invite|revoke|list` needs. */
export async function openDeskRecords(storage: DeskStorage): Promise<DeskSql> {
  if (storage.kind === 'sqlite') return new SqliteSql(openDeskDatabase(storage.dataDir));
  const pool = openPool(storage.url, () => {});
  await migratePostgres(pool);
  return new PostgresSql(pool);
}

/** Every so many polls access is checked again even when the counter seems still. */
const FULL_CHECK_EVERY = 10;

/**
 * Polls the counter PostgreSQL's triggers move on every change to people or credentials, and
 * checks again every few polls whatever it says, so a change it missed still takes effect soon.
 */
function watchAccessCounter(sql: DeskSql, intervalMs: number, onChange: () => void): () => void {
  let last: string | null = null;
  let busy = false;
  let polls = 0;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    polls += 1;
    sql
      .get<{ version: string }>('SELECT version FROM access_changes')
      .then((row) => {
        const now = String(row?.version ?? '');
        if ((last !== null && now !== last) || polls % FULL_CHECK_EVERY === 0) onChange();
        last = now;
      })
      // PostgreSQL is away: look again on the next tick.
      .catch(() => {})
      .finally(() => (busy = false));
  }, intervalMs);
  return () => clearInterval(timer);
}

/** The address without its password, for messages. */
export function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an address that could not be read';
  }
}
