// Writes an edition into one folder: a page per chosen article named by its slug, with
// index.html, ticker.html, feed.xml and the Khmer font in fonts/ beside them (or, in the other formats, one file per
// article). Each file is written atomically, so a cancelled or failed edition leaves only whole
// files; the outcome says which were written and which articles were left out, and why.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EditionFile, EditionSkip, ExportFormat } from '../../shared/api/contract';
import type { Article, ArticleStatus } from '../../shared/article';
import {
  EDITION_FILES,
  articleExportContext,
  renderAtomFeed,
  renderEditionIndex,
  renderTickerFragment,
  resolveLibraryLinks,
  type EditionEntry,
  type LinkSources,
} from '../../shared/edition';
import { listEntries } from '../../shared/edition/entries';
import type { Ticker } from '../../shared/ticker';
import { editionFileNames } from '../../shared/page-files';
import { writeFileAtomic } from './atomic-write';
import {
  blockingProblems,
  checkArticle,
  liveHeadlines,
  renderFormat,
  tickerOrNone,
  type ExportSources,
} from './export-sources';
import { writeExportFonts } from './export-fonts';
import { writeExportPhotos } from './media/export-photos';
import { EXPORT_FILE_TYPES } from './export-target';
import { describeFsError } from './fs-errors';
import type { Library } from './library';
import { publishedDates } from './publishing/publication-record';
import { WorkBudget } from './work-budget';

export interface EditionSelection {
  status?: ArticleStatus;
  ids?: string[];
}

export interface EditionRequest {
  folder: string;
  format: ExportFormat;
  /** Export articles whose preflight found errors too. */
  override: boolean;
  /** The time the edition is made: approved articles first published, or changed, are dated by it. */
  now: Date;
}

export interface EditionState {
  total: number;
  done: number;
  written: EditionFile[];
  skipped: EditionSkip[];
}

export interface EditionOutcome extends EditionState {
  state: 'done' | 'cancelled' | 'failed';
  error?: string;
}

export interface EditionHooks {
  onProgress?: (state: EditionState) => void;
  /** Asked before each file; true stops the edition there. */
  isCancelled?: () => boolean;
}

/** The articles an edition takes: `ids` as given, or every article with `status` (Approved by default). */
export async function selectEdition(
  library: Library,
  selection: EditionSelection,
): Promise<string[]> {
  if (selection.ids) return [...new Set(selection.ids)];
  const status = selection.status ?? 'approved';
  const { articles } = await library.list();
  return articles.filter((article) => article.status === status).map((article) => article.id);
}

