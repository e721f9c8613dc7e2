// The desk's Hocuspocus hooks: who may open which document, how documents load, and the rule
// that makes "on the desk" true: a client's update is judged and written to storage in
// beforeHandleMessage, which Hocuspocus awaits before it applies the update and answers with the
// SyncStatus the provider counts as synced.
import type { Extension, Document, TransactionOrigin } from '@hocuspocus/server';
import type { DatabaseSync } from 'node:sqlite';
import { articleIdOf, DESK_DOC_NAME } from '../shared/desk/article-doc';
import type { DeskArticles } from './articles';
import type { DocumentStore, StoreEvents } from './document-store';
import type { DeskLimits } from './limits';
import { readFrame } from './messages';
import { hashSecret, memberForToken, type Member } from './people';
import { CLOSE, type DeskContextBase } from './sockets';
import { applyStored } from './store-sqlite';
import { judgeUpdate } from './update-policy';

export interface DeskContext extends DeskContextBase {
  member: Member;
  tokenHash: string;
}

export interface HookDeps {
  db: DatabaseSync;
  store: DocumentStore;
  articles: DeskArticles;
  limits: DeskLimits;
  events: StoreEvents;
  /** A person changed a document; the directory notes who and when. */
  changed(docName: string, person: string): void;
}

/** Hocuspocus sends `reason` to the client that was refused. */
const refusal = (reason: string) => Object.assign(new Error(reason), { reason });

function connectionOf(origin: unknown): { context: DeskContext } | null {
  const o = origin as TransactionOrigin | null;
  return o && typeof o === 'object' && o.source === 'connection'
    ? (o.connection as unknown as { context: DeskContext })
    : null;
}

export function deskHooks(deps: HookDeps): Extension {
  const { db, store, articles, limits, events } = deps;
  return {
    extensionName: 'Dateline desk',

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const member = memberForToken(db, token);
      if (!member) {
        events.problem(`Refused a connection to ${documentName}: unknown or revoked credential.`);
        throw refusal('Your desk credential is not known or was revoked; join the desk again.');
      }
      if (documentName === DESK_DOC_NAME) {
        connectionConfig.readOnly = true;
      } else {
        const id = articleIdOf(documentName);
        if (!id || !articles.find(id)) throw refusal('This article is not on the desk.');
      }
      return { member, tokenHash: hashSecret(token) };
    },

    async onLoadDocument({ document, documentName }) {
      for (const part of await store.load(documentName)) {
        applyStored(document, part, documentName, events);
      }
    },

    async afterLoadDocument({ document, documentName }) {
      document.on('update', (update: Uint8Array, origin: unknown) => {
        const connection = connectionOf(origin);
        // A client's update was stored before it was applied; the server's own are stored here.
        if (connection) {
          deps.changed(documentName, connection.context.member.name);
          return;
        }
        store.append(documentName, update).catch((error: Error) => {
          events.problem(`Could not store a change to ${documentName}: ${error.message}`);
        });
      });
    },

    async beforeHandleMessage({ update: raw, document, documentName, context }) {
      const ctx = context as DeskContext;
      const frame = readFrame(raw);
      if (!frame.update) return;
      const verdict = judgeUpdate({
        docName: documentName,
        update: frame.update,
        doc: document as Document,
        storedBytes: store.storedBytes(documentName),
        maxDocumentBytes: limits.maxDocumentBytes,
      });
      if (!verdict.take) {
        ctx.socket.close(
          verdict.code === 'too-large'
            ? CLOSE.tooLarge
            : verdict.code === 'invalid'
              ? CLOSE.garbage
              : CLOSE.refused,
          `Refused a change to ${documentName} from ${ctx.member.name}: ${verdict.reason}`,
        );
        throw refusal(verdict.reason);
      }
      if (verdict.empty) return;
      await store.append(documentName, frame.update);
    },
  };
}
