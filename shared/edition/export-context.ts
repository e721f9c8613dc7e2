// The ExportContext for one article as it is published: where its page lives on the site, and
// where each related library article's page is. One rule for the single export, the edition and
// the renderer's preview, so a link written by one points where the others put the page.
import type { Article } from '../article';
import type { ExportContext, ResolveArticle } from '../export';
import type { Publication } from '../publication';
import { pageFileName } from '../page-files';
import type { Ticker } from '../ticker';

export interface LinkSources {
  publication: Publication;
  ticker?: Pick<Ticker, 'items'>;
  /** Headlines of the library's live articles by id; links to any other article are left out. */
  headlines: ReadonlyMap<string, string>;
  /** In an edition: the file each exported article's page is written to, beside this one. */
  editionFiles?: ReadonlyMap<string, string>;
}

/** The file a page is published as on the site (see pageFileName). */
export const sitePageFile = (article: Pick<Article, 'id' | 'headline'>) => pageFileName(article);

/** When an approved article was first published and when its published text last changed. */
export interface PublishedDates {
  publishedAt: string;
  modifiedAt: string;
}

/**
 * A library article in the same edition is linked by its file name, relative to this page. Any
 * other live article is linked at the site (site URL + its slug) when the site URL is known, and
 * left out otherwise, since a link to nowhere is worse than none. An approved article carries the
 * dates the library recorded for it, or, where none are known (the preview), is published `now`.
 */
export function articleExportContext(
  article: Pick<Article, 'id' | 'headline' | 'status'>,
  sources: LinkSources,
  when: Date | PublishedDates | undefined,
): ExportContext {
  const context: ExportContext = {
    publication: sources.publication,
    pagePath: sources.editionFiles?.get(article.id) ?? sitePageFile(article),
    resolveArticle: resolveLibraryLinks(sources),
  };
  if (sources.ticker) context.ticker = sources.ticker;
  if (article.status === 'approved' && when) {
    if (when instanceof Date) {
      context.publishedAt = when.toISOString();
    } else {
      context.publishedAt = when.publishedAt;
      context.modifiedAt = when.modifiedAt;
    }
  }
  return context;
}

/** Where links to library articles lead, by the rule above; the ticker's links follow it too. */
export function resolveLibraryLinks(sources: LinkSources): ResolveArticle {
  const { publication, headlines, editionFiles } = sources;
  return (id) => {
    const headline = headlines.get(id);
    if (headline === undefined) return undefined;
    const href =
      editionFiles?.get(id) ?? siteAddress(publication.siteUrl, sitePageFile({ id, headline }));
    return href ? { headline, href } : { headline };
  };
}

/** `file` on the site at `siteUrl`; undefined when the two do not make a web address. */
export function siteAddress(siteUrl: string, file: string): string | undefined {
  const base = siteUrl.trim();
  if (base === '') return undefined;
  try {
    const url = new URL(file, base.endsWith('/') ? base : `${base}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
