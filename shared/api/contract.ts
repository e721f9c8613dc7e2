// Every method the renderer can call, declared once: its input schema and its output type.
// The Electron IPC binding, the preload bridge and the web host are all built from this table.
import { z } from 'zod';
import {
  ArticleFieldsSchema,
  ArticleStatusSchema,
  LanguageTagSchema,
  type Article,
  type ArticleSummary,
} from '../article';
import { VersionIdSchema, type VersionSummary } from '../history';
import type { TextCounts } from '../text/counts';
import { ArticleIdSchema } from '../ids';
import type { ImportReport } from '../import/types';
import type { PreflightIssue, PreflightReport } from '../preflight/types';
import {
  InterfaceLanguageSchema,
  PublicationSchema,
  ThemeSchema,
  type InterfaceLanguage,
  type Publication,
  type Theme,
} from '../publication';
import { NewTickerItemSchema, TickerItemsSchema, type Ticker } from '../ticker';
import { deskMethods } from './desk-contract';
import type { ApiErrorValue, ApiErrorValues } from './errors';
import { photoMethods } from './photo-contract';
import { spellingMethods } from './spelling-contract';

export interface LibraryProblem {
  file: string;
  reason: string;
  movedTo: string;
}

export interface LibraryListing {
  articles: ArticleSummary[];
  problems: LibraryProblem[];
  /**
   * Set on an early answer, given before every file was checked: `last-seen`, the articles as the
   * library last saw them (a library opened before); `newest`, only the files changed last, read
   * first (a large library never listed before). A listing asked for again is whole and checked.
   */
  early?: 'last-seen' | 'newest';
}

export interface AppInfo {
  host: 'electron' | 'web';
  libraryPath: string;
  notices: string[];
}

/** Which revision of an article is on disk, and when it was saved; null while unreadable. */
export interface RevisionOnDisk {
  revision: number | null;
  updatedAt: string | null;
}

export interface SearchHit {
  article: ArticleSummary;
  score: number;
}

export interface ImportOutcome {
  article: ArticleSummary;
  report: ImportReport;
}

export interface Preferences {
  /** The sections an article can be filed under, in the order the desk lists them. */
  sections: string[];
  publication: Publication;
  /** The interface's language, or null to follow the system's. */
  interfaceLanguage: InterfaceLanguage | null;
  /** Light or dark, or null to follow the system's appearance. */
  theme: Theme | null;
  /** "Your name": who approvals, corrections and status changes made here are recorded as. */
  userName: string;
}

export const EXPORT_FORMATS = ['page', 'fragment', 'text', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Where an export went. The desktop host asks for a place with its own save dialog and writes
 * there; the web host hands the file back for the browser to download.
 */
export type ExportArticleResult =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mimeType: string; content: string }
  | { kind: 'cancelled' };

/** An article an edition left out, and why, in words for the editor. */
export interface EditionSkip {
  articleId: string;
  headline: string;
  /** Why, in English, as the command line prints it. */
  reason: string;
  /** The same reason for the interface to say in its own language (`errors.<reason>`). */
  wording: SkipWording;
}

/** Which sentence a left-out reason is, and what fills it, as an error's reason and values. */
export interface SkipWording {
  reason: string;
  values?: ApiErrorValues;
  /** The checklist's errors that kept the article out, each worded as the checklist words it. */
  problems?: Pick<PreflightIssue, 'code' | 'values'>[];
}

/** A file an edition wrote, named relative to its folder; pages name their article. */
export interface EditionFile {
  file: string;
  articleId?: string;
  headline?: string;
}

/**
 * Where an edition export stands. `done` counts the articles handled (written or skipped) out of
 * `total`; once the state is no longer 'running', `written` and `skipped` are the whole story.
 */
export type EditionProgress =
  | { state: 'not-started' }
  | {
      jobId: string;
      state: 'running' | 'done' | 'cancelled' | 'failed';
      folder: string;
      total: number;
      done: number;
      written: EditionFile[];
      skipped: EditionSkip[];
      /** One sentence on how it went (or is going), for the editor. */
      summary: string;
      /**
       * Why a failed edition stopped: the English sentence, and which sentence it is for the
       * interface to say in its own language.
       */
      failure?: ApiErrorValue;
    };

/** Carries the output type without a runtime value. */
const returns = <T>() => undefined as unknown as T;

const noInput = z.strictObject({});
const byId = z.strictObject({ id: ArticleIdSchema });
const byJob = z.strictObject({ jobId: z.uuid() });

