// App state: which screen is open, the library listing, and notices the user should see.
import { create } from 'zustand';
import type { AppInfo, LibraryProblem } from '../shared/api/contract';
import { compareByLastChange, summarize, type ArticleSummary } from '../shared/article';
import { api, messageOf } from './api/client';

export type View =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'ticker' }
  | { name: 'settings' }
  | { name: 'editor'; id: string };

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  action?: { label: string; run: () => void };
}

export type EditorPanel = 'export' | 'history';
const EDITOR_PANEL_ACTIONS: Record<EditorPanel, string> = {
  export: 'export it',
  history: 'see its earlier versions',
};

interface AppState {
  view: View;
  info: AppInfo | undefined;
  articles: ArticleSummary[];
  problems: LibraryProblem[];
  loaded: boolean;
  notices: Notice[];
  /** Set by File > Export… and File > Version History; the open editor shows that panel. */
  editorRequest: { panel: EditorPanel; serial: number } | undefined;
  init(): Promise<void>;
  refresh(): Promise<void>;
  /** Saves the open document first; leaves it unsaved only when `leaveUnsaved` says so. */
  navigate(view: View, leaveUnsaved?: boolean): Promise<void>;
  newArticle(leaveUnsaved?: boolean): Promise<void>;
  upsert(summary: ArticleSummary): void;
  notify(notice: Omit<Notice, 'id'>): void;
  /** Asks the open editor to show a panel, or says to open an article first. */
  openInEditor(panel: EditorPanel): void;
  dismiss(id: number): void;
}

/**
 * The open document (an article or the ticker) registers how to save its last edit and say why it
 * could not; navigation waits for it.
 */
export interface ActiveDocument {
  /** Resolves true once everything is on disk. */
  flush: () => Promise<boolean>;
  unsavedReason: () => string;
}
let activeDocument: ActiveDocument | undefined;
export function setActiveDocument(document: ActiveDocument | undefined): void {
  activeDocument = document;
}
/** Saves the open document; true when nothing is left unsaved (or nothing is open). */
export async function flushActiveDocument(): Promise<boolean> {
  return (await activeDocument?.flush()) ?? true;
}

let nextNoticeId = 1;

/**
 * Saves the open document before it is closed; when that fails, keeps it open and says why, with
 * a way to leave anyway.
 */
async function savedOrWarned(leave: () => Promise<void>, leaveUnsaved: boolean): Promise<boolean> {
  if (leaveUnsaved || (await flushActiveDocument())) return true;
  useAppStore.getState().notify({
    tone: 'error',
    text: `Your latest changes are not saved yet: ${activeDocument?.unsavedReason() ?? ''} They are still on screen; leaving now would lose them.`,
    action: { label: 'Leave without them', run: () => void leave() },
  });
  return false;
}

export const useAppStore = create<AppState>((set, get) => ({
  view: { name: 'library' },
  info: undefined,
  articles: [],
  problems: [],
  loaded: false,
  notices: [],
  editorRequest: undefined,

  async init() {
    try {
      const info = await api.getAppInfo({});
      set({ info });
      for (const text of info.notices) get().notify({ tone: 'warning', text });
    } catch (error) {
      get().notify({ tone: 'error', text: messageOf(error) });
    }
    await get().refresh();
  },

  async refresh() {
    try {
      const listing = await api.listArticles({});
      set({ articles: listing.articles, problems: listing.problems, loaded: true });
    } catch (error) {
      set({ loaded: true });
      get().notify({ tone: 'error', text: `Could not read the library: ${messageOf(error)}` });
    }
  },

  async navigate(view, leaveUnsaved = false) {
    if (!(await savedOrWarned(() => get().navigate(view, true), leaveUnsaved))) return;
    set({ view });
    if (view.name === 'library') await get().refresh();
  },

  async newArticle(leaveUnsaved = false) {
    if (!(await savedOrWarned(() => get().newArticle(true), leaveUnsaved))) return;
    try {
      const article = await api.createArticle({});
      get().upsert(summarize(article, 0));
      set({ view: { name: 'editor', id: article.id } });
    } catch (error) {
      get().notify({ tone: 'error', text: `Could not create an article: ${messageOf(error)}` });
    }
  },

  upsert(summary) {
    const others = get().articles.filter((article) => article.id !== summary.id);
    set({ articles: [summary, ...others].sort(compareByLastChange) });
  },

  notify(notice) {
    set({ notices: [...get().notices, { ...notice, id: nextNoticeId++ }] });
  },

  openInEditor(panel) {
    if (get().view.name !== 'editor') {
      get().notify({ tone: 'info', text: `Open an article to ${EDITOR_PANEL_ACTIONS[panel]}.` });
      return;
    }
    set({ editorRequest: { panel, serial: (get().editorRequest?.serial ?? 0) + 1 } });
  },

  dismiss(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
}));
