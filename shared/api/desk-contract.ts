// The app's desk methods, part of the one API contract: joining and leaving, the connection the
// renderer opens, the desk's articles and workflow, and each desk article's Yjs state on disk.
import { z } from 'zod';
import { ArticleIdSchema, ArticleStatusSchema, type Article } from '../article';
import { InviteCodeSchema } from '../desk/contract';
import { PersonNameSchema, type DeskEntry, type DeskSettings } from '../desk/desk-doc';
import type { DeskRole } from '../desk/roles';

export type DeskStatus =
  { joined: false } | { joined: true; name: string; role: DeskRole; addresses: string[] };

/** What the renderer needs to open the desk's documents: the person's own credential. */
export interface DeskConnection {
  /** WebSocket addresses, tried in turn. */
  addresses: string[];
  token: string;
  name: string;
  role: DeskRole;
}

const returns = <T>() => undefined as unknown as T;
const noInput = z.strictObject({});
const byId = z.strictObject({ id: ArticleIdSchema });

export const deskMethods = {
  /** Exchanges an invite code for a credential the host keeps; `addresses` is what was typed. */
  joinDesk: {
    input: z.strictObject({ addresses: z.string().max(10_000), code: InviteCodeSchema }),
    output: returns<DeskStatus>(),
  },
  /** Forgets the credential; the articles stay in the library. */
  leaveDesk: { input: noInput, output: returns<DeskStatus>() },
  deskStatus: { input: noInput, output: returns<DeskStatus>() },
  deskConnection: { input: noInput, output: returns<DeskConnection | null>() },
  fileToDesk: { input: byId, output: returns<DeskEntry>() },
  /** The library's copy of a desk article, made (empty, to be filled from the desk) if missing. */
  openDeskCopy: { input: byId, output: returns<Article>() },
  listDeskArticles: { input: noInput, output: returns<DeskEntry[]>() },
  setDeskStatus: {
    input: z.strictObject({ id: ArticleIdSchema, status: ArticleStatusSchema }),
    output: returns<DeskEntry>(),
  },
  assignDesk: {
    input: z.strictObject({ id: ArticleIdSchema, assignee: PersonNameSchema.nullable() }),
    output: returns<DeskEntry>(),
  },
  getDeskSettings: { input: noInput, output: returns<DeskSettings>() },
  /**
   * A desk article's Yjs state as this computer last kept it (base64), or null; brought first to
   * the article's file when the file changed without the desk editor.
   */
  readDeskState: { input: byId, output: returns<string | null>() },
  /**
   * Keeps the state and saves its fields (with the desk's status) into the article's file;
   * answers the revision the file is at.
   */
  writeDeskState: {
    input: z.strictObject({
      id: ArticleIdSchema,
      state: z.base64().max(30_000_000),
      status: ArticleStatusSchema.optional(),
    }),
    output: returns<{ revision: number }>(),
  },
} as const;

export type DeskMethods = typeof deskMethods;