export const contract = {
  getAppInfo: { input: noInput, output: returns<AppInfo>() },
  listArticles: {
    input: z.strictObject({ early: z.boolean().optional() }),
    output: returns<LibraryListing>(),
  },
  getArticle: { input: byId, output: returns<Article>() },
  createArticle: {
    input: z.strictObject({ fields: ArticleFieldsSchema.partial().strict().optional() }),
    output: returns<Article>(),
  },
  saveArticle: {
    input: z.strictObject({
      id: ArticleIdSchema,
      baseRevision: z.number().int().nonnegative(),
      fields: ArticleFieldsSchema.strict(),
      /**
       * Keep the text on disk as a version first: a pasted page is filling the article, or this
       * window's text replaces a version saved elsewhere.
       */
      keepPrevious: z.enum(['before-import', 'replaced']).optional(),
      /**
       * When the base revision was saved: two computers that each saved revision N offline and
       * then synced the folder hold the same number with different text.
       */
      baseUpdatedAt: z.iso.datetime().optional(),
    }),
    output: returns<ArticleSummary>(),
  },
  /** The revision on disk now, so an open article notices a change made elsewhere. */
  getRevisionOnDisk: { input: byId, output: returns<RevisionOnDisk>() },
  listVersions: { input: byId, output: returns<VersionSummary[]>() },
  getVersion: {
    input: z.strictObject({ id: ArticleIdSchema, versionId: VersionIdSchema }),
    output: returns<Article>(),
  },
  /** "Save version": keeps the saved article, or `fields` (this window's text set aside). */
  saveVersion: {
    input: z.strictObject({
      id: ArticleIdSchema,
      label: z.string().trim().max(200).optional(),
      fields: ArticleFieldsSchema.strict().optional(),
    }),
    output: returns<VersionSummary>(),
  },
  restoreVersion: {
    input: z.strictObject({
      id: ArticleIdSchema,
      versionId: VersionIdSchema,
      baseRevision: z.number().int().nonnegative(),
    }),
    output: returns<Article>(),
  },
  /**
   * Records the changes made to an approved article since its approval as a correction with the
   * note its page prints ("An earlier version of this article misstated..."), approving it again.
   */
  recordCorrection: {
    input: z.strictObject({
      id: ArticleIdSchema,
      baseRevision: z.number().int().nonnegative(),
      note: z.string().trim().min(1).max(2_000),
    }),
    output: returns<Article>(),
  },
  trashArticle: { input: byId, output: returns<null>() },
  listTrash: { input: noInput, output: returns<ArticleSummary[]>() },
  restoreArticle: { input: byId, output: returns<ArticleSummary>() },
  /**
   * Deletes for good the articles in the trash that `ids` names (the ones the writer saw when
   * confirming), or everything in it; answers how many went.
   */
  emptyTrash: {
    input: z.strictObject({ ids: z.array(ArticleIdSchema).max(10_000).optional() }),
    output: returns<{ removed: number }>(),
  },
  searchArticles: {
    input: z.strictObject({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    output: returns<SearchHit[]>(),
  },
  importFile: {
    input: z.strictObject({
      /** The file's own name, without folders; it decides how the file is read. */
      name: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^/\\\0]+$/, 'a file name without folders'),
      /** The file's bytes, base64-encoded; 30 MB of base64 is about 22 MB of file. */
      data: z.base64().max(30_000_000),
      /**
       * When the same story is in the library already: `ask` refuses with a conflict naming it,
       * `copy` imports it named as a copy; left out, it is imported as it is.
       */
      ifAlreadyThere: z.enum(['ask', 'copy']).optional(),
    }),
    output: returns<ImportOutcome>(),
  },
  /**
   * Words, characters and reading time of a text in a script written without spaces (Khmer,
   * Thai...), counted by the back end's segmenter, as the library list and exports count it.
   */
  countText: {
    input: z.strictObject({ text: z.string().max(5_000_000), language: LanguageTagSchema }),
    output: returns<TextCounts>(),
  },
  getTicker: { input: noInput, output: returns<Ticker>() },
  saveTicker: {
    input: z.strictObject({
      baseRevision: z.number().int().nonnegative(),
      items: TickerItemsSchema,
    }),
    output: returns<Ticker>(),
  },
  addTickerItems: {
    input: z.strictObject({ items: z.array(NewTickerItemSchema).min(1).max(50) }),
    output: returns<Ticker>(),
  },
  preflightArticle: { input: byId, output: returns<PreflightReport>() },
  /** Preflight of every article (or those with `status`), as `dateline check` prints it. */
  preflightLibrary: {
    input: z.strictObject({ status: ArticleStatusSchema.optional() }),
    output: returns<PreflightReport[]>(),
  },
  exportArticle: {
    input: z.strictObject({
      id: ArticleIdSchema,
      format: z.enum(EXPORT_FORMATS),
      /** Export even though preflight found errors: the editor chose to. */
      override: z.boolean().default(false),
    }),
    output: returns<ExportArticleResult>(),
  },
  /**
   * Exports an edition into one folder in the background: a page per article, index.html,
   * ticker.html and feed.xml. `ids` picks the articles; otherwise those with `status`
   * (Approved by default).
   */
  startEdition: {
    input: z.strictObject({
      status: ArticleStatusSchema.optional(),
      ids: z.array(ArticleIdSchema).min(1).max(5_000).optional(),
      override: z.boolean().default(false),
    }),
    output: returns<EditionProgress>(),
  },
  editionProgress: { input: byJob, output: returns<EditionProgress>() },
  /** Stops an edition after the file being written; what is written stays. */
  cancelEdition: { input: byJob, output: returns<EditionProgress>() },
  getPreferences: { input: noInput, output: returns<Preferences>() },
  updatePreferences: {
    input: z.strictObject({
      sections: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
      publication: PublicationSchema.strict().optional(),
      interfaceLanguage: InterfaceLanguageSchema.nullable().optional(),
      theme: ThemeSchema.nullable().optional(),
      userName: z.string().trim().max(100).optional(),
    }),
    output: returns<Preferences>(),
  },
  ...deskMethods,
  ...photoMethods,
  ...spellingMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The shape every host exposes to the renderer. */
export type DatelineApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};
