// Keeps each Yjs document in the desk's SQLite file as a snapshot plus an append-only log of
// updates. An append is committed (WAL, synchronous FULL) before it returns; once a document's
// log passes a threshold, the log is merged into the snapshot in one transaction.
import type { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { inTransaction } from './database';
import type { DocumentStore, StoreEvents } from './document-store';

export interface SqliteStoreOptions {
  /** Merge the log into the snapshot once it holds this many updates. */
  compactAfterUpdates: number;
}

interface Sizes {
  updates: number;
  bytes: number;
}

export class SqliteDocumentStore implements DocumentStore {
  private readonly sizes = new Map<string, Sizes>();
  private readonly compactionDue = new Set<string>();
  private readonly statements;
  private queue: {
    name: string;
    update: Uint8Array;
    resolve(): void;
    reject(error: Error): void;
  }[] = [];
  compactions = 0;
  commits = 0;

  constructor(
    private readonly db: DatabaseSync,
    private readonly events: StoreEvents,
    private readonly options: SqliteStoreOptions = { compactAfterUpdates: 200 },
  ) {
    this.statements = {
      snapshot: db.prepare('SELECT snapshot FROM documents WHERE name = ?'),
      log: db.prepare('SELECT id, data FROM updates WHERE name = ? ORDER BY id'),
      append: db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)'),
      saveSnapshot: db.prepare(
        `INSERT INTO documents (name, snapshot, compacted_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot,
           compacted_at = excluded.compacted_at`,
      ),
      dropLog: db.prepare('DELETE FROM updates WHERE name = ? AND id <= ?'),
    };
  }

  async load(name: string): Promise<Uint8Array[]> {
    const { snapshot, log } = this.read(name);
    const parts = snapshot ? [snapshot, ...log.map((row) => row.data)] : log.map((row) => row.data);
    this.sizes.set(name, {
      updates: log.length,
      bytes: parts.reduce((sum, part) => sum + part.byteLength, 0),
    });
    if (log.length >= this.options.compactAfterUpdates) this.scheduleCompaction(name);
    return parts;
  }

  /**
   * Resolves once the update is committed. Updates arriving in the same turn of the event loop
   * (many clients typing) share one transaction and so one sync to disk.
   */
  append(name: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, update, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => this.commitQueue());
    });
  }

  private commitQueue(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      inTransaction(this.db, () => {
        for (const { name, update } of batch) this.statements.append.run(name, update);
      });
    } catch (error) {
      batch.forEach((item) => item.reject(error as Error));
      return;
    }
    this.commits += 1;
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
   * Merges the snapshot and every logged update into one new snapshot and drops those updates,
   * in one transaction: a crash leaves either the old rows or the new snapshot. Built from the
   * stored rows, not from the document in memory, so an update logged but not yet applied in
   * memory is never dropped.
   */
  compact(name: string): void {
    inTransaction(this.db, () => {
      const { snapshot, log } = this.read(name);
      if (log.length === 0) return;
      const doc = new Y.Doc();
      try {
        for (const part of snapshot
          ? [snapshot, ...log.map((row) => row.data)]
          : log.map((r) => r.data)) {
          applyStored(doc, part, name, this.events);
        }
        const merged = Y.encodeStateAsUpdate(doc);
        this.statements.saveSnapshot.run(name, merged, new Date().toISOString());
        this.statements.dropLog.run(name, log.at(-1)!.id);
        this.sizes.set(name, { updates: 0, bytes: merged.byteLength });
        this.compactions += 1;
      } finally {
        doc.destroy();
      }
    });
  }

  close(): void {
    this.compactionDue.clear();
    this.db.close();
  }

  private read(name: string): {
    snapshot: Uint8Array | null;
    log: { id: number; data: Uint8Array }[];
  } {
    const row = this.statements.snapshot.get(name) as { snapshot: Uint8Array | null } | undefined;
    const log = this.statements.log.all(name) as { id: number; data: Uint8Array }[];
    return { snapshot: row?.snapshot ?? null, log };
  }

  /** Off the acknowledgement path: the update that crossed the threshold is answered first. */
  private scheduleCompaction(name: string): void {
    if (this.compactionDue.has(name)) return;
    this.compactionDue.add(name);
    setTimeout(() => {
      if (!this.compactionDue.delete(name)) return;
      try {
        this.compact(name);
      } catch (error) {
        this.events.problem(`Could not compact ${name}: ${(error as Error).message}`);
      }
    }, 0);
  }
}

/** Applies one stored part; a damaged one is reported and skipped so the rest still loads. */
export function applyStored(doc: Y.Doc, part: Uint8Array, name: string, events: StoreEvents): void {
  try {
    Y.applyUpdate(doc, part);
  } catch (error) {
    events.problem(`A stored change of ${name} could not be read: ${(error as Error).message}`);
  }
}
