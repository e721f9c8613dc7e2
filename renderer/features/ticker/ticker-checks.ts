// What the ticker view tells a writer about an item: how long its text is against the site's
// limits, and whether a typed address may be used as its link.
import type { LinkCheck } from '../../../shared/schema/link-policy';
import { checkWebAddress } from '../../../shared/schema/web-address';
import { TICKER_ERROR_LENGTH, TICKER_WARN_LENGTH } from '../../../shared/ticker';
import { countCharacters } from '../../../shared/text/counts';

export type LengthLevel = 'ok' | 'warning' | 'error';

export interface LengthCheck {
  count: number;
  level: LengthLevel;
  /** The limit the count is measured against; the view words it by `level`. */
  limit: number;
}

/** Nothing is cut: past the limits the writer is told, and decides. */
export function checkLength(text: string): LengthCheck {
  const count = countCharacters(text);
  if (count > TICKER_ERROR_LENGTH) return { count, level: 'error', limit: TICKER_ERROR_LENGTH };
  if (count > TICKER_WARN_LENGTH) return { count, level: 'warning', limit: TICKER_WARN_LENGTH };
  return { count, level: 'ok', limit: TICKER_WARN_LENGTH };
}

/** A ticker item's link, by the one rule for typed web addresses: web pages only, no mailto:. */
export const checkTickerUrl = (input: string): LinkCheck => checkWebAddress(input, 'ticker');
