// The links a page writes besides the body: the related-news list and the ticker. Each href is
// checked once here, so every format writes only what passed.
import type { Article } from '../article';
import { UNTITLED_ARTICLE } from '../related';
import { publishedOrder, type TickerItem } from '../ticker';
import { safeHref } from './escape';
import { relFor } from './link-tags';
import { oneLine } from './one-line';
import type { ExportContext } from './types';

export interface RelatedEntry {
  title: string;
  href: string;
  /** Set for a link that leaves the site. */
  rel?: string;
}

export interface TickerEntry {
  text: string;
  href?: string;
  rel?: string;
  breaking: boolean;
}

/** The href with the rel the page gives it, for an entry. */
function linkFields(href: string, context: ExportContext): { href: string; rel?: string } {
  const rel = relFor(href, context.publication.siteUrl);
  return rel ? { href, rel } : { href };
}

/**
 * The related-news list as published. A library link whose article the caller cannot find, a
 * link without a usable address and a web link the link policy refuses are all left out; the
 * preflight tells the writer about them before this runs.
 */
export function relatedEntries(article: Article, context: ExportContext): RelatedEntry[] {
  const entries: RelatedEntry[] = [];
  for (const link of article.related) {
    if (link.target.kind === 'url') {
      const href = safeHref(link.target.url);
      const title = oneLine(link.title) || link.target.url;
      if (href) entries.push({ title, ...linkFields(href, context) });
      continue;
    }
    const found = context.resolveArticle?.(link.target.articleId);
    const href = safeHref(found?.href);
    if (!found || !href) continue;
    const title = oneLine(link.titleEdited ? link.title : found.headline);
    entries.push({
      title: title || oneLine(link.title) || UNTITLED_ARTICLE,
      ...linkFields(href, context),
    });
  }
  return entries;
}

/** The ticker as published: the breaking item first, then the others in the desk's order. */
export function tickerEntries(context: ExportContext): TickerEntry[] {
  const entries: TickerEntry[] = [];
  for (const item of publishedOrder(context.ticker?.items ?? [])) {
    const text = oneLine(item.text);
    if (text === '') continue;
    const href = tickerHref(item, context);
    entries.push(
      href
        ? { text, ...linkFields(href, context), breaking: item.breaking }
        : { text, breaking: item.breaking },
    );
  }
  return entries;
}

// A ticker headline whose article is gone still reads as news; it is only no longer a link.
function tickerHref(item: TickerItem, context: ExportContext): string | undefined {
  if (!item.link) return undefined;
  if (item.link.kind === 'url') return safeHref(item.link.url);
  return safeHref(context.resolveArticle?.(item.link.articleId)?.href);
}
