// Every method the renderer can call, declared once: its input schema and its output type.
// The Electron IPC binding, the preload bridge and the web host are all built from this table.
import { z } from 'zod';
import {
  ArticleFieldsSchema,
  ArticleIdSchema,
  type Article,
  type ArticleSummary,
} from '../article';

export interface LibraryProblem {
  file: string;
  reason: string;
  movedTo: string;
}

export interface LibraryListing {
  articles: ArticleSummary[];
  problems: LibraryProblem[];
}

export interface AppInfo {
  host: 'electron' | 'web';
  libraryPath: string;
  notices: string[];
}

/** Carries the output type without a runtime value. */
const returns = <T>() => undefined as unknown as T;

const noInput = z.strictObject({});
const byId = z.strictObject({ id: ArticleIdSchema });

export const contract = {
  getAppInfo: { input: noInput, output: returns<AppInfo>() },
  listArticles: { input: noInput, output: returns<LibraryListing>() },
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
    }),
    output: returns<ArticleSummary>(),
  },
  trashArticle: { input: byId, output: returns<null>() },
  listTrash: { input: noInput, output: returns<ArticleSummary[]>() },
  restoreArticle: { input: byId, output: returns<ArticleSummary>() },
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
