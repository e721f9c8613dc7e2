// Opens a desk article for editing: its Yjs document loaded from this computer's copy, then
// joined to the desk through a provider; seeds it from the local article when it was just filed;
// keeps the local copies current; and says whether every change is on the desk.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { Article } from '../../../shared/article';
import type { DeskConnection } from '../../../shared/api/desk-contract';
import { articleDocName } from '../../../shared/desk/article-doc';
import { AckTracker } from '../../../shared/desk/client-ack';
import { isArticleDocEmpty, seedArticleDoc } from '../../../shared/desk/client-article';
import { articleSchema } from '../../../shared/schema/extensions';
import { api } from '../../api/client';
import { setActiveDocument } from '../../store';
import { DeskArticleCopy, fromBase64 } from './desk-article-copy';
import { colourIndexOf, type DeskPresence } from './desk-people';
import { deskWebsocket, openDeskDocument } from './desk-socket';
import { useDeskStore } from './desk-store';

export type DeskSync = 'opening' | 'stored' | 'sending' | 'offline' | 'unavailable';

export interface DeskArticleSession {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  me: DeskPresence;
  /** This computer's copies of the article, kept current from the document. */
  copy: DeskArticleCopy;
}

const LOCAL_STATE = Symbol('local copy');
/** How long an article never opened here waits for the desk before saying it cannot open. */
const FIRST_OPEN_WAIT_MS = 8_000;

export function useDeskArticle(article: Article, connection: DeskConnection) {
  const [session, setSession] = useState<DeskArticleSession>();
  const [sync, setSync] = useState<DeskSync>('opening');
  const [people, setPeople] = useState<DeskPresence[]>([]);
  const [copyError, setCopyError] = useState('');

  useEffect(() => {
    const doc = new Y.Doc();
    const name = articleDocName(article.id);
    let provider: HocuspocusProvider | undefined;
    const tracker = new AckTracker(name, doc, (origin) => origin === provider);
    const status = () => useDeskStore.getState().entries[article.id]?.status ?? article.status;
    const copy = new DeskArticleCopy(doc, article, status, setCopyError);
    const me: DeskPresence = { name: connection.name, colour: colourIndexOf(connection.name) };
    let ready = false;
    let closed = false;
    const socket = deskWebsocket(connection);

    const refresh = () => {
      if (!provider || closed) return;
      if (!ready) return;
      const connected = socket.status === 'connected' && provider.isAuthenticated;
      setSync(
        !connected || !provider.isSynced ? 'offline' : tracker.allStored() ? 'stored' : 'sending',
      );
    };
    const becomeReady = () => {
      if (ready || closed) return;
      ready = true;
      setSession({ doc, provider: provider!, me, copy });
      refresh();
    };

    const onSent = (frame: Uint8Array) => tracker.sent(frame);
    const onClose = () => {
      tracker.closed();
      refresh();
    };
    const onStatus = () => refresh();
    let waitTimer: ReturnType<typeof setTimeout> | undefined;

    void (async () => {
      const state = await api.readDeskState({ id: article.id }).catch(() => null);
      if (closed) return;
      if (state) Y.applyUpdate(doc, fromBase64(state), LOCAL_STATE);
      doc.on('update', () => {
        copy.changed();
        refresh();
      });
      tracker.onChange(refresh);
      socket.transmitted.add(onSent);
      socket.on('close', onClose);
      socket.on('status', onStatus);
      provider = openDeskDocument(connection, name, doc, {
        onMessage: ({ event }: { event: MessageEvent }) => {
          const data = event.data as ArrayBuffer | Uint8Array;
          tracker.received(data instanceof Uint8Array ? data : new Uint8Array(data));
        },
        onSynced: () => {
          const entry = useDeskStore.getState().entries[article.id];
          if (!ready && isArticleDocEmpty(doc) && (!entry || entry.filedBy === connection.name)) {
            seedArticleDoc(doc, article, articleSchema());
          }
          becomeReady();
          refresh();
        },
        onAuthenticationFailed: () => setSync('unavailable'),
      } as never);
      provider.awareness?.setLocalStateField('user', { name: me.name, colour: me.colour });
      const awareness = provider.awareness;
      awareness?.on('change', () => {
        const others = [...awareness.getStates().entries()]
          .filter(([client]) => client !== doc.clientID)
          .map(([, value]) => (value as { user?: DeskPresence }).user)
          .filter((user): user is DeskPresence => Boolean(user?.name));
        setPeople(others);
      });
      if (state) becomeReady();
      else {
        waitTimer = setTimeout(() => {
          if (!ready && !closed) setSync('unavailable');
        }, FIRST_OPEN_WAIT_MS);
      }
    })();

    setActiveDocument({
      flush: () => copy.flush(),
      unsavedReason: () => copy.lastError,
    });
    return () => {
      closed = true;
      clearTimeout(waitTimer);
      setActiveDocument(undefined);
      socket.transmitted.delete(onSent);
      socket.off('close', onClose);
      socket.off('status', onStatus);
      void copy.flush().finally(() => {
        provider?.destroy();
        doc.destroy();
      });
    };
    // The article and connection are fixed for the editor's life; it remounts for another.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, connection.token]);

  return { session, sync, people, copyError };
}
