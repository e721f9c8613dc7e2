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
  renderListedFeed,
  renderListedIndex,
  renderTickerFragment,
  resolveLibraryLinks,
  sortListed,
  type LinkSources,
  type ListedEntry,
} from '../../shared/edition';
import { collectFacts } from '../../shared/export/facts';
import type { Ticker } from '../../shared/ticker';
import { editionFileNames } from '../../shared/page-files';
import { writeFileAtomic } from './atomic-write';
import {
  blockingProblems,
  checkArticle,
  linkedArticles,
  renderFormat,
  tickerOrNone,
  type ExportSources,
} from './export-sources';
import { writeExportFonts } from './export-fonts';
import { writeExportPhotos } from './media/export-photos';
import { EXPORT_FILE_TYPES } from './export-target';
import { describeFsError } from './fs-errors';
import type { Library } from './library';
import {
  knownWordCount,
  listedEntry,
  photoStub,
  writingOrder,
  type PhotoStub,
} from './edition-items';
import {
  openPublicationRecord,
  recordPublished,
  type PublishedEntry,
} from './publishing/publication-record';
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
    // Left-out articles in the order they were asked for, whatever order they were read in.
    skipped: [...state.skipped].sort(
      (a, b) => (asked.get(a.articleId) ?? 0) - (asked.get(b.articleId) ?? 0),
    ),
    state: end,
    ...(error === undefined ? {} : { error }),
  });
  const asked = new Map(ids.map((id, index) => [id, index]));
  const write = async (file: EditionFile, content: string) => {
    await writeFileAtomic(path.join(request.folder, file.file), content);
    state.written.push(file);
  };

  try {
    await mkdir(request.folder, { recursive: true });
    const [{ articles: listing }, ticker] = await Promise.all([
      sources.library.list(),
      tickerOrNone(sources),
    ]);
    const live = new Map(listing.map((summary) => [summary.id, summary.headline]));
    const wanted = new Set(ids);
    const chosen = listing.filter((summary) => wanted.has(summary.id));
    for (const id of wanted) {
      if (live.has(id)) continue;
      state.skipped.push({
        articleId: id,
        headline: '',
        reason: 'It is no longer in the library.',
      });
      state.done += 1;
    }
    const summaries = new Map(chosen.map((summary) => [summary.id, summary]));
    const root = sources.library.root;
    const record = await openPublicationRecord(root, request.now);

    const isPage = request.format === 'page';
    // Pages are named from the listing, before any is written, so each can link to the others.
    const files = fileNames(chosen, request.format);
    const links: LinkSources = {
      publication: sources.publication,
      ...(ticker ? { ticker } : {}),
      headlines: live,
      // Only pages are written side by side; other formats link to the site, as a single export does.
      ...(isPage ? { editionFiles: files } : {}),
    };
    // Only the pages an edition wrote are published: their dates are recorded as it ends.
    const published = new Map<string, PublishedEntry>();
    const recordDates = () => recordPublished(root, published, request.now);
    const listed: ListedEntry[] = [];
    const photos: PhotoStub[] = [];
    // Pages that link to other articles of the edition, redone if one of those is left out.
    const linking = new Map<string, string[]>();
    const left = new Set<string>();
    // Other requests run between articles whenever a slice of work has been done.
    const budget = new WorkBudget();

    /** Reads, checks, writes one article's file; what is kept of it is small. */
    const writeOne = async (id: string, again: boolean) => {
      const checked = await loadChecked(sources.library, id, live, ticker, request.override);
      if ('skip' in checked) {
        if (again) return;
        state.skipped.push(checked.skip);
        left.add(id);
        files.delete(id);
        state.done += 1;
        return;
      }
      const { article } = checked;
      const entry = record.entryOf(article);
      const wordCount = knownWordCount(summaries.get(id), article);
      const context = {
        ...articleExportContext(article, links, entry),
        ...(wordCount === undefined ? {} : { wordCount }),
      };
      const file = files.get(id)!;
      const content = renderFormat(article, request.format, context);
      if (again) {
        await writeFileAtomic(path.join(request.folder, file), content);
        return;
      }
      await write({ file, articleId: article.id, headline: article.headline }, content);
      if (entry) published.set(id, entry);
      state.done += 1;
      if (!isPage) return;
      listed.push(listedEntry(article, file, collectFacts(article, context)));
      const stub = photoStub(article);
      if (stub) photos.push(stub);
      const linked = linkedArticles(article, ticker).filter((other) => files.has(other));
      if (linked.length > 0) linking.set(id, linked);
    };

    // Each article is read once, newest first, and its file written before the next is read.
    for (const id of writingOrder(chosen, record.known, request.now)) {
      await budget.pause();
      if (hooks.isCancelled?.()) {
        await recordDates();
        return finish('cancelled');
      }
      await writeOne(id, false);
      report();
    }
    // A page written before an article it links to was left out is written again without the link.
    for (const [id, linked] of linking) {
      if (!linked.some((other) => left.has(other))) continue;
      await budget.pause();
      await writeOne(id, true);
    }
    if (isPage) {
      // The pages and the index find the Khmer font beside them.
      for (const file of await writeExportFonts(request.folder)) state.written.push({ file });
      // The photos the pages show, once each, in photos/ beside them.
      const copied = await writeExportPhotos(root, request.folder, photos, () => budget.pause());
      for (const file of copied.written) state.written.push({ file });
      for (const { articleId, reason } of copied.failed) {
        state.skipped.push({ articleId, headline: live.get(articleId) ?? '', reason });
      }
      const site = {
        publication: sources.publication,
        ...(ticker ? { ticker } : {}),
        resolveArticle: resolveLibraryLinks(links),
        now: request.now.toISOString(),
      };
      const newestFirst = sortListed(listed);
      const extras: [string, () => string][] = [
        [EDITION_FILES.ticker, () => renderTickerFragment(site)],
        [EDITION_FILES.index, () => renderListedIndex(newestFirst, site)],
        [EDITION_FILES.feed, () => renderListedFeed(newestFirst, site)],
      ];
      for (const [file, render] of extras) {
        await budget.pause();
        if (hooks.isCancelled?.()) {
          await recordDates();
          return finish('cancelled');
        }
        await write({ file }, render());
        report();
      }
    }
    await recordDates();
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
function fileNames(
  articles: readonly Pick<Article, 'id' | 'headline' | 'createdAt'>[],
  format: ExportFormat,
): Map<string, string> {
  const reserved = format === 'page' ? ['index', 'ticker'] : [];
  return editionFileNames(articles, EXPORT_FILE_TYPES[format].suffix, reserved);
}

function snapshot(state: EditionState): EditionState {
  return { ...state, written: [...state.written], skipped: [...state.skipped] };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
