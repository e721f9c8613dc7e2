// The desk's records (people, invites, credentials, articles, settings) speak SQL through this
// small interface, so the same code runs on the embedded SQLite file and on PostgreSQL. Queries
// use `?` placeholders and SQL both databases read the same way.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

/** A photo's bytes travel as Uint8Array (a BLOB in SQLite, bytea in PostgreSQL). */
export type SqlValue = string | number | null | Uint8Array;

export interface DeskSql {
  readonly kind: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: DeskSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * SQLite through node:sqlite. Every call completes synchronously under its promise, so a
 * transaction that awaits only these calls finishes within one turn of the event loop and never
 * overlaps the document store's own transactions on the same connection. Transactions are
 * queued one after another across the whole process: two connections to the same file must not
 * interleave, or one would wait synchronously for a lock the other can never release.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve();

export class SqliteSql implements DeskSql {
  readonly kind = 'sqlite';

  constructor(
    readonly db: DatabaseSync,
    private readonly inTransaction = false,
  ) {}

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    await this.turn();
    return this.db.prepare(sql).all(...(params as SQLInputValue[])) as T[];
  }

  async get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    await this.turn();
    return this.db.prepare(sql).get(...(params as SQLInputValue[])) as T | undefined;
  }

  async run(sql: string, params: SqlValue[] = []): Promise<number> {
    await this.turn();
    return Number(this.db.prepare(sql).run(...(params as SQLInputValue[])).changes);
  }

  transaction<T>(work: (tx: DeskSql) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    const result = sqliteQueue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(new SqliteSql(this.db, true));
        this.db.exec('COMMIT');
        return value;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    });
    sqliteQueue = result.catch(() => {});
    return result;
  }

  async close(): Promise<void> {
    await sqliteQueue;
    if (this.db.isOpen) this.db.close();
  }

  private turn(): Promise<unknown> | undefined {
    return this.inTransaction ? undefined : sqliteQueue;
  }
}
