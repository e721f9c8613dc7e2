// The edition's feed.xml: Atom 1.0 (RFC 4287), an entry for each of the newest exported articles.
import type { Article } from '../article';
import { slugify } from '../slug';
import { editionLanguage, listEntries, type ListedEntry } from './entries';
import { siteAddress } from './export-context';
import { INDEX_FALLBACK_TITLE } from './index-page';
import { EDITION_FILES, type EditionEntry, type EditionSite } from './types';
import { escapeXml } from './xml';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/** Tags minted without a site of the publication's own: a name nobody can own, so none clash. */
const NO_SITE_AUTHORITY = 'dateline.invalid';
const NO_SITE_DATE = '2026';

export function renderAtomFeed(entries: readonly EditionEntry[], site: EditionSite): string {
  return [...listedFeedParts(listEntries(entries), site)].join('');
}

/**
 * How many of the newest articles the feed carries. Readers fetch a feed again and again and want
 * what is new: an edition of thousands of articles lists them all on its index, not in its feed.
 */
export const FEED_ENTRY_LIMIT = 100;

/** The feed of entries already listed newest first, in parts (a line or an entry each). */
export function* listedFeedParts(
  listed: readonly ListedEntry[],
  site: EditionSite,
): Generator<string> {
  const { publication } = site;
  const shown = listed.slice(0, FEED_ENTRY_LIMIT);
  const language = editionLanguage(shown);
  const title = publication.name.trim() || INDEX_FALLBACK_TITLE;
  const home = siteAddress(publication.siteUrl, './');
  const self = siteAddress(publication.siteUrl, EDITION_FILES.feed);
  const updated = listed.map(entryUpdated).reduce(later, '') || site.now;
  const before = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}" xml:lang="${escapeXml(language)}">`,
    element(
      'id',
      home ?? `tag:${NO_SITE_AUTHORITY},${NO_SITE_DATE}:feed:${slugify(title, 'news')}`,
    ),
    element('title', title),
    element('updated', updated),
    ...(self ? [link('self', 'application/atom+xml', self)] : []),
    link('alternate', 'text/html', home ?? EDITION_FILES.index),
    // Entries whose byline is empty are credited to the publication through this.
    `<author>${element('name', publication.name.trim() || 'The newsroom')}</author>`,
  ];
  for (const line of before) yield `${line}\n`;
  for (const item of shown) yield `${renderEntry(item, language, site)}\n`;
  yield '</feed>\n';
}

function renderEntry(item: ListedEntry, feedLanguage: string, site: EditionSite): string {
  const { entry, facts } = item;
  const lang = facts.language === feedLanguage ? '' : ` xml:lang="${escapeXml(facts.language)}"`;
  const href = siteAddress(site.publication.siteUrl, entry.file) ?? entry.file;
  const summary = facts.standfirst || facts.description;
  const lines = [
    `<entry${lang}>`,
    element('id', entryId(entry.article, site.publication.siteUrl)),
    element('title', facts.headline),
    link('alternate', 'text/html', href),
    ...(facts.publishedAt ? [element('published', facts.publishedAt)] : []),
    element('updated', entryUpdated(item)),
    ...facts.authors.map((name) => `<author>${element('name', name)}</author>`),
    ...[facts.section, ...facts.tags]
      .filter((term) => term !== '')
      .map((term) => `<category term="${escapeXml(term)}"/>`),
    ...(summary ? [element('summary', summary)] : []),
    '</entry>',
  ];
  return lines.join('\n');
}

/**
 * A tag URI from the article's id, never its address: a page's address follows its headline, and
 * an entry whose id changed would show up in readers as a new story.
 */
function entryId(article: Pick<Article, 'id' | 'createdAt'>, siteUrl: string): string {
  const host = siteHost(siteUrl);
  const tagging = host
    ? `${host},${article.createdAt.slice(0, 10)}`
    : `${NO_SITE_AUTHORITY},${NO_SITE_DATE}`;
  return `tag:${tagging}:article:${article.id}`;
}

function siteHost(siteUrl: string): string | undefined {
  const home = siteAddress(siteUrl, './');
  const host = home ? new URL(home).hostname : '';
  return /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(host) ? host : undefined;
}

/** Publishing is a change a reader cares about, so an entry is updated no earlier than published. */
function entryUpdated({ facts }: ListedEntry): string {
  return later(facts.modifiedAt, facts.publishedAt ?? '');
}

// ISO times in UTC compare as text.
const later = (a: string, b: string): string => (a > b ? a : b);

const element = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;

const link = (rel: string, type: string, href: string): string =>
  `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
