// The desk's records on PostgreSQL: the `?` placeholders the records are written with become
// PostgreSQL's `$1, $2, …`, and a transaction holds one pooled connection from BEGIN to COMMIT.
import pg from 'pg';
import type { DeskSql, SqlValue } from './sql';

/** `?` outside quotes becomes `$n`; the records never put a `?` inside a string literal. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export class PostgresSql implements DeskSql {
  readonly kind = 'postgres';

  constructor(
    readonly pool: pg.Pool,
    private readonly client: Queryable = pool,
    private readonly inTransaction = false,
  ) {}

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query(numberPlaceholders(sql), params);
    return result.rows as T[];
  }

  async get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: SqlValue[] = []): Promise<number> {
    const result = await this.client.query(numberPlaceholders(sql), params);
    return result.rowCount ?? 0;
  }

  async transaction<T>(work: (tx: DeskSql) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await work(new PostgresSql(this.pool, client, true));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (!this.inTransaction) await this.pool.end();
  }
}

/**
 * A pool that survives PostgreSQL going away: a broken idle connection is reported, not thrown,
 * and the next query opens a fresh one.
 */
export function openPool(url: string, onError: (message: string) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => onError(`The connection to PostgreSQL failed: ${error.message}`));
  return pool;
}
