// Everything the page, the plain text and ninjs say about an article beyond its body, worked
// out once: titles, people, dates, addresses, the dateline, links and counts.
import type { Article } from '../article';
import { dateOptions } from '../dates';
import { pageFileName } from '../page-files';
import { UNTITLED_ARTICLE } from '../related';
import { countWords } from '../text/counts';
import { docToPlainText } from '../text/doc-text';
import { datelineOf, writeDateline, type WrittenDateline } from './dateline';
import { relatedEntries, tickerEntries, type RelatedEntry, type TickerEntry } from './links';
import { oneLine } from './one-line';
import { socialTitle } from './social-title';
import type { LeadPhotoFacts } from './photo-meta';
import type { ExportContext } from './types';

export interface ArticleFacts {
  headline: string;
  /** The title social cards show: the short headline, or the headline cut to fit. */
  socialTitle: string;
  standfirst: string;
  /** The standfirst, or the opening of the story when there is none. */
  description: string;
  /** The byline as the page prints it; the publication's default author when empty. */
  byline: string;
  authors: string[];
  language: string;
  dir: 'ltr' | 'rtl';
  publishedAt?: string;
  modifiedAt: string;
  /** The date the page shows and dates its dateline with. */
  displayDate: string;
  canonicalUrl?: string;
  dateline?: WrittenDateline;
  section: string;
  tags: string[];
  related: RelatedEntry[];
  ticker: TickerEntry[];
  wordCount: number;
  /** The lead photo and the page address its files are found from, when both are known. */
  leadPhoto?: LeadPhotoFacts;
}

const DESCRIPTION_LENGTH = 200;
// Scripts written right to left; the page's dir follows the article's language.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export function collectFacts(article: Article, context: ExportContext): ArticleFacts {
  const { publication } = context;
  const language = article.language.trim() || 'en';
  const publishedAt =
    context.publishedAt ?? (article.status === 'approved' ? article.updatedAt : undefined);
  const displayDate = publishedAt ?? article.updatedAt;
  const byline = bylineName(article.byline) || bylineName(publication.defaultAuthor);
  // The body's text is read only when the count or the description needs it.
  let bodyText: string | undefined;
  const textOfBody = () => (bodyText ??= docToPlainText(article.body));
  const standfirst = oneLine(article.standfirst);
  const canonicalUrl = pageUrl(publication.siteUrl, context.pagePath ?? pageFileName(article));
  const dateline = writeDateline(datelineOf(article), {
    ...dateOptions(publication, language),
    style: publication.datelineStyle,
    date: displayDate,
  });
  return {
    headline: oneLine(article.headline) || UNTITLED_ARTICLE,
    socialTitle: socialTitle(article.headline, article.shortHeadline) || UNTITLED_ARTICLE,
    standfirst,
    description: standfirst || excerpt(textOfBody()),
    byline,
    authors: splitAuthors(byline),
    language,
    dir: RTL_LANGUAGES.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
    ...(publishedAt ? { publishedAt } : {}),
    modifiedAt: context.modifiedAt ?? article.updatedAt,
    displayDate,
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(dateline ? { dateline } : {}),
    section: oneLine(article.section),
    tags: article.tags.map(oneLine).filter((tag) => tag !== ''),
    related: relatedEntries(article, context),
    ticker: tickerEntries(context),
    wordCount: context.wordCount ?? countWords(textOfBody(), language),
    ...(article.leadPhoto && canonicalUrl
      ? { leadPhoto: { photo: article.leadPhoto, pageUrl: canonicalUrl } }
      : {}),
  };
}

/** The names a byline credits, without a "By" the writer may have typed. */
function bylineName(byline: string): string {
  return oneLine(byline).replace(/^by\s+/i, '');
}

/** "Sok Chan, Jane Doe and Dara Vann" names three people. */
export function splitAuthors(byline: string): string[] {
  return byline
    .split(/\s*,\s*|\s+(?:and|&|និង)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function excerpt(text: string): string {
  const flat = oneLine(text);
  const chars = Array.from(flat);
  if (chars.length <= DESCRIPTION_LENGTH) return flat;
  const cut = chars.slice(0, DESCRIPTION_LENGTH).join('');
  // Cut at a word where there are spaces; Khmer runs without them are cut where they stand.
  const space = cut.lastIndexOf(' ');
  return `${space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

function pageUrl(siteUrl: string, pagePath: string): string | undefined {
  if (siteUrl.trim() === '') return undefined;
  const base = siteUrl.trim().endsWith('/') ? siteUrl.trim() : `${siteUrl.trim()}/`;
  try {
    const url = new URL(pagePath, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
