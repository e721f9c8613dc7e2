// App state: which screen is open, the library listing, and notices the user should see.
import { create } from 'zustand';
import type { AppInfo, LibraryProblem } from '../shared/api/contract';
import { compareByLastChange, summarize, type ArticleSummary } from '../shared/article';
import { api, messageOf } from './api/client';
import { message, type Message } from './i18n/message';

export type View =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'ticker' }
  | { name: 'settings' }
  | { name: 'desk' }
  | { name: 'editor'; id: string };

/** A notice keeps its message's id and values, so it is worded again when the language changes. */
export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: Message;
  action?: { label: Message; run: () => void };
  /** While this holds the notice stays; once it does not (the article is back), it goes. */
  appliesWhile?: (state: AppState) => boolean;
}

/** At most this many notices show at once; the oldest give way. */
export const MAX_NOTICES = 3;

/**
 * What a feature hands to `notify`: a message from the catalogs, or `text` that arrives already
 * worded (a notice from the host) and is shown as it is.
 */
export type NoticeInput = Pick<Notice, 'tone'> &
  ({ message: Message; text?: undefined } | { text: string; message?: undefined }) & {
    action?: { label: Message | string; run: () => void };
    appliesWhile?: Notice['appliesWhile'];
  };

export type EditorPanel = 'export' | 'history';
const EDITOR_PANEL_HINTS: Record<EditorPanel, string> = {
  export: 'app.openToExport',
  history: 'app.openToHistory',
};

const asMessage = (words: Message | string): Message =>
  typeof words === 'string' ? message('app.asIs', { text: words }) : words;

interface AppState {
  view: View;
  info: AppInfo | undefined;
  articles: ArticleSummary[];
  problems: LibraryProblem[];
  loaded: boolean;
  /** True while only the articles changed last are shown, the rest of a large library being read. */
  reading: boolean;
  notices: Notice[];
  /** Set by File > Export… and File > Version History; the open editor shows that panel. */
  editorRequest: { panel: EditorPanel; serial: number } | undefined;
  init(): Promise<void>;
  /**
   * Lists the library again. `early` first shows at once what the library can tell without
   * checking every file (see LibraryListing.early), then the whole listing, checked.
   */
  refresh(early?: boolean): Promise<void>;
  /** Saves the open document first; leaves it unsaved only when `leaveUnsaved` says so. */
  navigate(view: View, leaveUnsaved?: boolean): Promise<void>;
  newArticle(leaveUnsaved?: boolean): Promise<void>;
  upsert(summary: ArticleSummary): void;
  notify(notice: NoticeInput): void;
  /** Removes the notices that no longer apply. */
  pruneNotices(): void;
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

const sameMessage = (a: Message, b: Message) =>
  a.id === b.id && JSON.stringify(a.values ?? {}) === JSON.stringify(b.values ?? {});

/**
 * Saves the open document before it is closed; when that fails, keeps it open and says why, with
 * a way to leave anyway.
 */
async function savedOrWarned(leave: () => Promise<void>, leaveUnsaved: boolean): Promise<boolean> {
  if (leaveUnsaved || (await flushActiveDocument())) return true;
  useAppStore.getState().notify({
    tone: 'error',
    message: message('app.notSavedYet', { reason: activeDocument?.unsavedReason() ?? '' }),
    action: { label: message('app.leaveWithout'), run: () => void leave() },
  });
  return false;
}

export const useAppStore = create<AppState>((set, get) => ({
  view: { name: 'library' },
  info: undefined,
  articles: [],
  problems: [],
  loaded: false,
  reading: false,
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
    await get().refresh(true);
  },

  async refresh(early = false) {
    try {
      let listing = await api.listArticles({ early });
      if (listing.early) {
        const { articles, problems } = listing;
        set({ articles, problems, loaded: true, reading: listing.early === 'newest' });
        listing = await api.listArticles({});
      }
      set({ articles: listing.articles, problems: listing.problems, loaded: true, reading: false });
      get().pruneNotices();
    } catch (error) {
      set({ loaded: true, reading: false });
      get().notify({
        tone: 'error',
        message: message('app.readLibraryFailed', { reason: messageOf(error) }),
      });
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
      get().notify({
        tone: 'error',
        message: message('app.createFailed', { reason: messageOf(error) }),
      });
    }
  },

  upsert(summary) {
    const others = get().articles.filter((article) => article.id !== summary.id);
    set({ articles: [summary, ...others].sort(compareByLastChange) });
    get().pruneNotices();
  },

  pruneNotices() {
    const state = get();
    const kept = state.notices.filter((notice) => notice.appliesWhile?.(state) ?? true);
    if (kept.length !== state.notices.length) set({ notices: kept });
  },

  notify({ tone, message: words, text, action, appliesWhile }) {
    const notice: Notice = {
      id: nextNoticeId++,
      tone,
      message: words ?? asMessage(text ?? ''),
      ...(action && { action: { label: asMessage(action.label), run: action.run } }),
      ...(appliesWhile && { appliesWhile }),
    };
    // The same words again replace the earlier notice rather than stack under it.
    const same = (other: Notice) =>
      other.tone === notice.tone && sameMessage(other.message, notice.message);
    const others = get().notices.filter((other) => !same(other));
    set({ notices: [...others, notice].slice(-MAX_NOTICES) });
  },

  openInEditor(panel) {
    if (get().view.name !== 'editor') {
      get().notify({ tone: 'info', message: message(EDITOR_PANEL_HINTS[panel]) });
      return;
    }
    set({ editorRequest: { panel, serial: (get().editorRequest?.serial ?? 0) + 1 } });
  },

  dismiss(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
}));
