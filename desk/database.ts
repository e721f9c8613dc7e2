// Opens the desk's one SQLite file (Node's built-in node:sqlite) and brings its tables up to the
// current schema. WAL with synchronous FULL: a committed write survives a crash or power loss.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

export const DESK_FILE = 'desk.sqlite';

/** Each entry upgrades the schema by one version; applied in order, each in a transaction. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     snapshot BLOB,
     compacted_at TEXT
   );
   CREATE TABLE updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX updates_by_name ON updates (name, id);
   CREATE TABLE people (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL UNIQUE COLLATE NOCASE,
     role TEXT NOT NULL,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   );
   CREATE TABLE invites (
     code_hash TEXT PRIMARY KEY,
     person_id INTEGER NOT NULL REFERENCES people (id),
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );
   CREATE TABLE tokens (
     token_hash TEXT PRIMARY KEY,
     person_id INTEGER NOT NULL REFERENCES people (id),
     created_at TEXT NOT NULL
   );
   CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     headline TEXT NOT NULL,
     status TEXT NOT NULL,
     assignee TEXT,
     filed_by TEXT NOT NULL,
     filed_at TEXT NOT NULL,
     last_changed_by TEXT NOT NULL,
     last_changed_at TEXT NOT NULL,
     removed_by TEXT,
     removed_at TEXT
   );
   CREATE TABLE status_records (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     article_id TEXT NOT NULL REFERENCES articles (id),
     status TEXT NOT NULL,
     by TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX status_records_by_article ON status_records (article_id, id);
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  `CREATE TABLE photos (
     hash TEXT PRIMARY KEY,
     format TEXT NOT NULL,
     bytes BLOB NOT NULL,
     added_by TEXT NOT NULL,
     added_at TEXT NOT NULL
   );`,
];

export function openDeskDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(path.join(dataDir, DESK_FILE));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  // The CLI writes people while the server runs; each waits briefly for the other's lock.
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: DatabaseSync): void {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number })
    .user_version;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The desk's data was written by a newer Dateline (schema ${current}); update Dateline to open it.`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    inTransaction(db, () => {
      db.exec(MIGRATIONS[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
}

/** Runs `work` in one IMMEDIATE transaction: all of it is written, or none. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * node:sqlite still prints an "experimental" warning when first loaded; it is stable enough for
 * the desk, and the warning would only confuse whoever runs `dateline desk invite`.
 */
function loadSqlite(): typeof import('node:sqlite') {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('SQLite')) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return process.getBuiltinModule('node:sqlite');
  } finally {
    process.emitWarning = emit;
  }
}
