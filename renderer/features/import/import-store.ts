// The import in progress and the report of the last one. It lives outside any screen so the
// report stays up when the new article opens.
import { create } from 'zustand';
import type { ImportOutcome } from '../../../shared/api/contract';
import { api, ApiError, messageOf } from '../../api/client';
import { message, type Message } from '../../i18n/message';
import { useAppStore } from '../../store';
import { bytesToBase64 } from './base64';

/** The contract takes 30 MB of base64, which is 22.5 MB of file. */
const MAX_FILE_BYTES = 22_000_000;

/** The file is over what the contract carries; worded from the catalogs when shown. */
class TooLarge extends Error {}

export interface ShownReport extends ImportOutcome {
  file: string;
}

/** A file whose story is in the library already, waiting for the writer to choose. */
export interface AlreadyThere {
  file: File;
  articleId: string;
  headline: string;
}

interface ImportState {
  /** The desktop menu asked to import; the file picker waits for a click in the page. */
  choosing: boolean;
  /** The name of the file being imported. */
  importing: string | undefined;
  shown: ShownReport | undefined;
  alreadyThere: AlreadyThere | undefined;
  ask(): void;
  /** Imports `file`; `copy` when the writer chose to import a story already there as a copy. */
  importFile(file: File, ifAlreadyThere?: 'ask' | 'copy'): Promise<void>;
  /** Opens the article the file is already in. */
  openExisting(): Promise<void>;
  close(): void;
}

export const useImportStore = create<ImportState>((set, get) => ({
  choosing: false,
  importing: undefined,
  shown: undefined,
  alreadyThere: undefined,

  ask() {
    set({ choosing: true });
  },

  async importFile(file, ifAlreadyThere = 'ask') {
    if (get().importing) return;
    set({ choosing: false, importing: file.name, shown: undefined, alreadyThere: undefined });
    const app = useAppStore.getState();
    try {
      if (file.size > MAX_FILE_BYTES) {
        throw new TooLarge();
      }
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const outcome = await api.importFile({ name: file.name, data, ifAlreadyThere });
      await app.refresh();
      set({ shown: { file: file.name, ...outcome } });
      await app.navigate({ name: 'editor', id: outcome.article.id });
    } catch (error) {
      if (error instanceof ApiError && error.reason === 'import-duplicate') {
        const { id, headline } = error.values ?? {};
        set({ alreadyThere: { file, articleId: String(id), headline: String(headline ?? '') } });
        return;
      }
      const reason: Message | string =
        error instanceof TooLarge ? message('import.tooLarge') : messageOf(error);
      app.notify({ tone: 'error', message: message('import.failed', { file: file.name, reason }) });
    } finally {
      set({ importing: undefined });
    }
  },

  async openExisting() {
    const existing = get().alreadyThere;
    set({ alreadyThere: undefined });
    if (existing) await useAppStore.getState().navigate({ name: 'editor', id: existing.articleId });
  },

  close() {
    set({ choosing: false, shown: undefined, alreadyThere: undefined });
  },
}));
