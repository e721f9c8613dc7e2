// Preflight and single-article export for every host. Where an export goes is the host's
// business: the desktop app asks with its save dialog; the web host hands the file back to the
// browser, so the renderer never names a path that is written to. A file saved to disk has the
// photos it names written in photos/ beside it; a file handed back is one file, so a page carries
// its photos inside it.
import path from 'node:path';
import type { ExportArticleResult, ExportFormat } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import type { Article, ArticleStatus } from '../../shared/article';
import { articleExportContext } from '../../shared/edition/export-context';
import type { PreflightReport } from '../../shared/preflight/types';
import { pageFileName } from '../../shared/page-files';
import { writeFileAtomic } from './atomic-write';
import {
  blockingProblems,
  checkArticle,
  linkedHeadlines,
  renderFormat,
  tickerOrNone,
  type ExportSources,
} from './export-sources';
import { renderStandalonePage } from './export-fonts';
import { embeddedPhotoLinks } from './media/embed-photos';
import { namedIn, writeExportPhotos } from './media/export-photos';
import { notExported } from './media/photo-failure';
import { EXPORT_FILE_TYPES, type ChooseExportTarget } from './export-target';
import { describeFsError } from './fs-errors';
import { publishedDates } from './publishing/publication-record';
import { WorkBudget } from './work-budget';

export async function preflightArticle(
  sources: ExportSources,
  id: string,
): Promise<PreflightReport> {
  const [article, ticker] = await Promise.all([sources.library.get(id), tickerOrNone(sources)]);
  return checkArticle(article, await linkedHeadlines(sources.library, article, ticker), ticker);
}

export async function preflightLibrary(
  sources: ExportSources,
  status?: ArticleStatus,
): Promise<PreflightReport[]> {
  // One listing gives both the articles to check and the ones they may link to.
  const [{ articles }, ticker] = await Promise.all([sources.library.list(), tickerOrNone(sources)]);
  const live = new Map(articles.map((article) => [article.id, article.headline]));
  const reports: PreflightReport[] = [];
  const budget = new WorkBudget();
  for (const summary of articles) {
    await budget.pause();
    if (status && summary.status !== status) continue;
    // An article that went missing between the listing and now is simply not checked.
    const article = await sources.library.get(summary.id).catch(() => undefined);
    if (article) reports.push(checkArticle(article, live, ticker));
  }
  return reports.sort((a, b) => a.headline.localeCompare(b.headline));
}

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  content: string;
}

/** The file, and the article as it was when the file was made. */
type RenderedArticle = RenderedExport & { article: Article };

/**
 * The article's file in one of the export formats, after preflight allows it. The file is named
 * by the article's slug, as the edition and the site name its page; links to other library
 * articles lead to the site (see articleExportContext).
 */
export async function renderExport(
  sources: ExportSources,
  request: { id: string; format: ExportFormat; override: boolean },
  now: Date = new Date(),
  photos: 'inside' | 'beside' = 'inside',
): Promise<RenderedArticle> {
  const [article, ticker] = await Promise.all([
    sources.library.get(request.id),
    tickerOrNone(sources),
  ]);
  const live = await linkedHeadlines(sources.library, article, ticker);
  const problems = blockingProblems(checkArticle(article, live, ticker));
  if (problems && !request.override) {
    throw new DatelineError('preflight', `Not exported: ${problems}, or choose Export anyway.`);
  }
  const dates = await publishedDates(sources.library.root, [article], now, { record: false });
  const context = articleExportContext(
    article,
    { publication: sources.publication, ticker, headlines: live },
    dates.get(article.id),
  );
  // A page handed back on its own carries its photos inside it; other files name them in photos/.
  if (request.format === 'page' && photos === 'inside') {
    const inside = await embeddedPhotoLinks(sources.library.root, article);
    if (inside) context.photos = inside;
  }
  const { suffix, mimeType } = EXPORT_FILE_TYPES[request.format];
  return {
    article,
    fileName: pageFileName(article, suffix),
    mimeType,
    content:
      request.format === 'page'
        ? await renderStandalonePage((fonts) =>
            renderFormat(article, 'page', { ...context, fonts }),
          )
        : renderFormat(article, request.format, context),
  };
}

export async function exportArticle(
  sources: ExportSources,
  request: { id: string; format: ExportFormat; override: boolean },
  chooseTarget: ChooseExportTarget | undefined,
  now: Date = new Date(),
): Promise<ExportArticleResult> {
  // Handed over or saved, the article is published: its dates are recorded for the next export.
  const recordPublished = (article: Article) =>
    publishedDates(sources.library.root, [article], now, { record: true });
  if (!chooseTarget) {
    const { article, ...file } = await renderExport(sources, request, now, 'inside');
    await recordPublished(article);
    return { kind: 'download', ...file };
  }
  const { article, ...file } = await renderExport(sources, request, now, 'beside');
  const target = await chooseTarget({
    kind: 'file',
    suggestedName: file.fileName,
    filters: [EXPORT_FILE_TYPES[request.format].filter],
  });
  if (!target) return { kind: 'cancelled' };
  await writePhotosBeside(sources.library.root, target, article, file.content);
  try {
    await writeFileAtomic(target, file.content);
  } catch (error) {
    throw describeFsError(error, 'write the exported file', 'that folder');
  }
  await recordPublished(article);
  return { kind: 'saved', path: target };
}

/**
 * Writes in photos/ beside `target` exactly the photo files `content` names, before the file
 * itself: when a photo cannot be made, neither the file nor any photo is written.
 */
export async function writePhotosBeside(
  libraryRoot: string,
  target: string,
  article: Article,
  content: string,
): Promise<string[]> {
  let outcome;
  try {
    outcome = await writeExportPhotos(libraryRoot, path.dirname(target), [article], undefined, {
      named: namedIn(content),
      allOrNothing: true,
    });
  } catch (error) {
    throw describeFsError(error, 'write the photos beside the exported file', 'that folder');
  }
  const failed = outcome.failed[0];
  if (failed) throw notExported(failed.failure);
  return outcome.written;
}
