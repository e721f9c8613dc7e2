// Wraps a document store to count what /health reports: changes stored since the server started,
// and whether the last attempt to store one failed (storage unreachable).
import type { DocumentStore } from './document-store';

export interface CountingStore extends DocumentStore {
  stored(): number;
  failing(): boolean;
}

export function countingStore(inner: DocumentStore): CountingStore {
  let stored = 0;
  let failing = false;
  return {
    load: (name) => inner.load(name),
    async append(name, update) {
      try {
        await inner.append(name, update);
      } catch (error) {
        failing = true;
        throw error;
      }
      failing = false;
      stored += 1;
    },
    storedBytes: (name) => inner.storedBytes(name),
    close: () => inner.close(),
    stored: () => stored,
    failing: () => failing,
  };
}
