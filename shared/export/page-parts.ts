// The parts of a page around the body: the ticker strip, the masthead, the article's header and
// the "Related News" list. Every value in them is escaped here.
import type { Publication } from '../publication';
import { escapeAttribute, escapeText, safeHref } from './escape';
import type { ArticleFacts } from './facts';
import { dateOptions, formatDate } from '../dates';
import type { RelatedEntry, TickerEntry } from './links';

export const TICKER_LABEL = 'Latest headlines';
export const BREAKING_LABEL = 'Breaking';
export const RELATED_HEADING = 'Related News';

const link = (href: string, text: string, rel?: string): string =>
  `<a href="${escapeAttribute(href)}"${rel ? ` rel="${escapeAttribute(rel)}"` : ''}>${escapeText(text)}</a>`;

export function renderTicker(entries: readonly TickerEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((entry) => {
    const text = entry.href ? link(entry.href, entry.text, entry.rel) : escapeText(entry.text);
    return entry.breaking
      ? `<li class="ticker-item is-breaking"><strong class="ticker-flag">${BREAKING_LABEL}</strong> ${text}</li>`
      : `<li class="ticker-item">${text}</li>`;
  });
  return `<nav class="ticker" aria-label="${TICKER_LABEL}"><ul>\n${items.join('\n')}\n</ul></nav>`;
}

export function renderMasthead(publication: Publication): string {
  const name = publication.name.trim();
  if (name === '') return '';
  const home = safeHref(publication.siteUrl);
  return `<header class="masthead">${home ? link(home, name) : escapeText(name)}</header>`;
}

export function renderArticleHeader(facts: ArticleFacts, publication: Publication): string {
  const lines = ['<header class="article-header">'];
  if (facts.section) lines.push(`<p class="kicker">${escapeText(facts.section)}</p>`);
  lines.push(`<h1>${escapeText(facts.headline)}</h1>`);
  if (facts.standfirst) {
    lines.push(`<p class="standfirst">${escapeText(facts.standfirst)}</p>`);
  }
  if (facts.byline) lines.push(`<p class="byline">By ${escapeText(facts.byline)}</p>`);
  const shown = formatDate(facts.displayDate, dateOptions(publication, facts.language));
  lines.push(
    `<p class="published"><time datetime="${escapeAttribute(facts.displayDate)}">${escapeText(shown)}</time></p>`,
    '</header>',
  );
  return lines.join('\n');
}

export function renderRelated(entries: readonly RelatedEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((entry) => `<li>${link(entry.href, entry.title, entry.rel)}</li>`);
  return [
    '<aside class="related" aria-labelledby="related-heading">',
    `<h2 id="related-heading">${RELATED_HEADING}</h2>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    '</aside>',
  ].join('\n');
}
