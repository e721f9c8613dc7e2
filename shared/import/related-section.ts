// The "Related News" list that closes a page. A line with a web address becomes a link to it
// ("Title - https://..." or a title line followed by an address line); a title alone becomes a
// link to the library article with that headline, when the caller can find one.
import type { RelatedLink, TipTapNode } from '../article';
import { newEntryId } from '../ids';
import { isAllowedLinkUrl } from '../schema/link-policy';

/** Finds the library article whose headline is `title`, if any. */
export type FindArticle = (title: string) => string | undefined;

export interface RelatedLine {
  text: string;
  /** The inline content, kept so a line left in the body keeps its formatting. */
  nodes: TipTapNode[];
  /** The address of a link on the line (Word documents carry them as links). */
  href?: string;
}

export interface RelatedReading {
  links: RelatedLink[];
  /** Lines that became nothing: they stay in the body. */
  leftover: RelatedLine[];
  /** Titles without an address that no article matched. */
  unmatchedTitles: string[];
}

const HEADINGS = new Set([
  'related news',
  'related stories',
  'related articles',
  'related',
  'read more',
  'see also',
  'ព័ត៌មានពាក់ព័ន្ធ',
]);
const MAX_TITLE = 300;
const MAX_LINKS = 50;
/** A longer line is prose, not a title and an address; it is not even looked at. */
const MAX_LINE = MAX_TITLE + 2048 + 20;
const URL_IN_TEXT = /https?:\/\/[^\s<>"“”‘’]+/i;

export function isRelatedHeading(text: string): boolean {
  if (text.length > 40) return false;
  const key = text
    .trim()
    .replace(/[\s:.\-–—]+$/, '')
    .toLowerCase();
  return HEADINGS.has(key);
}

export function readRelatedLines(lines: RelatedLine[], findArticle?: FindArticle): RelatedReading {
  const reading: RelatedReading = { links: [], leftover: [], unmatchedTitles: [] };
  let pending: RelatedLine | undefined;
  const settle = (line: RelatedLine) => {
    const title = cleanTitle(line.text);
    const articleId = title.length <= MAX_TITLE ? findArticle?.(title) : undefined;
    if (articleId && reading.links.length < MAX_LINKS) {
      reading.links.push(link(title, { kind: 'article', articleId }));
    } else {
      reading.leftover.push(line);
      if (title) reading.unmatchedTitles.push(title);
    }
  };

  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (line.text.length > MAX_LINE) {
      if (pending) settle(pending);
      pending = undefined;
      reading.leftover.push(line);
      continue;
    }
    const url = addressOn(line);
    if (!url || reading.links.length >= MAX_LINKS) {
      if (pending) settle(pending);
      pending = url ? undefined : line;
      if (url) reading.leftover.push(line);
      continue;
    }
    let title = cleanTitle(line.href ? line.text : line.text.replace(url, ''));
    // What is left may be the address itself or the punctuation around it; a title of emoji
    // alone is still a title.
    if (title === url || !/[\p{L}\p{N}\p{So}]/u.test(title)) title = '';
    if (!title && pending && cleanTitle(pending.text).length <= MAX_TITLE) {
      title = cleanTitle(pending.text);
    } else if (pending) {
      settle(pending);
    }
    pending = undefined;
    if (title.length > MAX_TITLE) {
      reading.leftover.push(line);
      continue;
    }
    reading.links.push(link(title || titleFromUrl(url), { kind: 'url', url }));
  }
  if (pending) settle(pending);
  return reading;
}

function link(title: string, target: RelatedLink['target']): RelatedLink {
  return { id: newEntryId(), title, titleEdited: false, target };
}

/** The web address a line points at, if it is one a related link may hold. */
function addressOn(line: RelatedLine): string | undefined {
  // A sentence's closing punctuation is not part of the address.
  const candidate = line.href ?? URL_IN_TEXT.exec(line.text)?.[0]?.replace(/[.,;:!?)\]]+$/, '');
  if (!candidate || candidate.length > 2048 || !/^https?:/i.test(candidate)) return undefined;
  return isAllowedLinkUrl(candidate) ? candidate : undefined;
}

/** A title without list bullets, separators or the empty brackets an address left behind. */
function cleanTitle(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]|<\s*>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•·*▪►>]+/, '')
    .replace(/[\s\-–—|:•·]+$/, '')
    .trim();
}

function titleFromUrl(url: string): string {
  return url.length <= MAX_TITLE ? url : new URL(url).hostname;
}
