// The site-wide ticker: an ordered list of short headlines, one of which may be marked breaking.
import { z } from 'zod';
import { EntryIdSchema, LinkTargetSchema } from './article';
import { isWebUrl } from './schema/link-policy';

export const TICKER_SCHEMA_VERSION = 1;
/** Past this many characters an item is flagged as long; past the second, as too long. */
export const TICKER_WARN_LENGTH = 90;
export const TICKER_ERROR_LENGTH = 120;

export const TickerItemSchema = z.object({
  id: EntryIdSchema,
  text: z.string().max(1_000),
  link: LinkTargetSchema.refine((target) => target.kind !== 'url' || isWebUrl(target.url), {
    message: 'a ticker link must be a web address starting with http:// or https://',
  }).optional(),
  breaking: z.boolean(),
});
export type TickerItem = z.infer<typeof TickerItemSchema>;

export const TickerItemsSchema = z
  .array(TickerItemSchema)
  .max(200)
  .refine((items) => items.filter((item) => item.breaking).length <= 1, {
    message: 'only one ticker item can be marked breaking',
  });

export const TickerSchema = z.object({
  schemaVersion: z.literal(TICKER_SCHEMA_VERSION),
  revision: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
  items: TickerItemsSchema,
});
export type Ticker = z.infer<typeof TickerSchema>;

/** A new item as a caller describes it; the service gives it an id. */
export const NewTickerItemSchema = TickerItemSchema.omit({ id: true }).extend({
  breaking: z.boolean().default(false),
});
export type NewTickerItem = z.input<typeof NewTickerItemSchema>;

/** What the published page shows: the breaking item first, the rest in the desk's order, blanks left out. */
export function publishedOrder<T extends Pick<TickerItem, 'text' | 'breaking'>>(
  items: readonly T[],
): T[] {
  const shown = items.filter((item) => item.text.trim() !== '');
  return [...shown.filter((item) => item.breaking), ...shown.filter((item) => !item.breaking)];
}
