// The desk directory: one Yjs document the server writes and every member reads (read-only), so
// the Desk view, the ticker and the publication's settings stay current and work offline.
import { z } from 'zod';
import { ArticleIdSchema, ArticleStatusSchema } from '../article';
import { PublicationSchema } from '../publication';
import { TickerItemsSchema } from '../ticker';
import { DeskRoleSchema } from './roles';

/** Y.Map: article id -> DeskEntry (a plain object, replaced whole on each change). */
export const DESK_ARTICLES_ROOT = 'articles';
/** Y.Map: person's name -> DeskPerson; revoked people are removed. */
export const DESK_PEOPLE_ROOT = 'people';
/** Y.Map: 'ticker' -> TickerItem[], 'publication' -> Publication, 'sections' -> string[]. */
export const DESK_SETTINGS_ROOT = 'settings';

const IsoDate = z.iso.datetime();
const PersonName = z.string().trim().min(1).max(100);

/** A status change as the server recorded it: who made it, when. An approval is one of these. */
export const StatusRecordSchema = z.object({
  status: ArticleStatusSchema,
  by: PersonName,
  at: IsoDate,
});
export type StatusRecord = z.infer<typeof StatusRecordSchema>;

export const DeskEntrySchema = z.object({
  id: ArticleIdSchema,
  headline: z.string().max(1_000),
  status: ArticleStatusSchema,
  /** The current approval, or null while the article is not approved. */
  approval: StatusRecordSchema.omit({ status: true }).nullable(),
  assignee: PersonName.nullable(),
  filedBy: PersonName,
  filedAt: IsoDate,
  lastChangedBy: PersonName,
  lastChangedAt: IsoDate,
  /** The newest status changes, oldest first; the desk keeps all of them. */
  history: z.array(StatusRecordSchema),
});
export type DeskEntry = z.infer<typeof DeskEntrySchema>;

export const DeskPersonSchema = z.object({ name: PersonName, role: DeskRoleSchema });
export type DeskPerson = z.infer<typeof DeskPersonSchema>;

export const DeskSettingsSchema = z.object({
  ticker: TickerItemsSchema,
  publication: PublicationSchema.nullable(),
  sections: z.array(z.string().trim().min(1).max(100)).max(100),
});
export type DeskSettings = z.infer<typeof DeskSettingsSchema>;

/** How many status changes a desk entry carries; older ones stay in the desk's records. */
export const DESK_ENTRY_HISTORY = 50;

export { PersonName as PersonNameSchema };
