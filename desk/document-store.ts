// What the desk server needs from a place that keeps Yjs documents. The embedded SQLite store
// implements it; a PostgreSQL store for several servers implements the same promises.
export interface DocumentStore {
  /** The document's stored state: its snapshot (if any) then its logged updates, oldest first. */
  load(name: string): Promise<Uint8Array[]>;
  /** Resolves once the update is durable; only then may the server acknowledge it. */
  append(name: string, update: Uint8Array): Promise<void>;
  /** About how many bytes the document takes in storage, for the size cap. */
  storedBytes(name: string): number;
  close(): void;
}

export interface StoreEvents {
  /** A stored update that could not be read back; the rest of the document still loads. */
  problem(message: string): void;
}
