// The desk as this window knows it: whether this computer has joined, and the desk's directory
// (articles, people, settings) read live from the desk's read-only document.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { create } from 'zustand';
import type { DeskConnection, DeskStatus } from '../../../shared/api/desk-contract';
import { DESK_DOC_NAME } from '../../../shared/desk/article-doc';
import {
  DESK_ARTICLES_ROOT,
  DESK_PEOPLE_ROOT,
  type DeskEntry,
  type DeskPerson,
} from '../../../shared/desk/desk-doc';
import { api } from '../../api/client';
import { closeDeskWebsocket, openDeskDocument } from './desk-socket';

interface DeskState {
  status: DeskStatus | undefined;
  connection: DeskConnection | null;
  entries: Record<string, DeskEntry>;
  people: DeskPerson[];
  /** Whether the directory is connected to the desk now. */
  online: boolean;
  load(): Promise<void>;
  join(addresses: string, code: string): Promise<void>;
  leave(): Promise<void>;
  /** Notes an entry the desk answered with, before the directory brings it. */
  put(entry: DeskEntry): void;
}

let directory: { doc: Y.Doc; provider: HocuspocusProvider } | null = null;

function closeDirectory(): void {
  directory?.provider.destroy();
  directory?.doc.destroy();
  directory = null;
}

export const useDeskStore = create<DeskState>((set, get) => {
  const openDirectory = (connection: DeskConnection) => {
    closeDirectory();
    const doc = new Y.Doc();
    const articles = doc.getMap<DeskEntry>(DESK_ARTICLES_ROOT);
    const people = doc.getMap<DeskPerson>(DESK_PEOPLE_ROOT);
    const read = () =>
      set({ entries: Object.fromEntries(articles.entries()), people: [...people.values()] });
    articles.observe(read);
    people.observe(read);
    const provider = openDeskDocument(connection, DESK_DOC_NAME, doc, {
      onSynced: () => set({ online: true }),
      onDisconnect: () => set({ online: false }),
    });
    directory = { doc, provider };
  };
  return {
    status: undefined,
    connection: null,
    entries: {},
    people: [],
    online: false,

    async load() {
      const status = await api.deskStatus({});
      const connection = status.joined ? await api.deskConnection({}) : null;
      set({ status, connection });
      if (connection) openDirectory(connection);
      else {
        closeDirectory();
        closeDeskWebsocket();
      }
    },

    async join(addresses, code) {
      await api.joinDesk({ addresses, code });
      await get().load();
    },

    async leave() {
      await api.leaveDesk({});
      set({ entries: {}, people: [], online: false });
      await get().load();
    },

    put(entry) {
      set({ entries: { ...get().entries, [entry.id]: entry } });
    },
  };
});
