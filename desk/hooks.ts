// The desk's Hocuspocus hooks: who may open which document, how documents load, and the rule
// that makes "on the desk" true: a client's update is judged and written to storage in
// beforeHandleMessage, which Hocuspocus awaits before it applies the update and answers with the
// SyncStatus the provider counts as synced.
import type { Extension, Document, TransactionOrigin } from '@hocuspocus/server';
import { articleIdOf, DESK_DOC_NAME } from '../shared/desk/article-doc';
import type { DeskArticles } from './articles';
import type { DocumentStore, StoreEvents } from './document-store';
import type { DeskLimits } from './limits';
import { readFrame } from './messages';
import { hashSecret, memberForToken, memberForTokenHash, type Member } from './people';
import { CLOSE, type DeskContextBase } from './sockets';
import type { DeskSql } from './sql';
import { applyStored } from './store-sqlite';
import { judgeUpdate } from './update-policy';

export interface DeskContext extends DeskContextBase {
  member: Member;
  tokenHash: string;
}

export interface HookDeps {
  db: DeskSql;
  store: DocumentStore;
  articles: DeskArticles;
  limits: DeskLimits;
  events: StoreEvents;
  /** A person changed a document; the directory notes who and when. */
  changed(docName: string, person: string): void;
}

/** Hocuspocus sends `reason` to the client that was refused. */
const refusal = (reason: string) => Object.assign(new Error(reason), { reason });

/** Updates another desk server already stored (they arrive through Redis) or read back from storage. */
export const STORED_ORIGIN = { source: 'redis' } as const;
const storedElsewhere = (origin: unknown) =>
  origin === STORED_ORIGIN ||
  (typeof origin === 'object' &&
    origin !== null &&
    (origin as TransactionOrigin).source === 'redis');

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

    async onAuthenticate({ token, documentName, connectionConfig, context }) {
      const ctx = context as DeskContext;
      const member = await storage(ctx, `check who opens ${documentName}`, () =>
        memberForToken(db, token),
      );
      if (!member) {
        events.problem(`Refused a connection to ${documentName}: unknown or revoked credential.`);
        throw refusal('Your desk credential is not known or was revoked; join the desk again.');
      }
      if (documentName === DESK_DOC_NAME) {
        connectionConfig.readOnly = true;
      } else {
        const id = articleIdOf(documentName);
        const entry = id
          ? await storage(ctx, `find ${documentName}`, () => articles.find(id))
          : null;
        if (!entry) throw refusal('This article is not on the desk.');
      }
      return { member, tokenHash: hashSecret(token) };
    },

    // A revocation committed while this connection was being set up may have been checked
    // before the connection joined its document; checking once more now closes that gap.
    async connected({ context }) {
      const ctx = context as DeskContext;
      const member = await memberForTokenHash(db, ctx.tokenHash).catch(() => ctx.member);
      if (!member) ctx.socket.close(CLOSE.revoked);
    },

    async onLoadDocument({ document, documentName, context }) {
      const parts = await storage(context as DeskContext, `load ${documentName}`, () =>
        store.load(documentName),
      );
      for (const part of parts) {
        applyStored(document, part, documentName, events);
      }
    },

    async afterLoadDocument({ document, documentName }) {
      document.on('update', (update: Uint8Array, origin: unknown) => {
        const connection = connectionOf(origin);
        // A client's update was stored before it was applied, and one from another desk server
        // was stored by that server; the server's own are stored here.
        if (connection) {
          deps.changed(documentName, connection.context.member.name);
          return;
        }
        if (storedElsewhere(origin)) return;
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
      await storage(ctx, `store a change to ${documentName}`, () =>
        store.append(documentName, frame.update!),
      );
    },
  };

  /**
   * Runs a storage step for a client. When storage fails (PostgreSQL restarting), nothing is
   * acknowledged: the client's socket is closed, so it keeps its changes and sends them again
   * once it has reconnected.
   */
  async function storage<T>(ctx: DeskContext | undefined, what: string, work: () => Promise<T>) {
    try {
      return await work();
    } catch (error) {
      events.problem(`Could not ${what}: ${(error as Error).message}`);
      ctx?.socket?.close(CLOSE.unavailable);
      throw refusal(CLOSE.unavailable.reason);
    }
  }
}
