// Every request the desk server answers over HTTP, declared once: `POST /desk/<method>` with a
// JSON body parsed by the method's schema, and `Authorization: Bearer <token>` except for join.
// Answers are `{ ok: true, value }` or `{ ok: false, error: { code, message } }`.
import { z } from 'zod';
import { ArticleIdSchema, ArticleStatusSchema } from '../article';
import { PhotoHashSchema } from '../photos/photo-ref';
import { PublicationSchema } from '../publication';
import { TickerItemsSchema, type TickerItem } from '../ticker';
import { PersonNameSchema, type DeskEntry, type DeskPerson, type DeskSettings } from './desk-doc';
import type { DeskRole } from './roles';

export type DeskErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'too-large'
  | 'internal';

export interface DeskErrorValue {
  code: DeskErrorCode;
  message: string;
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskErrorValue };

export interface DeskCredential {
  token: string;
  name: string;
  role: DeskRole;
}

/** What `GET /health` answers, for monitoring. */
export interface DeskHealth {
  ok: boolean;
  connections: number;
  documents: number;
  errors: number;
  /** Where this server keeps the desk: its own SQLite file, or PostgreSQL shared with others. */
  storage?: 'sqlite' | 'postgres';
  /** Changes this server stored since it started. */
  storedChanges?: number;
  /** With several servers: whether this one reaches Redis. */
  redis?: 'connected' | 'unreachable';
}

const returns = <T>() => undefined as unknown as T;
const noInput = z.strictObject({});
const byId = z.strictObject({ id: ArticleIdSchema });

/** 128 bits as 32 hexadecimal digits; dashes and spaces the person typed are ignored. */
export const InviteCodeSchema = z
  .string()
  .max(100)
  .transform((code) => code.replace(/[\s-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{32}$/, 'an invite code is 32 letters and digits'));

export const deskContract = {
  /** Exchanges a one-time invite code for a long-lived credential. */
  join: { input: z.strictObject({ code: InviteCodeSchema }), output: returns<DeskCredential>() },
  whoAmI: { input: noInput, output: returns<DeskPerson>() },
  listArticles: { input: noInput, output: returns<DeskEntry[]>() },
  listPeople: { input: noInput, output: returns<DeskPerson[]>() },
  /** Puts a library article on the desk; its text then travels through its Yjs document. */
  fileArticle: {
    input: z.strictObject({ id: ArticleIdSchema, headline: z.string().max(1_000).default('') }),
    output: returns<DeskEntry>(),
  },
  /** A status change the server checks against the person's role and records with who and when. */
  setStatus: {
    input: z.strictObject({ id: ArticleIdSchema, status: ArticleStatusSchema }),
    output: returns<DeskEntry>(),
  },
  assign: {
    input: z.strictObject({ id: ArticleIdSchema, assignee: PersonNameSchema.nullable() }),
    output: returns<DeskEntry>(),
  },
  removeArticle: { input: byId, output: returns<null>() },
  getSettings: { input: noInput, output: returns<DeskSettings>() },
  setTicker: {
    input: z.strictObject({ items: TickerItemsSchema }),
    output: returns<TickerItem[]>(),
  },
  setPublication: {
    input: z.strictObject({
      publication: PublicationSchema.strict(),
      sections: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
    }),
    output: returns<DeskSettings>(),
  },
  /** Of the photos an article shows, those the desk does not hold yet. */
  missingPhotos: {
    input: z.strictObject({ hashes: z.array(PhotoHashSchema).max(1_000) }),
    output: returns<string[]>(),
  },
} as const;

export type DeskContract = typeof deskContract;
export type DeskMethod = keyof DeskContract;
export type DeskMethodInput<M extends DeskMethod> = z.input<DeskContract[M]['input']>;
export type DeskParsedInput<M extends DeskMethod> = z.output<DeskContract[M]['input']>;
export type DeskMethodOutput<M extends DeskMethod> = DeskContract[M]['output'];

export function isDeskMethod(name: string): name is DeskMethod {
  return Object.hasOwn(deskContract, name);
}

/** The path a method is served on. */
export const deskPath = (method: DeskMethod) => `/desk/${method}`;

/**
 * A photo's original travels outside the JSON requests, as its own bytes: `PUT` keeps it (the
 * body is the file), `GET` reads it; both with the bearer credential. The hash names it.
 */
export const DESK_PHOTOS_PATH = '/desk/photos/';
export const deskPhotoPath = (hash: string) => `${DESK_PHOTOS_PATH}${hash}`;
