// Preflight and single-article export for every host. Where an export goes is the host's
// business: the desktop app asks with its save dialog; the web host hands the file back to the
// browser, so the renderer never names a path that is written to.
import type { ExportArticleResult, ExportFormat } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import type { Article, ArticleStatus } from '../../shared/article';
import {
  articlePageFile,
  renderArticlePage,
  renderFragment,
  renderNinjs,
  renderPlainText,
  type ExportContext,
} from '../../shared/export';
import { preflight } from '../../shared/preflight/preflight';
import type { PreflightReport } from '../../shared/preflight/types';
import type { Publication } from '../../shared/publication';
import type { Ticker } from '../../shared/ticker';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import type { Library } from './library';

/** A host that can ask the user where to save returns the chosen path, or undefined if cancelled. */
export type ChooseSavePath = (
  suggestedName: string,
  format: ExportFormat,
) => Promise<string | undefined>;

interface ExportSources {
  library: Library;
  ticker: () => Promise<Ticker>;
  publication: Publication;
}

const FORMATS: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  page: { suffix: '.html', mimeType: 'text/html; charset=utf-8' },
  fragment: { suffix: '.fragment.html', mimeType: 'text/html; charset=utf-8' },
  text: { suffix: '.txt', mimeType: 'text/plain; charset=utf-8' },
  ninjs: { suffix: '.ninjs.json', mimeType: 'application/json; charset=utf-8' },
};

async function liveArticles(library: Library): Promise<Map<string, string>> {
  const { articles } = await library.list();
  return new Map(articles.map((article) => [article.id, article.headline]));
}

async function tickerOrNone(sources: ExportSources): Promise<Ticker | undefined> {
  // A damaged ticker must not stop an article's checks or its export.
  return sources.ticker().catch(() => undefined);
}

export async function preflightArticle(
  sources: ExportSources,
  id: string,
): Promise<PreflightReport> {
  const [article, live, ticker] = await Promise.all([
    sources.library.get(id),
    liveArticles(sources.library),
    tickerOrNone(sources),
  ]);
  return preflight(article, { articleExists: (other) => live.has(other), ticker });
}

export async function preflightLibrary(
  sources: ExportSources,
  status?: ArticleStatus,
): Promise<PreflightReport[]> {
  const [{ articles }, ticker] = await Promise.all([sources.library.list(), tickerOrNone(sources)]);
  const live = new Set(articles.map((article) => article.id));
  const reports: PreflightReport[] = [];
  for (const summary of articles) {
    if (status && summary.status !== status) continue;
    const article = await sources.library.get(summary.id).catch(() => undefined);
    if (article) reports.push(preflight(article, { articleExists: (id) => live.has(id), ticker }));
  }
  return reports.sort((a, b) => a.headline.localeCompare(b.headline));
}

/** The article's file in one of the export formats, after preflight allows it. */
export async function renderExport(
  sources: ExportSources,
  id: string,
  format: ExportFormat,
  override: boolean,
  now: Date = new Date(),
): Promise<{ fileName: string; mimeType: string; content: string }> {
  const [article, live, ticker] = await Promise.all([
    sources.library.get(id),
    liveArticles(sources.library),
    tickerOrNone(sources),
  ]);
  const report = preflight(article, { articleExists: (other) => live.has(other), ticker });
  if (report.errors > 0 && !override) {
    const problems = report.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => issue.message.replace(/\.$/, ''));
    throw new DatelineError(
      'preflight',
      `Not exported: ${problems.length === 1 ? '1 problem must' : `${problems.length} problems must`} be fixed first (${problems.join('; ')}), or choose Export anyway.`,
    );
  }
  const context = exportContext(article, sources.publication, ticker, live, now);
  const content =
    format === 'page'
      ? renderArticlePage(article, context)
      : format === 'fragment'
        ? renderFragment(article, context)
        : format === 'text'
          ? renderPlainText(article, context)
          : `${JSON.stringify(renderNinjs(article, context), null, 2)}\n`;
  const { suffix, mimeType } = FORMATS[format];
  return { fileName: `${fileStem(article)}${suffix}`, mimeType, content };
}

export async function exportArticle(
  sources: ExportSources,
  request: { id: string; format: ExportFormat; override: boolean },
  chooseSavePath: ChooseSavePath | undefined,
): Promise<ExportArticleResult> {
  const file = await renderExport(sources, request.id, request.format, request.override);
  if (!chooseSavePath) return { kind: 'download', ...file };
  const target = await chooseSavePath(file.fileName, request.format);
  if (!target) return { kind: 'cancelled' };
  try {
    await writeFileAtomic(target, file.content);
  } catch (error) {
    throw describeFsError(error, 'write the exported file');
  }
  return { kind: 'saved', path: target };
}

function exportContext(
  article: Article,
  publication: Publication,
  ticker: Ticker | undefined,
  live: Map<string, string>,
  now: Date,
): ExportContext {
  const context: ExportContext = {
    publication,
    // Library links lead somewhere only when the site's address is known.
    resolveArticle: (id) => {
      const headline = live.get(id);
      if (headline === undefined) return undefined;
      return publication.siteUrl
        ? { headline, href: new URL(articlePageFile(id), withSlash(publication.siteUrl)).href }
        : { headline };
    },
  };
  if (ticker) context.ticker = ticker;
  if (article.status === 'approved') context.publishedAt = now.toISOString();
  return context;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** A file name from the headline's Latin words, or the id when there are none (Khmer). */
export function fileStem(article: Pick<Article, 'id' | 'headline'>): string {
  const words = article.headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const stem = (words ?? []).join('-').slice(0, 80).replace(/-+$/, '');
  return stem || article.id;
}
