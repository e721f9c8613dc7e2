// Writes an edition into one folder: a page per chosen article named by its slug, with
// index.html, ticker.html, feed.xml and the Khmer font in fonts/ beside them (or, in the other
// formats, one file per article), and in photos/ the photo files they name, each written before
// the first file that names it. Each file is written atomically, so a cancelled or failed edition
// leaves only whole files; the outcome says which were written and which articles were left
// out, and why.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EditionFile, EditionSkip, ExportFormat } from '../../shared/api/contract';
import type { ApiErrorValue } from '../../shared/api/errors';
import type { Article, ArticleStatus } from '../../shared/article';
import {
  EDITION_FILES,
  articleExportContext,
  listedFeedParts,
  listedIndexParts,
  renderTickerFragment,
  resolveLibraryLinks,
  sortListed,
  type LinkSources,
  type ListedEntry,
} from '../../shared/edition';
import { collectFacts } from '../../shared/export/facts';
import { editionFileNames } from '../../shared/page-files';
import { writeFileAtomic, type FileContent } from './atomic-write';
import { linkedArticles, renderFormat, tickerOrNone, type ExportSources } from './export-sources';
import { writeExportFonts } from './export-fonts';
import { ExportPhotos, PHOTOS_AT_ONCE, namedIn, type ArticlePhotos } from './media/export-photos';
import { EXPORT_FILE_TYPES } from './export-target';
import { describeFsError } from './fs-errors';
import type { Library } from './library';
import { knownWordCount, listedEntry, writingOrder } from './edition-items';
import { goneSkip, loadChecked, photoSkip } from './edition-left-out';
import {
  openPublicationRecord,
  recordPublished,
  type PublishedEntry,
} from './publishing/publication-record';
import { WorkBudget } from './work-budget';

/**
 * Files rendered ahead of the one being written, so that while it waits for its photos the
 * next files' photos are being made too: twice as many as are made at once keeps every place
 * busy, and memory holds only these files' text.
 */
const RENDERED_AHEAD = PHOTOS_AT_ONCE * 2;

