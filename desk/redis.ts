// Several desk servers share live changes through Hocuspocus' Redis extension. When Redis comes
// back after an outage, messages published meanwhile are gone, so every open document reads
// back what the other servers stored (PostgreSQL has every acknowledged change) and its clients
// catch up from there.
import { Redis } from '@hocuspocus/extension-redis';
import type { Hocuspocus } from '@hocuspocus/server';
import IORedis from 'ioredis';
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';
import { STORED_ORIGIN } from './hooks';

export interface DeskRedis {
  extension: Redis;
  state(): 'connected' | 'unreachable';
  /** Called once the Hocuspocus instance exists, to catch documents up after an outage. */
  attach(hocuspocus: Hocuspocus, store: DocumentStore): void;
}

export function deskRedis(url: string, problem: (message: string) => void): DeskRedis {
  const clients: IORedis[] = [];
  let wasDown = false;
  let lastComplaint = 0;
  let catchUp: () => void = () => {};
  const extension = new Redis({
    prefix: 'dateline-desk',
    createClient: () => {
      const client = new IORedis(url, {
        // Wait for Redis through an outage rather than fail loading documents after a few tries.
        maxRetriesPerRequest: null,
        retryStrategy: (times) => Math.min(100 * times, 1_000),
      });
      client.on('error', (error: Error) => {
        // A refused connection repeats every retry; one line every few seconds is enough.
        if (Date.now() - lastComplaint < 5_000) return;
        lastComplaint = Date.now();
        problem(`Redis is unreachable (${error.message}); live changes wait for it.`);
      });
      client.on('close', () => (wasDown = true));
      client.on('ready', () => {
        if (wasDown && clients.every((c) => c.status === 'ready')) {
          wasDown = false;
          catchUp();
          // Once more after the subscriptions are surely back: a change another server stored
          // between the first read and our re-subscription is not missed.
          setTimeout(catchUp, 1_000);
        }
      });
      clients.push(client);
      return client;
    },
  });
  return {
    extension,
    state: () => (clients.every((c) => c.status === 'ready') ? 'connected' : 'unreachable'),
    attach(hocuspocus, store) {
      catchUp = () => {
        for (const [name, document] of hocuspocus.documents) {
          store.load(name).then(
            (parts) => {
              const update = Y.mergeUpdates(parts);
              Y.applyUpdate(document, update, STORED_ORIGIN);
            },
            (error: Error) =>
              problem(`Could not catch ${name} up after Redis came back: ${error.message}`),
          );
        }
      };
    },
  };
}
