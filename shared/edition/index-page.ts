// The edition's index.html: the publication's front page, listing every exported article newest
// first with its standfirst, in the same theme as the pages.
import { ogLocale } from '../export/og-locale';
import { dateOptions, formatDate } from '../dates';
import type { Publication } from '../publication';
import { escapeAttribute, escapeText, safeHref } from '../export/escape';
import { PAGE_POLICY_META } from '../export/page-policy';
import { pageStyles } from '../export/theme-css';
import { editionLanguage, listEntries, type ListedEntry } from './entries';
import { siteAddress } from './export-context';
import { renderTickerNav } from './ticker-fragment';
import { EDITION_FILES, type EditionEntry, type EditionSite } from './types';

/** The heading when the publication has no name yet. */
export const INDEX_FALLBACK_TITLE = 'Latest news';

const INDEX_CSS = `.masthead h1 {
  margin: 0;
  font: inherit;
}
.edition-list {
  margin: 0;
  padding: 0;
  list-style: none;
}
.edition-item {
  padding: 1.25rem 0;
  border-bottom: 1px solid var(--rule);
}
.edition-item h2 {
  margin: 0 0 0.5rem;
  font-size: 1.5rem;
  line-height: 1.25;
}
.edition-item h2 a {
  color: inherit;
}
.edition-item .standfirst {
  margin-bottom: 0.5rem;
  font-size: 1.1rem;
}
:lang(km) .edition-item h2 {
  font-family: var(--khmer);
  line-height: 1.5;
}
`;

export function renderEditionIndex(entries: readonly EditionEntry[], site: EditionSite): string {
  return [...listedIndexParts(listEntries(entries), site)].join('');
}

/**
 * The index of entries already listed newest first, in parts (a line or an article each), to be
 * written in turn: an edition of thousands of articles never holds its whole index as one string.
 */
export function* listedIndexParts(
  listed: readonly ListedEntry[],
  site: EditionSite,
): Generator<string> {
  const { publication } = site;
  const language = editionLanguage(listed);
  const dir = listed.find((item) => item.facts.language === language)?.facts.dir ?? 'ltr';
  const name = publication.name.trim() || INDEX_FALLBACK_TITLE;
  const home = siteAddress(publication.siteUrl, './');
  const feed = siteAddress(publication.siteUrl, EDITION_FILES.feed) ?? EDITION_FILES.feed;
  // Shared on social sites like any page, the index declares its locale as the articles do.
  const locale = ogLocale(language);
  const head = [
    '<meta charset="utf-8">',
    PAGE_POLICY_META,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(name)}</title>`,
    ...(home ? [`<link rel="canonical" href="${escapeAttribute(home)}">`] : []),
    `<link rel="alternate" type="application/atom+xml" title="${escapeAttribute(name)}" href="${escapeAttribute(feed)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:title" content="${escapeAttribute(name)}">`,
    ...(home ? [`<meta property="og:url" content="${escapeAttribute(home)}">`] : []),
    ...(locale ? [`<meta property="og:locale" content="${escapeAttribute(locale)}">`] : []),
    `<style>\n${pageStyles()}${INDEX_CSS}</style>`,
  ];
  const homeLink = safeHref(home);
  const heading = homeLink
    ? `<a href="${escapeAttribute(homeLink)}">${escapeText(name)}</a>`
    : escapeText(name);
  const before = [
    '<!doctype html>',
    `<html lang="${escapeAttribute(language)}" dir="${dir}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    renderTickerNav(site),
    `<header class="masthead"><h1>${heading}</h1></header>`,
    '<main>',
  ];
  for (const line of before) if (line !== '') yield `${line}\n`;
  if (listed.length > 0) {
    yield '<ol class="edition-list">\n';
    for (const item of listed) yield `${renderItem(item, language, publication)}\n`;
    yield '</ol>\n';
  } else {
    yield '<p>There are no articles in this edition.</p>\n';
  }
  yield '</main>\n</body>\n</html>\n';
}

function renderItem(
  { entry, facts }: ListedEntry,
  pageLanguage: string,
  publication: Publication,
): string {
  // An article in another language than the page says so, for screen readers and fonts.
  const lang =
    facts.language === pageLanguage
      ? ''
      : ` lang="${escapeAttribute(facts.language)}" dir="${facts.dir}"`;
  const lines = [`<li${lang}>`, '<article class="edition-item">'];
  if (facts.section) lines.push(`<p class="kicker">${escapeText(facts.section)}</p>`);
  const href = safeHref(entry.file) ?? '';
  lines.push(`<h2><a href="${escapeAttribute(href)}">${escapeText(facts.headline)}</a></h2>`);
  if (facts.standfirst) lines.push(`<p class="standfirst">${escapeText(facts.standfirst)}</p>`);
  if (facts.byline) lines.push(`<p class="byline">By ${escapeText(facts.byline)}</p>`);
  const shown = formatDate(facts.displayDate, dateOptions(publication, facts.language));
  lines.push(
    `<p class="published"><time datetime="${escapeAttribute(facts.displayDate)}">${escapeText(shown)}</time></p>`,
    '</article>',
    '</li>',
  );
  return lines.join('\n');
}