export async function writeEdition(
  sources: ExportSources,
  ids: readonly string[],
  request: EditionRequest,
  hooks: EditionHooks = {},
): Promise<EditionOutcome> {
  const state: EditionState = { total: ids.length, done: 0, written: [], skipped: [] };
  const report = () => hooks.onProgress?.(snapshot(state));
  const finish = (end: EditionOutcome['state'], error?: string): EditionOutcome => ({
    ...snapshot(state),
    state: end,
    ...(error === undefined ? {} : { error }),
  });
  const write = async (file: EditionFile, content: string) => {
    await writeFileAtomic(path.join(request.folder, file.file), content);
    state.written.push(file);
  };

  try {
    await mkdir(request.folder, { recursive: true });
    const [live, ticker] = await Promise.all([
      liveHeadlines(sources.library),
      tickerOrNone(sources),
    ]);
    // Other requests run between articles whenever a slice of work has been done.
    const budget = new WorkBudget();
    const included: Article[] = [];
    for (const id of ids) {
      await budget.pause();
      const checked = await loadChecked(sources.library, id, live, ticker, request.override);
      if ('skip' in checked) {
        state.skipped.push(checked.skip);
        state.done += 1;
      } else {
        included.push(checked.article);
      }
    }
    report();

    const isPage = request.format === 'page';
    const files = fileNames(included, request.format);
    const links: LinkSources = {
      publication: sources.publication,
      ...(ticker ? { ticker } : {}),
      headlines: live,
      // Only pages are written side by side; other formats link to the site, as a single export does.
      ...(isPage ? { editionFiles: files } : {}),
    };
    const root = sources.library.root;
    const dates = await publishedDates(root, included, request.now, { record: false });
    // Only the pages an edition wrote are published: their dates are recorded as it ends.
    const published: Article[] = [];
    const recordPublished = () => publishedDates(root, published, request.now, { record: true });
    const entries: EditionEntry[] = included.map((article) => ({
      article,
      file: files.get(article.id)!,
      context: articleExportContext(article, links, dates.get(article.id)),
    }));
    // Newest first, so an edition stopped half-way has the latest news.
    for (const { entry } of listEntries(entries)) {
      await budget.pause();
      if (hooks.isCancelled?.()) {
        await recordPublished();
        return finish('cancelled');
      }
      const { article } = entry;
      await write(
        { file: entry.file, articleId: article.id, headline: article.headline },
        renderFormat(article, request.format, entry.context),
      );
      published.push(article);
      state.done += 1;
      report();
    }
    if (isPage) {
      // The pages and the index find the Khmer font beside them.
      for (const file of await writeExportFonts(request.folder)) state.written.push({ file });
      // The photos the pages show, once each, in photos/ beside them.
      const photos = await writeExportPhotos(sources.library.root, request.folder, included, () =>
        budget.pause(),
      );
      for (const file of photos.written) state.written.push({ file });
      for (const { articleId, reason } of photos.failed) {
        const headline = included.find((article) => article.id === articleId)?.headline ?? '';
        state.skipped.push({ articleId, headline, reason });
      }
      const site = {
        publication: sources.publication,
        ...(ticker ? { ticker } : {}),
        resolveArticle: resolveLibraryLinks(links),
        now: request.now.toISOString(),
      };
      const extras: [string, () => string][] = [
        [EDITION_FILES.ticker, () => renderTickerFragment(site)],
        [EDITION_FILES.index, () => renderEditionIndex(entries, site)],
        [EDITION_FILES.feed, () => renderAtomFeed(entries, site)],
      ];
      for (const [file, render] of extras) {
        await budget.pause();
        if (hooks.isCancelled?.()) {
          await recordPublished();
          return finish('cancelled');
        }
        await write({ file }, render());
        report();
      }
    }
    await recordPublished();
    return finish('done');
  } catch (error) {
    return finish(
      'failed',
      describeFsError(error, 'write the edition', 'the export folder').message,
    );
  }
}

type Checked = { article: Article } | { skip: EditionSkip };

async function loadChecked(
  library: Library,
  id: string,
  live: ReadonlyMap<string, string>,
  ticker: Ticker | undefined,
  override: boolean,
): Promise<Checked> {
  const headline = live.get(id) ?? '';
  if (!live.has(id)) {
    return { skip: { articleId: id, headline, reason: 'It is no longer in the library.' } };
  }
  let article: Article;
  try {
    article = await library.get(id);
  } catch (error) {
    const reason = `It could not be read: ${(error as Error).message}`;
    return { skip: { articleId: id, headline, reason } };
  }
  const problems = blockingProblems(checkArticle(article, live, ticker));
  if (problems && !override) {
    return {
      skip: { articleId: id, headline: article.headline, reason: `${capitalize(problems)}.` },
    };
  }
  return { article };
}

/** Each article's file name; pages leave the edition's own names free. */
function fileNames(articles: readonly Article[], format: ExportFormat): Map<string, string> {
  const reserved = format === 'page' ? ['index', 'ticker'] : [];
  return editionFileNames(articles, EXPORT_FILE_TYPES[format].suffix, reserved);
}

function snapshot(state: EditionState): EditionState {
  return { ...state, written: [...state.written], skipped: [...state.skipped] };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
