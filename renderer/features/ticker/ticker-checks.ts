// What the ticker view tells a writer about an item: how long its text is against the site's
// limits, and whether a typed address may be used as its link.
import { checkLinkInput, isWebUrl, type LinkCheck } from '../../../shared/schema/link-policy';
import { TICKER_ERROR_LENGTH, TICKER_WARN_LENGTH } from '../../../shared/ticker';
import { countCharacters } from '../../../shared/text/counts';

export type LengthLevel = 'ok' | 'warning' | 'error';

export interface LengthCheck {
  count: number;
  level: LengthLevel;
  /** The visible text beside the field. */
  label: string;
}

/** Nothing is cut: past the limits the writer is told, and decides. */
export function checkLength(text: string): LengthCheck {
  const count = countCharacters(text);
  if (count > TICKER_ERROR_LENGTH) {
    return {
      count,
      level: 'error',
      label: `${count} characters · too long for the ticker: over ${TICKER_ERROR_LENGTH}`,
    };
  }
  if (count > TICKER_WARN_LENGTH) {
    return {
      count,
      level: 'warning',
      label: `${count} characters · long: over ${TICKER_WARN_LENGTH}, small screens may not show it whole`,
    };
  }
  return { count, level: 'ok', label: `${count} / ${TICKER_WARN_LENGTH}` };
}

const WEB_ONLY = 'Ticker links must be web addresses starting with http:// or https://.';

/** Like the editor's link check, but a ticker item links to web pages only: no mailto:. */
export function checkTickerUrl(input: string): LinkCheck {
  const check = checkLinkInput(input);
  if (!check.ok) {
    return input.trim() === '' ? check : { ok: false, message: WEB_ONLY };
  }
  // The same rule the ticker's schema applies on save, so what is accepted here is stored.
  return isWebUrl(check.url) ? check : { ok: false, message: WEB_ONLY };
}
