// The library's listing: scans a folder of article files, reading only those that changed since
// the last scan (the listing cache remembers each file's size and time), sets damaged files
// aside, and keeps the search in step with what it reads.
import { lstatSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { summarize, type Article, type ArticleSummary } from '../../../shared/article';
import { isArticleId } from '../../../shared/ids';
import { BlockWordCounts } from '../../../shared/text/block-word-counts';
import { countWords } from '../../../shared/text/counts';
import { docToPlainText } from '../../../shared/text/doc-text';
import { describeFsError } from '../fs-errors';
import {
  insideLibrary,
  LINK_REASON,
  readLibraryFileSync,
  type LibraryRead,
} from '../library-files';
import { ListingCache, type CachedSummary, type SavedListing } from '../listing-cache';
import { WorkBudget } from '../work-budget';
import { parseArticleFile } from './article-parse';
import type { ArticleFolder } from './article-store';
import { ARTICLES, type DamagedFiles } from './damaged-files';
import type { LibrarySearch } from './library-search';

/** Files read between two yields to the event loop: a few milliseconds of work each. */
export const SCAN_BATCH = 200;
/**
 * How long a save's new summary waits to be written with the listing. Saves come every second
 * while a writer types, and each write of a 10,000-article listing is megabytes; a summary not
 * yet written when the app stops costs only its one file read again at the next opening.
 */
export const SAVED_SUMMARY_DELAY_MS = 60_000;

type Scanned = ArticleSummary | { damaged: string; reason: string } | undefined;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function summarizeWithCount(article: Article): ArticleSummary {
  return summarize(article, countWords(docToPlainText(article.body), article.language));
}

export class Listing {
  /** Summaries by `<folder>/<file name>`: the saved cache's (articles/ alone), then scans'. */
  private loaded: Map<string, CachedSummary> | undefined;
  /** Whether the summaries of articles/ are those of the whole folder, not of some files only. */
  private whole = false;
  private readonly saved: ListingCache;
  /** Counts of the articles saved last, block by block: a save counts only what changed. */
  private readonly savedCounts = new BlockWordCounts();

  constructor(
    private readonly root: string,
    private readonly damaged: DamagedFiles,
    private readonly search: LibrarySearch,
  ) {
    this.saved = new ListingCache(root);
    // Read as soon as the event loop is free: while the library's folders are being checked,
    // and so before the first scan needs it. Anything asking sooner reads it at once.
    setImmediate(() => this.cache);
  }

  private get cache(): Map<string, CachedSummary> {
    if (!this.loaded) {
      const { entries, whole } = this.saved.load();
      this.loaded = entries;
      this.whole = whole;
    }
    return this.loaded;
  }

  /** Writes the listing cache if a write is pending. */
  async close(): Promise<void> {
    await this.saved.flush(() => this.savedListing());
  }

  /** The names of the folder's article files: JSON files, not hidden (temp files are). */
  private async articleFiles(folder: ArticleFolder): Promise<string[]> {
    try {
      const names = await readdir(path.join(this.root, folder));
      return names.filter((name) => !name.startsWith('.') && name.endsWith('.json'));
    } catch (error) {
      throw describeFsError(error, 'read the library');
    }
  }

  /** The summaries of the folder's article files, damaged ones set aside. */
  async scan(folder: ArticleFolder): Promise<ArticleSummary[]> {
    const files = await this.articleFiles(folder);
    const seen = new Set(files.map((name) => `${folder}/${name}`));
    const summaries: ArticleSummary[] = [];
    const budget = new WorkBudget();
    const dir = insideLibrary(this.root, folder);
    for (let start = 0; start < files.length; start += SCAN_BATCH) {
      if (start > 0) await yieldToEventLoop();
      for (const name of files.slice(start, start + SCAN_BATCH)) {
        // Long articles take far longer to read than short ones; pause by time as well. Checked
        // without awaiting: thousands of unchanged files are each a few microseconds of work.
        if (budget.due) await budget.pause();
        const found = this.summaryOf(folder, dir, name);
        if (found && 'damaged' in found) await this.setAside(found);
        else if (found) summaries.push(found);
      }
    }
    for (const key of this.cache.keys()) {
      if (key.startsWith(`${folder}/`) && !seen.has(key)) {
        this.forget(folder, path.basename(key, '.json'));
      }
    }
    if (folder === ARTICLES && !this.whole) {
      this.whole = true;
      this.cacheChanged();
    }
    return summaries;
  }

  /** The summaries of these articles of articles/ alone, without reading the whole folder. */
  async lookup(ids: Iterable<string>): Promise<ArticleSummary[]> {
    const summaries: ArticleSummary[] = [];
    const dir = insideLibrary(this.root, ARTICLES);
    for (const id of new Set(ids)) {
      if (!isArticleId(id)) continue;
      const found = this.summaryOf(ARTICLES, dir, `${id}.json`);
      if (found && 'damaged' in found) await this.setAside(found);
      else if (found) summaries.push(found);
    }
    return summaries;
  }

  /** What the last scan or save knew of a listed article. */
  summary(id: string): ArticleSummary | undefined {
    return this.cache.get(`${ARTICLES}/${id}.json`)?.summary;
  }

  /** The size and time of a listed article's file when it was last read or written. */
  stamp(id: string): string | undefined {
    const entry = this.cache.get(`${ARTICLES}/${id}.json`);
    return entry && `${entry.mtimeMs}:${entry.size}`;
  }

  /**
   * The summaries of articles/ the saved listing holds, or the last scan found; none while they
   * are only some of its files (a first listing cut short), which would show a library smaller
   * than it is.
   */
  remembered(): ArticleSummary[] {
    const summaries: ArticleSummary[] = [];
    // Loaded first: the saved listing says whether it was whole.
    const cache = this.cache;
    if (!this.whole) return summaries;
    const prefix = `${ARTICLES}/`;
    for (const [key, entry] of cache) {
      if (key.startsWith(prefix)) summaries.push(entry.summary);
    }
    return summaries;
  }

  /**
   * The summaries of the `count` files of the folder changed last, by their files' times; or
   * undefined when the folder holds no more than that, and is as quick to scan whole.
   */
  async newest(folder: ArticleFolder, count: number): Promise<ArticleSummary[] | undefined> {
    const files = await this.articleFiles(folder);
    if (files.length <= count) return undefined;
    const dir = insideLibrary(this.root, folder);
    const times: { name: string; mtimeMs: number }[] = [];
    for (let start = 0; start < files.length; start += SCAN_BATCH) {
      if (start > 0) await yieldToEventLoop();
      for (const name of files.slice(start, start + SCAN_BATCH)) {
        if (!isPlainName(name)) continue;
        try {
          times.push({ name, mtimeMs: lstatSync(`${dir}${path.sep}${name}`).mtimeMs });
        } catch {
          // Gone since the folder was read; the whole scan will not list it either.
        }
      }
    }
    times.sort((a, b) => b.mtimeMs - a.mtimeMs);
    const summaries: ArticleSummary[] = [];
    for (const { name } of times.slice(0, count)) {
      const found = this.summaryOf(folder, dir, name);
      if (found && 'damaged' in found) await this.setAside(found);
      else if (found) summaries.push(found);
    }
    return summaries;
  }

  listedIds(): string[] {
    const ids: string[] = [];
    const prefix = `${ARTICLES}/`;
    for (const key of this.cache.keys()) {
      if (key.startsWith(prefix)) ids.push(key.slice(prefix.length, -'.json'.length));
    }
    return ids;
  }

  /** Updates the listing and the search after this process wrote an article. */
  async remember(article: Article): Promise<ArticleSummary> {
    const summary = summarize(
      article,
      this.savedCounts.count(article.id, article.body, article.language),
    );
    const key = `${ARTICLES}/${article.id}.json`;
    const info = await stat(insideLibrary(this.root, key)).catch(() => undefined);
    if (info) {
      this.cache.set(key, { mtimeMs: Math.round(info.mtimeMs), size: info.size, summary });
      this.cacheChanged(SAVED_SUMMARY_DELAY_MS);
    }
    this.search.queue(article, this.stamp(article.id));
    return summary;
  }

  /** An article that left the folder: out of the listing, and out of the search. */
  forget(folder: ArticleFolder, id: string): void {
    this.cache.delete(`${folder}/${id}.json`);
    if (folder === ARTICLES) {
      this.search.forget(id);
      this.cacheChanged();
    }
  }

  private async setAside(found: { damaged: string; reason: string }): Promise<void> {
    await this.damaged.setAside(found.damaged, found.reason).catch(() => undefined);
  }

  /**
   * Reads a file only when it changed since the last scan, with the synchronous calls: for
   * thousands of small files they are several times faster than the thread pool, and the scan
   * yields between batches so nothing waits long.
   */
  private summaryOf(folder: ArticleFolder, dir: string, name: string): Scanned {
    const key = `${folder}/${name}`;
    // `dir` is the folder inside the library; a plain file name keeps the path in it.
    if (!isPlainName(name)) return undefined;
    const file = `${dir}${path.sep}${name}`;
    let info: Stats;
    let read: LibraryRead;
    try {
      info = lstatSync(file);
      if (info.isSymbolicLink()) return { damaged: file, reason: LINK_REASON };
      if (!info.isFile()) return undefined;
      const cached = this.cache.get(key);
      if (cached && cached.mtimeMs === Math.round(info.mtimeMs) && cached.size === info.size) {
        return cached.summary;
      }
      read = readLibraryFileSync(file);
    } catch {
      // Gone between listing the folder and reading it: another window moved it.
      return undefined;
    }
    if ('refused' in read) return { damaged: file, reason: read.refused };
    const parsed = parseArticleFile(read.text, name);
    if (!('article' in parsed)) return { damaged: file, reason: parsed.reason };
    const { article } = parsed;
    const summary = summarizeWithCount(article);
    this.cache.set(key, { mtimeMs: Math.round(info.mtimeMs), size: info.size, summary });
    if (folder === ARTICLES) {
      this.cacheChanged();
      this.search.readFromDisk(article, this.stamp(article.id));
    }
    return summary;
  }

  private savedListing(): SavedListing {
    const entries = new Map([...this.cache].filter(([key]) => key.startsWith(`${ARTICLES}/`)));
    return { entries, whole: this.whole };
  }

  private cacheChanged(delayMs?: number): void {
    this.saved.scheduleSave(() => this.savedListing(), delayMs);
  }
}

/** A file name with no separator or NUL and not a dot name: joined to a folder, it stays in it. */
function isPlainName(name: string): boolean {
  return (
    name !== '' &&
    name !== '.' &&
    name !== '..' &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes('\0')
  );
}
