// What the export functions take besides the article itself.
import type { Publication } from '../publication';
import type { FontLinks } from './fonts';
import type { PhotoLinks } from './photo-html';
import type { Ticker } from '../ticker';

/** What the caller knows about a library article another article links to. */
export interface ResolvedArticle {
  headline: string;
  /** Where its page is: another file of the same edition, or an address on the site. */
  href?: string;
}

/** Undefined means the article is not in the library: links to it are left out. */
export type ResolveArticle = (articleId: string) => ResolvedArticle | undefined;

export interface ExportContext {
  publication: Publication;
  ticker?: Pick<Ticker, 'items'>;
  /** Without it no library article can be linked, so library links are left out. */
  resolveArticle?: ResolveArticle;
  /** ISO time of publication; an approved article defaults to its last change. */
  publishedAt?: string;
  /** ISO time its published text last changed; the article's last change by default. */
  modifiedAt?: string;
  /** This page's address relative to publication.siteUrl; its pageFileName by default. */
  pagePath?: string;
  /** Where the page finds the Khmer font: `fonts/` beside it by default (FONTS_BESIDE). */
  fonts?: FontLinks;
  /** Where the page finds its photos: `photos/` beside it by default. */
  photos?: PhotoLinks;
  /**
   * The body's word count when the caller already has it (the library's listing counts every
   * article), so export does not count again; it must be the count of this very body.
   */
  wordCount?: number;
}
