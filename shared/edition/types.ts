// What the edition's own files (the index, the feed, the ticker) are made from.
import type { Article } from '../article';
import type { ExportContext, ResolveArticle } from '../export';
import type { Publication } from '../publication';
import type { Ticker } from '../ticker';

/** One exported article: its page's file name and the context its page was rendered with. */
export interface EditionEntry {
  article: Article;
  file: string;
  context: ExportContext;
}

export interface EditionSite {
  publication: Publication;
  ticker?: Pick<Ticker, 'items'>;
  /** Where the ticker's links to library articles lead. */
  resolveArticle?: ResolveArticle;
  /** When the edition was made (ISO): the feed's time when it has no entries. */
  now: string;
}

/** The files every edition writes beside its pages; no page may take their names. */
export const EDITION_FILES = {
  index: 'index.html',
  ticker: 'ticker.html',
  feed: 'feed.xml',
} as const;
