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
  navigate(view: View): Promise<void>;
  newArticle(): Promise<void>;
  upsert(summary: ArticleSummary): void;
  notify(notice: Omit<Notice, 'id'>): void;
  /** Asks the open editor to show a panel, or says to open an article first. */
  openInEditor(panel: EditorPanel): void;
  dismiss(id: number): void;
}

/** The open editor registers how to save its last edit; navigation waits for it. */
let flushActive: (() => Promise<void>) | undefined;
export function setActiveFlush(flush: (() => Promise<void>) | undefined): void {
  flushActive = flush;
}
export async function flushActiveArticle(): Promise<void> {
  await flushActive?.();
}

let nextNoticeId = 1;

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

  async navigate(view) {
    await flushActiveArticle();
    set({ view });
    if (view.name === 'library') await get().refresh();
  },

  async newArticle() {
    await flushActiveArticle();
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
