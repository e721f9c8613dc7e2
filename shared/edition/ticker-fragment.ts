// The ticker on its own, as ticker.html: the <nav> strip every page opens with, for a site that
// includes it in pages of its own. Empty when the ticker has nothing to show.
import { tickerEntries } from '../export/links';
import { renderTicker } from '../export/page-parts';
import type { EditionSite } from './types';

/** The ticker's <nav>, or '' when there is no item to show. */
export function renderTickerNav(site: EditionSite): string {
  const { publication, ticker, resolveArticle } = site;
  return renderTicker(tickerEntries({ publication, ticker, resolveArticle }));
}

export function renderTickerFragment(site: EditionSite): string {
  const nav = renderTickerNav(site);
  return nav === '' ? '' : `${nav}\n`;
}
