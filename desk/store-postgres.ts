// Keeps each Yjs document in PostgreSQL as a snapshot plus an append-only log of updates, like the
// SQLite store, for several desk servers sharing one database. An append resolves once PostgreSQL
// has committed it; a document's log is merged into its snapshot once it grows past a threshold,
// under a per-document lock so two servers never compact the same document at once.
import type pg from 'pg';
import * as Y from 'yjs';
import type { DocumentStore, StoreEvents } from './document-store';
import { applyStored } from './store-sqlite';

export interface PostgresStoreOptions {
  compactAfterUpdates: number;
}

interface Pending {
  name: string;
  update: Uint8Array;
  resolve(): void;
  reject(error: Error): void;
}

export class PostgresDocumentStore implements DocumentStore {
  private readonly sizes = new Map<string, { updates: number; bytes: number }>();
  private readonly compactionDue = new Set<string>();
  private queue: Pending[] = [];
  compactions = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly events: StoreEvents,
    private readonly options: PostgresStoreOptions = { compactAfterUpdates: 200 },
  ) {}

  async load(name: string): Promise<Uint8Array[]> {
    const { snapshot, log } = await read(this.pool, name);
    const parts = snapshot ? [snapshot, ...log.map((row) => row.data)] : log.map((row) => row.data);
    this.sizes.set(name, {
      updates: log.length,
      bytes: parts.reduce((sum, part) => sum + part.byteLength, 0),
    });
    if (log.length >= this.options.compactAfterUpdates) this.scheduleCompaction(name);
    return parts;
  }

  /** Updates arriving in the same turn of the event loop share one INSERT and one commit. */
  append(name: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, update, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => void this.commitQueue());
    });
  }

  private async commitQueue(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      await this.pool.query(
        'INSERT INTO updates (name, data) SELECT * FROM unnest($1::text[], $2::bytea[])',
        [batch.map((item) => item.name), batch.map((item) => Buffer.from(item.update))],
      );
    } catch (error) {
      batch.forEach((item) => item.reject(error as Error));
      return;
    }
    for (const { name, update, resolve } of batch) {
      const sizes = this.sizes.get(name) ?? { updates: 0, bytes: 0 };
      sizes.updates += 1;
      sizes.bytes += update.byteLength;
      this.sizes.set(name, sizes);
      if (sizes.updates >= this.options.compactAfterUpdates) this.scheduleCompaction(name);
      resolve();
    }
  }

  storedBytes(name: string): number {
    return this.sizes.get(name)?.bytes ?? 0;
  }

  /**
   * Merges the snapshot and the logged updates into one new snapshot and deletes exactly the
   * updates it merged (never "everything up to an id": another server may commit a lower id a
   * moment later). Built from the stored rows, not the document in memory.
   */
  async compact(name: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
      const { snapshot, log } = await read(client, name);
      if (log.length > 0) {
        const doc = new Y.Doc();
        try {
          for (const part of snapshot
            ? [snapshot, ...log.map((r) => r.data)]
            : log.map((r) => r.data)) {
            applyStored(doc, part, name, this.events);
          }
          const merged = Y.encodeStateAsUpdate(doc);
          await client.query(
            `INSERT INTO documents (name, snapshot, compacted_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot,
               compacted_at = excluded.compacted_at`,
            [name, Buffer.from(merged), new Date().toISOString()],
          );
          await client.query('DELETE FROM updates WHERE id = ANY($1::bigint[])', [
            log.map((row) => row.id),
          ]);
          this.sizes.set(name, { updates: 0, bytes: merged.byteLength });
          this.compactions += 1;
        } finally {
          doc.destroy();
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  close(): void {
    this.compactionDue.clear();
  }

  private scheduleCompaction(name: string): void {
    if (this.compactionDue.has(name)) return;
    this.compactionDue.add(name);
    setTimeout(() => {
      if (!this.compactionDue.has(name)) return;
      this.compact(name)
        .catch((error: Error) => this.events.problem(`Could not compact ${name}: ${error.message}`))
        .finally(() => this.compactionDue.delete(name));
    }, 0);
  }
}

/** Snapshot and log in one statement, so both come from the same moment of the database. */
async function read(
  db: Pick<pg.Pool, 'query'>,
  name: string,
): Promise<{ snapshot: Uint8Array | null; log: { id: string; data: Uint8Array }[] }> {
  const { rows } = await db.query<{ id: string | null; data: Buffer }>(
    `SELECT NULL::bigint AS id, snapshot AS data FROM documents
       WHERE name = $1 AND snapshot IS NOT NULL
     UNION ALL
     SELECT id, data FROM updates WHERE name = $1
     ORDER BY id NULLS FIRST`,
    [name],
  );
  const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  const first = rows[0];
  return {
    snapshot: first && first.id === null ? bytes(first.data) : null,
    log: rows
      .filter((row) => row.id !== null)
      .map((row) => ({ id: row.id!, data: bytes(row.data) })),
  };
}
