// The export context for the preview and "Copy HTML", built from what the renderer knows (its
// PreviewSources) by the rule the export service uses, articleExportContext in shared/edition,
// so both match the exported file.
import type { Article, ArticleSummary } from '../../../shared/article';
import type { ExportContext } from '../../../shared/export';
import { articleExportContext } from '../../../shared/edition';
import type { Publication } from '../../../shared/publication';
import type { Ticker } from '../../../shared/ticker';

export interface PreviewSources {
  publication: Publication;
  ticker: Ticker | undefined;
  /** The library as the store lists it; only live articles are linked. */
  articles: readonly ArticleSummary[];
}

export function previewContextFor(
  article: Pick<Article, 'id' | 'headline' | 'status'>,
  sources: PreviewSources,
  now: Date = new Date(),
): ExportContext {
  const live = sources.articles.filter((summary) => !summary.trashedAt);
  return articleExportContext(
    article,
    {
      publication: sources.publication,
      ...(sources.ticker ? { ticker: sources.ticker } : {}),
      headlines: new Map(live.map((summary) => [summary.id, summary.headline])),
    },
    now,
  );
}