/** A file rendered and waiting for its photos; the article itself is not kept. */
interface Pending {
  file: EditionFile;
  content: string;
  entry: PublishedEntry | undefined;
  photos: Promise<ArticlePhotos>;
  /** Other articles of the edition the page links to. */
  linked: string[];
  /** The index's and the feed's entry, for a page. */
  listed?: ListedEntry;
}

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
  /** Why a failed edition stopped. */
  failure?: ApiErrorValue;
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
  const finish = (end: EditionOutcome['state'], failure?: ApiErrorValue): EditionOutcome => ({
    ...snapshot(state),
    // Left-out articles in the order they were asked for, whatever order they were read in.
    skipped: [...state.skipped].sort(
      (a, b) => (asked.get(a.articleId) ?? 0) - (asked.get(b.articleId) ?? 0),
    ),
    state: end,
    ...(failure === undefined ? {} : { failure }),
  });
  const asked = new Map(ids.map((id, index) => [id, index]));
  // Other requests run between articles whenever a slice of work has been done.
  const budget = new WorkBudget();
  const photos = new ExportPhotos(sources.library.root, request.folder, () => budget.pause());
  const write = async (file: EditionFile, content: FileContent) => {
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
      state.skipped.push(goneSkip(id));
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
    // Pages that link to other articles of the edition, redone if one of those is left out.
    const linking = new Map<string, string[]>();
    const left = new Set<string>();
    // Files rendered, in writing order, whose photos are being made.
    const pending: Pending[] = [];

    const leaveOut = (skip: EditionSkip) => {
      state.skipped.push(skip);
      left.add(skip.articleId);
      files.delete(skip.articleId);
      state.done += 1;
    };

    /** Reads, checks and renders one article; what is kept of it is small. */
    const renderOne = async (id: string) => {
      const checked = await loadChecked(sources.library, id, live, ticker, request.override);
      if ('skip' in checked) return checked;
      const { article } = checked;
      const entry = record.entryOf(article);
      const wordCount = knownWordCount(summaries.get(id), article);
      const context = {
        ...articleExportContext(article, links, entry),
        ...(wordCount === undefined ? {} : { wordCount }),
      };
      const file = files.get(id)!;
      return {
        article,
        entry,
        context,
        file,
        content: renderFormat(article, request.format, context),
      };
    };

    /** Renders an article and starts making the photos its file names. */
    const startOne = async (id: string) => {
      const rendered = await renderOne(id);
      if ('skip' in rendered) {
        leaveOut(rendered.skip);
        return;
      }
      const { article, entry, context, file, content } = rendered;
      const linked = isPage
        ? linkedArticles(article, ticker).filter((other) => files.has(other))
        : [];
      pending.push({
        file: { file, articleId: id, headline: article.headline },
        content,
        entry,
        photos: photos.prepare(article, namedIn(content)),
        linked,
        ...(isPage ? { listed: listedEntry(article, file, collectFacts(article, context)) } : {}),
      });
    };

    /** Writes the next file once its photos are beside it; without them, it is left out. */
    const writeNext = async () => {
      const next = pending.shift()!;
      const id = next.file.articleId!;
      const made = await next.photos;
      if ('failure' in made) {
        leaveOut(photoSkip(id, next.file.headline ?? '', made.failure));
        return;
      }
      for (const file of await photos.place(made.sizes)) state.written.push({ file });
      await write(next.file, next.content);
      if (next.entry) published.set(id, next.entry);
      state.done += 1;
      if (next.listed) listed.push(next.listed);
      if (next.linked.length > 0) linking.set(id, next.linked);
    };

    /** A page written again, without its links to articles since left out. */
    const rewrite = async (id: string) => {
      const rendered = await renderOne(id);
      if ('skip' in rendered) return;
      // The photos are the same as the first time unless the article changed meanwhile.
      const made = await photos.prepare(rendered.article, namedIn(rendered.content));
      if ('failure' in made) return;
      for (const file of await photos.place(made.sizes)) state.written.push({ file });
      await writeFileAtomic(path.join(request.folder, rendered.file), rendered.content);
    };

    const stop = async () => {
      await photos.close();
      await recordDates();
      return finish('cancelled');
    };

    // Each article is read once, newest first, rendered, and written once its photos are made;
    // a few are rendered ahead, so that several photos are made at once.
    for (const id of writingOrder(chosen, record.known, request.now)) {
      await budget.pause();
      if (hooks.isCancelled?.()) return await stop();
      await startOne(id);
      report();
      while (pending.length > RENDERED_AHEAD) {
        if (hooks.isCancelled?.()) return await stop();
        await writeNext();
        report();
      }
    }
    while (pending.length > 0) {
      await budget.pause();
      if (hooks.isCancelled?.()) return await stop();
      await writeNext();
      report();
    }
    // A page written before an article it links to was left out is written again without the link.
    for (const [id, linked] of linking) {
      if (!linked.some((other) => left.has(other))) continue;
      await budget.pause();
      await rewrite(id);
    }
    await photos.close();
    if (isPage) {
      // The pages and the index find the Khmer font beside them.
      for (const file of await writeExportFonts(request.folder)) state.written.push({ file });
      const site = {
        publication: sources.publication,
        ...(ticker ? { ticker } : {}),
        resolveArticle: resolveLibraryLinks(links),
        now: request.now.toISOString(),
      };
      const newestFirst = sortListed(listed);
      const extras: [string, () => FileContent][] = [
        [EDITION_FILES.ticker, () => renderTickerFragment(site)],
        [EDITION_FILES.index, () => listedIndexParts(newestFirst, site)],
        [EDITION_FILES.feed, () => listedFeedParts(newestFirst, site)],
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
    // Photos still being made finish before the outcome is told; their copies are whole files.
    await photos.close().catch(() => undefined);
    return finish('failed', editionFailure(error));
  }
}

/**
 * Why an edition stopped, as a sentence of its own (`errors.edition-<code>`): the sentences for a
 * full disk or a read-only folder elsewhere speak of saving into the library. An error that
 * names its own sentence keeps it.
 */
function editionFailure(error: unknown): ApiErrorValue {
  const cause = describeFsError(error, 'write the edition', 'the export folder');
  if (cause.reason) return cause.toValue();
  const failure: ApiErrorValue = { ...cause.toValue(), reason: `edition-${cause.code}` };
  // The system's own words for a failure that has no sentence of its own.
  if (cause.code === 'io') {
    failure.values = { detail: error instanceof Error ? error.message : String(error) };
  }
  return failure;
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
