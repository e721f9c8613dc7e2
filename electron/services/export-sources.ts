// What every export reads besides the article: the library's live articles, the ticker and the
// publication; and the preflight verdict that stops an export unless the editor overrides it.
import type { ExportFormat } from '../../shared/api/contract';
import type { Article } from '../../shared/article';
import {
  renderArticlePage,
  renderFragment,
  renderNinjs,
  renderPlainText,
  type ExportContext,
} from '../../shared/export';
import { preflight } from '../../shared/preflight/preflight';
import { englishPreflightMessage } from '../../shared/preflight/english';
import type { PreflightReport } from '../../shared/preflight/types';
import type { Publication } from '../../shared/publication';
import type { Ticker } from '../../shared/ticker';
import type { Library } from './library';
import { plural } from '../../shared/text/plural';

export interface ExportSources {
  library: Library;
  ticker: () => Promise<Ticker>;
  publication: Publication;
}

/** Headlines of the library's live articles by id: the ones an export may link to. */
export async function liveHeadlines(library: Library): Promise<Map<string, string>> {
  const { articles } = await library.list();
  return new Map(articles.map((article) => [article.id, article.headline]));
}

/**
 * Headlines of the live articles one article's export may link to (its related articles and the
 * ticker's), looked up one by one: exporting one article never lists the whole library.
 */
export async function linkedHeadlines(
  library: Library,
  article: Article,
  ticker: Ticker | undefined,
): Promise<Map<string, string>> {
  return library.headlinesOf(linkedArticles(article, ticker));
}

/** The library articles a page links to: its related articles and the ticker's. */
export function linkedArticles(article: Article, ticker: Ticker | undefined): string[] {
  const ids: string[] = [];
  for (const link of article.related) {
    if (link.target.kind === 'article') ids.push(link.target.articleId);
  }
  for (const item of ticker?.items ?? []) {
    if (item.link?.kind === 'article') ids.push(item.link.articleId);
  }
  return ids;
}

export async function tickerOrNone(sources: ExportSources): Promise<Ticker | undefined> {
  // A damaged ticker must not stop an article's checks or its export.
  return sources.ticker().catch(() => undefined);
}

export function checkArticle(
  article: Article,
  live: ReadonlyMap<string, string>,
  ticker: Ticker | undefined,
): PreflightReport {
  return preflight(article, { articleExists: (id) => live.has(id), ticker });
}

/** "2 problems must be fixed first (The headline is empty; The body is empty)", or undefined. */
export function blockingProblems(report: PreflightReport): string | undefined {
  if (report.errors === 0) return undefined;
  const problems = report.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => englishPreflightMessage(issue).replace(/\.$/, ''));
  return `${plural(problems.length, 'problem')} must be fixed first (${problems.join('; ')})`;
}

/** The article in one format, as the file holds it. */
export function renderFormat(
  article: Article,
  format: ExportFormat,
  context: ExportContext,
): string {
  switch (format) {
    case 'page':
      return renderArticlePage(article, context);
    case 'fragment':
      return renderFragment(article, context);
    case 'text':
      return renderPlainText(article, context);
    case 'ninjs':
      return `${JSON.stringify(renderNinjs(article, context), null, 2)}\n`;
  }
}
