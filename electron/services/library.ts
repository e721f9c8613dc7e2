// The library on disk: one JSON file per article, atomic writes, revision checks, trash,
// and files that fail to parse moved aside instead of stopping the rest from loading.
import { randomUUID } from 'node:crypto';
import { lstatSync, readdirSync, rmSync, type Stats } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  LibraryListing,
  LibraryProblem,
  RevisionOnDisk,
  SearchHit,
} from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleFieldsSchema,
  ArticleSchema,
  compareByLastChange,
  emptyFields,
  STATUS_LABELS,
  summarize,
  type Article,
  type ArticleFields,
  type ArticleSummary,
} from '../../shared/article';
import { migrateArticle } from '../../shared/article-migrations';
import { INTERVAL_MS, TRASH_DAYS, type VersionSummary } from '../../shared/history';
import { isArticleId } from '../../shared/ids';
import { withoutUnsafeRelated } from '../../shared/related';
import { checkBody } from '../../shared/schema/sanitize-body';
import { sampleArticleFields } from '../../shared/sample-article';
import { countWords } from '../../shared/text/counts';
import { docToPlainText } from '../../shared/text/doc-text';
import { isTempFileName, syncFolder, writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { HISTORY, VersionHistory } from './history';
import {
  insideLibrary,
  isOwnFolder,
  LINK_REASON,
  MAX_FILE_BYTES,
  parseLibraryJson,
  readLibraryFile,
  readLibraryFileSync,
  type LibraryRead,
} from './library-files';
import { ListingCache, type CachedSummary } from './listing-cache';
import { SearchIndex } from './search-index';
import { WorkBudget } from './work-budget';

const ARTICLES = 'articles';
const TRASH = 'trash';
const DAMAGED = 'damaged';
const MARKER = 'library.json';
const CACHE_FOLDER = '.dateline';
/** Files read between two yields to the event loop: a few milliseconds of work each. */
const SCAN_BATCH = 200;

type Scanned = ArticleSummary | { damaged: string; reason: string } | undefined;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Parses and checks one article file's text; says why when it is not a usable article. */
export function parseArticleFile(
  raw: string,
  fileName: string,
): { article: Article } | { reason: string } {
  const json = parseLibraryJson(raw);
  if ('reason' in json) return json;
  try {
    const parsed = ArticleSchema.safeParse(withoutUnsafeRelated(migrateArticle(json.value)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        reason: `it does not look like a Dateline article (${issue?.path.join('.')}: ${issue?.message})`,
      };
    }
    if (fileName !== `${parsed.data.id}.json`)
      return { reason: 'its id does not match its file name' };
    const body = checkBody(parsed.data.body);
    if (!body.ok) return { reason: body.message };
    return { article: { ...parsed.data, body: body.body } };
  } catch {
    return { reason: 'it does not look like a Dateline article' };
  }
}

export interface LibraryOptions {
  now?: () => Date;
}

export interface SaveOptions {
  /**
   * Keep the text on disk as a version before this save replaces it: a pasted or imported page
   * is filling the article, or this window's text is replacing a version saved elsewhere.
   */
  keepPrevious?: 'before-import' | 'replaced' | undefined;
  /** When the base revision was saved; a file with the same revision saved at another time conflicts. */
  baseUpdatedAt?: string | undefined;
}

const DAY_MS = 24 * 60 * 60_000;

export class Library {
  readonly root: string;
  private readonly now: () => Date;
  private readonly cache = new Map<string, CachedSummary>();
  private readonly problems: LibraryProblem[] = [];
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly index = new SearchIndex();
  /**
   * Articles saved since the last search, indexed when the next search comes: re-indexing a long
   * article takes longer than the rest of its save, and saves come every second while typing.
   */
  private readonly toIndex = new Map<string, Article>();
  private readonly listingCache: ListingCache;
  private readonly history: VersionHistory;
  private scanned = false;
  /** Built in the background after the first listing, so opening a large library stays quick. */
  private indexBuilt: Promise<void> | undefined;
  private indexWarm = false;

  private constructor(root: string, options: LibraryOptions) {
    this.root = root;
    this.now = options.now ?? (() => new Date());
    this.listingCache = new ListingCache(this.root);
    this.history = new VersionHistory(this.root, this.now);
    for (const [key, entry] of this.listingCache.load()) {
      if (key.startsWith(`${ARTICLES}/`)) this.cache.set(key, entry);
    }
  }

  /** Writes what is pending (the listing cache); the library stays usable afterwards. */
  async close(): Promise<void> {
    await this.listingCache.flush(() => this.cachedArticles());
  }

  private cachedArticles(): Map<string, CachedSummary> {
    return new Map([...this.cache].filter(([key]) => key.startsWith(`${ARTICLES}/`)));
  }

  private cacheChanged(): void {
    this.listingCache.scheduleSave(() => this.cachedArticles());
  }

  /** Opens (creating if needed) the library at `root`; a brand-new library gets the sample article. */
  static async open(root: string, options: LibraryOptions = {}): Promise<Library> {
    const library = new Library(path.resolve(root), options);
    await library.prepare();
    // Articles past their 30 days in the trash leave it now, not only when the trash is shown.
    await library.listTrash().catch(() => undefined);
    return library;
  }

  async list(): Promise<LibraryListing> {
    const articles = await this.scan(ARTICLES);
    this.scanned = true;
    this.indexBuilt ??= this.buildIndex();
    return { articles: articles.sort(compareByLastChange), problems: [...this.problems] };
  }

  /** The trash, newest first; articles deleted more than 30 days ago are removed for good. */
  async listTrash(): Promise<ArticleSummary[]> {
    const trashed = await this.scan(TRASH);
    const expiry = this.now().getTime() - TRASH_DAYS * DAY_MS;
    const kept: ArticleSummary[] = [];
    for (const article of trashed) {
      const expired = article.trashedAt && Date.parse(article.trashedAt) < expiry;
      if (!expired || !(await this.removeForGood(article.id, expiry))) kept.push(article);
    }
    return kept.sort((a, b) => ((a.trashedAt ?? '') < (b.trashedAt ?? '') ? 1 : -1));
  }

  /**
   * Deletes articles in the trash, and their earlier versions, for good: those `ids` names, or
   * all of them. An id not in the trash (restored meanwhile) is left alone.
   */
  async emptyTrash(ids?: readonly string[]): Promise<number> {
    const chosen = ids ?? (await this.scan(TRASH)).map((article) => article.id);
    let removed = 0;
    for (const id of chosen) {
      if (await this.removeForGood(id)) removed += 1;
    }
    return removed;
  }

  /** Ranked search over headline, standfirst and body. The index follows every save. */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    if (!this.scanned) await this.list();
    await this.indexBuilt;
    const hits: SearchHit[] = [];
    for (const article of this.toIndex.values()) this.index.upsert(article);
    this.toIndex.clear();
    await this.index.ready();
    for (const { id, score } of this.index.search(query, limit)) {
      const article = this.cache.get(`${ARTICLES}/${id}.json`)?.summary;
      if (article) hits.push({ article, score });
    }
    return hits;
  }

  async get(id: string): Promise<Article> {
    return this.read(ARTICLES, id);
  }

  async create(fields: Partial<ArticleFields> = {}): Promise<Article> {
    const merged = { ...emptyFields(), ...fields };
    const timestamp = this.now().toISOString();
    const article = this.validated({
      ...merged,
      body: this.checkedBody(merged),
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: randomUUID(),
      revision: 1,
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    await this.write(ARTICLES, article, 'create the article');
    await this.remember(article);
    return article;
  }

  /**
   * Saves `fields` over the article, only if the file on disk is still at `baseRevision`. The text
   * it replaces is kept as a version once five minutes have passed since the last one, and the
   * new text is kept when the status changes.
   */
  async save(
    id: string,
    baseRevision: number,
    fields: ArticleFields,
    options: SaveOptions = {},
  ): Promise<ArticleSummary> {
    return this.withLock(id, async () => {
      const current = await this.read(ARTICLES, id);
      this.checkBase(current, baseRevision, options.baseUpdatedAt);
      const next = this.validated({
        ...current,
        ...fields,
        body: this.checkedBody(fields),
        revision: current.revision + 1,
        updatedAt: this.laterThan(current.updatedAt),
      });
      // A version the writer's action depends on must be kept first; the routine ones never
      // stand in the way of saving the text itself.
      if (options.keepPrevious) {
        await this.history.keep(current, options.keepPrevious);
      } else {
        await this.bestEffort(() => this.keepIfDue(current));
      }
      await this.write(ARTICLES, next, 'save the article');
      if (next.status !== current.status) {
        const label = `Status changed to ${STATUS_LABELS[next.status]}`;
        await this.bestEffort(() => this.history.keep(next, 'status', label));
      }
      return this.remember(next);
    });
  }

  /** The revision of the article's file as it is on disk now, without setting anything aside. */
  async revisionOnDisk(id: string): Promise<RevisionOnDisk> {
    let read: LibraryRead;
    try {
      read = await readLibraryFile(this.file(ARTICLES, id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DatelineError(
          'not-found',
          'That article is not in the library any more. It may have been moved to the trash.',
        );
      }
      throw describeFsError(error, 'check the article');
    }
    if ('refused' in read) {
      throw new DatelineError('io', `The article file could not be read because ${read.refused}.`);
    }
    try {
      const { revision, updatedAt } = JSON.parse(read.text) as {
        revision?: unknown;
        updatedAt?: unknown;
      };
      return {
        revision: typeof revision === 'number' ? revision : null,
        updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
      };
    } catch {
      // Being written by a tool that does not write atomically: looked at again later.
      return { revision: null, updatedAt: null };
    }
  }

  /** Earlier versions of an article in the library or the trash, newest first. */
  async listVersions(id: string): Promise<VersionSummary[]> {
    if (!(await exists(this.file(ARTICLES, id))) && !(await exists(this.file(TRASH, id)))) {
      await this.read(ARTICLES, id);
    }
    return this.history.list(id);
  }

  async getVersion(id: string, versionId: string): Promise<Article> {
    return (await this.history.get(id, versionId)).article;
  }

  /**
   * "Save version": keeps the article as it is on disk, with the writer's label; or, given
   * `fields`, keeps this window's text, which the writer set aside for another version.
   */
  async saveVersion(id: string, label?: string, fields?: ArticleFields): Promise<VersionSummary> {
    return this.withLock(id, async () => {
      const current = await this.read(ARTICLES, id);
      if (!fields) return this.history.keep(current, 'manual', label);
      const draft = this.validated({ ...current, ...fields, body: this.checkedBody(fields) });
      return this.history.keep(draft, 'set-aside', label);
    });
  }

  /** Puts an earlier version back as a new revision; the text it replaces is kept first. */
  async restoreVersion(id: string, versionId: string, baseRevision: number): Promise<Article> {
    return this.withLock(id, async () => {
      const current = await this.read(ARTICLES, id);
      this.checkBase(current, baseRevision);
      const earlier = await this.getVersion(id, versionId);
      // The text comes back; where the article stands in the workflow does not.
      const fields = { ...ArticleFieldsSchema.parse(earlier), status: current.status };
      const next = this.validated({
        ...current,
        ...fields,
        body: this.checkedBody(fields),
        revision: current.revision + 1,
        updatedAt: this.laterThan(current.updatedAt),
      });
      await this.history.keep(current, 'before-restore');
      await this.write(ARTICLES, next, 'restore the earlier version');
      await this.remember(next);
      return next;
    });
  }

  private checkBase(current: Article, baseRevision: number, baseUpdatedAt?: string): void {
    const moved = baseUpdatedAt !== undefined && current.updatedAt !== baseUpdatedAt;
    if (current.revision !== baseRevision || moved) {
      throw new DatelineError(
        'conflict',
        'This article was changed in another window or by another program since you opened it, so your changes were not saved over it.',
      );
    }
  }

  /** Keeps the text a save replaces when five minutes have passed since the last version. */
  private async keepIfDue(current: Article): Promise<void> {
    const newest = await this.history.newestOf(current.id);
    if (newest.revision === current.revision) return;
    const since = Math.max(newest.takenAt, Date.parse(current.createdAt));
    if (this.now().getTime() - since >= INTERVAL_MS) await this.history.keep(current, 'interval');
  }

  /**
   * Deletes a trashed article and its versions, checked again under its lock: one restored or
   * purged meanwhile (by another window) is left alone. With `trashedBefore`, only if it was
   * trashed before then. Answers whether it was deleted.
   */
  private async removeForGood(id: string, trashedBefore?: number): Promise<boolean> {
    return this.withLock(id, async () => {
      let trashed: Article;
      try {
        trashed = await this.read(TRASH, id);
      } catch (error) {
        if (error instanceof DatelineError && error.code === 'not-found') return false;
        throw error;
      }
      const at = Date.parse(trashed.trashedAt ?? '');
      if (trashedBefore !== undefined && !(at < trashedBefore)) return false;
      try {
        await rm(this.file(TRASH, id), { force: true });
        await syncFolder(path.join(this.root, TRASH));
      } catch (error) {
        throw describeFsError(error, 'empty the trash');
      }
      this.cache.delete(`${TRASH}/${id}.json`);
      if (!(await exists(this.file(ARTICLES, id)))) await this.history.removeAll(id);
      return true;
    });
  }

  private async bestEffort(task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (error) {
      console.error(`Dateline could not keep an earlier version: ${(error as Error).message}`);
    }
  }

  /** Moves an article to the trash; it stays there, restorable, until the trash is emptied. */
  async trash(id: string): Promise<void> {
    await this.withLock(id, async () => {
      const article = await this.read(ARTICLES, id);
      const trashed = { ...article, trashedAt: this.now().toISOString() };
      await this.write(TRASH, trashed, 'move the article to the trash');
      await this.remove(ARTICLES, id, 'move the article to the trash');
      this.cache.delete(`${ARTICLES}/${id}.json`);
      this.cacheChanged();
      this.toIndex.delete(id);
      this.index.remove(id);
    });
  }

  async restore(id: string): Promise<ArticleSummary> {
    return this.withLock(id, async () => {
      const trashed = await this.read(TRASH, id);
      if (await exists(this.file(ARTICLES, id))) {
        throw new DatelineError(
          'conflict',
          'An article with the same id is already in the library.',
        );
      }
      const { trashedAt: _, ...rest } = trashed;
      const restored = this.validated({
        ...rest,
        revision: trashed.revision + 1,
        updatedAt: this.now().toISOString(),
      });
      await this.write(ARTICLES, restored, 'restore the article');
      await this.remove(TRASH, id, 'restore the article');
      return this.remember(restored);
    });
  }

  private async prepare(): Promise<void> {
    const isNew = !(await exists(path.join(this.root, MARKER)));
    try {
      for (const folder of [ARTICLES, TRASH, HISTORY]) {
        if (!(await isOwnFolder(path.join(this.root, folder)))) {
          throw new DatelineError(
            'io',
            `Could not open the library at ${this.root}: its ${folder} folder is a link to another place, which Dateline does not follow.`,
          );
        }
      }
      for (const folder of [ARTICLES, TRASH]) {
        await mkdir(path.join(this.root, folder), { recursive: true });
      }
      await this.removeLeftoverTempFiles();
      if (isNew) {
        const marker = { app: 'Dateline', schemaVersion: 1, createdAt: this.now().toISOString() };
        await this.create(sampleArticleFields());
        await writeFileAtomic(path.join(this.root, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
      }
    } catch (error) {
      throw describeFsError(error, `open the library at ${this.root}`);
    }
  }

  /** Clears what a write cut short (a kill, a power cut) left anywhere in the library. */
  private async removeLeftoverTempFiles(): Promise<void> {
    const folders: string[] = [];
    for (const folder of [
      this.root,
      ...[ARTICLES, TRASH, CACHE_FOLDER].map((name) => path.join(this.root, name)),
    ]) {
      if (await isOwnFolder(folder)) folders.push(folder);
    }
    // A link is not a directory entry, so a history folder linking elsewhere is not entered.
    const history = path.join(this.root, HISTORY);
    for (const entry of await readdir(history, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory() && isArticleId(entry.name))
        folders.push(path.join(history, entry.name));
    }
    // Synchronous and in batches: a library with thousands of history folders opens quickly.
    for (let start = 0; start < folders.length; start += SCAN_BATCH) {
      if (start > 0) await yieldToEventLoop();
      for (const folder of folders.slice(start, start + SCAN_BATCH)) {
        let names: string[];
        try {
          names = readdirSync(folder);
        } catch {
          continue;
        }
        // rmSync removes a planted link itself, never what it points at; a folder is left alone.
        for (const name of names.filter(isTempFileName)) {
          try {
            rmSync(path.join(folder, name), { force: true });
          } catch {
            // Still held by another program: cleared on a later open.
          }
        }
      }
    }
  }

  private async scan(folder: string): Promise<ArticleSummary[]> {
    let names: string[];
    try {
      names = await readdir(path.join(this.root, folder));
    } catch (error) {
      throw describeFsError(error, 'read the library');
    }
    const files = names.filter((name) => !name.startsWith('.') && name.endsWith('.json'));
    const seen = new Set(files.map((name) => `${folder}/${name}`));
    const summaries: ArticleSummary[] = [];
    const budget = new WorkBudget();
    for (let start = 0; start < files.length; start += SCAN_BATCH) {
      if (start > 0) await yieldToEventLoop();
      for (const name of files.slice(start, start + SCAN_BATCH)) {
        // Long articles take far longer to read than short ones; pause by time as well.
        await budget.pause();
        const found = this.summaryOf(folder, name, `${folder}/${name}`);
        if (found && 'damaged' in found) {
          await this.setAsideAsDamaged(found.damaged, found.reason).catch(() => undefined);
        } else if (found) {
          summaries.push(found);
        }
      }
    }
    for (const key of this.cache.keys()) {
      if (key.startsWith(`${folder}/`) && !seen.has(key)) {
        this.cache.delete(key);
        if (folder === ARTICLES) {
          this.toIndex.delete(path.basename(key, '.json'));
          this.index.remove(path.basename(key, '.json'));
          this.cacheChanged();
        }
      }
    }
    return summaries;
  }

  /** Reads a file only when it changed since the last scan. */
  /**
   * Reads with the synchronous calls: for thousands of small files they are several times faster
   * than the thread pool, and scan() yields between batches so nothing waits long.
   */
  private summaryOf(folder: string, name: string, key: string): Scanned {
    const file = insideLibrary(this.root, folder, name);
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
      // What is on disk now is newer than anything this process queued for the index.
      this.toIndex.delete(article.id);
      if (this.indexWarm) this.index.upsert(article);
    }
    return summary;
  }

  private async read(folder: string, id: string): Promise<Article> {
    const file = this.file(folder, id);
    try {
      return await this.parseOrSetAside(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DatelineError(
          'not-found',
          folder === TRASH
            ? 'That article is not in the trash any more.'
            : 'That article is not in the library any more. It may have been moved to the trash.',
        );
      }
      throw describeFsError(error, 'open the article');
    }
  }

  private async parseOrSetAside(file: string): Promise<Article> {
    const read = await readLibraryFile(file);
    if ('refused' in read) throw await this.setAsideAsDamaged(file, read.refused);
    const parsed = parseArticleFile(read.text, path.basename(file));
    if ('article' in parsed) return parsed.article;
    throw await this.setAsideAsDamaged(file, parsed.reason);
  }

  private async setAsideAsDamaged(file: string, reason: string): Promise<DatelineError> {
    const movedTo = await this.setAside(file);
    this.problems.push({ file: path.relative(this.root, file), reason, movedTo });
    return new DatelineError(
      'io',
      `The article file ${path.basename(file)} could not be read because ${reason}. It was moved to ${movedTo}.`,
    );
  }

  /** Only a file of the library's own folders is moved, and only into its own damaged/ folder. */
  private async setAside(file: string): Promise<string> {
    const from = path.relative(this.root, file).split(path.sep);
    if (from.length !== 2 || ![ARTICLES, TRASH].includes(from[0]!)) {
      throw new DatelineError('io', 'Only files in the library’s own folders are moved aside.');
    }
    insideLibrary(this.root, ...from);
    const folder = path.join(this.root, DAMAGED);
    await mkdir(folder, { recursive: true });
    if (!(await isOwnFolder(folder))) {
      throw new DatelineError(
        'io',
        'The library’s damaged folder is a link to another place, so nothing was moved into it.',
      );
    }
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = path.join(folder, `${stamp}-${path.basename(file)}`);
    await rename(file, target);
    await syncFolder(path.dirname(file));
    return path.relative(this.root, target);
  }

  /**
   * Reads every listed article once more to index its text, yielding to the event loop between
   * small batches so the app keeps answering while a large library is indexed.
   */
  private async buildIndex(): Promise<void> {
    const ids = [...this.cache.keys()]
      .filter((key) => key.startsWith(`${ARTICLES}/`))
      .map((key) => path.basename(key, '.json'));
    // Paused by time, not by count: one long article takes as long as hundreds of short ones.
    const budget = new WorkBudget();
    await yieldToEventLoop();
    for (const id of ids) {
      await budget.pause();
      if (this.index.has(id) || this.toIndex.has(id)) continue;
      if (!this.cache.has(`${ARTICLES}/${id}.json`)) continue;
      let read: LibraryRead;
      try {
        read = readLibraryFileSync(this.file(ARTICLES, id));
      } catch {
        continue;
      }
      if ('refused' in read) continue;
      const parsed = parseArticleFile(read.text, `${id}.json`);
      if ('article' in parsed) this.index.upsert(parsed.article);
    }
    this.indexWarm = true;
  }

  /** Updates the listing cache and the search index after this process wrote an article. */
  private async remember(article: Article): Promise<ArticleSummary> {
    const summary = summarizeWithCount(article);
    const key = `${ARTICLES}/${article.id}.json`;
    const info = await stat(this.file(ARTICLES, article.id)).catch(() => undefined);
    if (info) {
      this.cache.set(key, { mtimeMs: Math.round(info.mtimeMs), size: info.size, summary });
      this.cacheChanged();
    }
    this.toIndex.set(article.id, article);
    return summary;
  }

  private async write(folder: string, article: Article, action: string): Promise<void> {
    const text = `${JSON.stringify(article, null, 2)}\n`;
    // What could not be read back is not written.
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
      throw new DatelineError(
        'invalid-input',
        `Could not ${action}: it would take more than ${MAX_FILE_BYTES / 1024 / 1024} MB on disk, the most an article file may hold.`,
      );
    }
    try {
      await writeFileAtomic(this.file(folder, article.id), text);
    } catch (error) {
      throw describeFsError(error, action);
    }
  }

  private async remove(folder: string, id: string, action: string): Promise<void> {
    try {
      await rm(this.file(folder, id));
      await syncFolder(path.join(this.root, folder));
    } catch (error) {
      throw describeFsError(error, action);
    }
  }

  /** The one place an id becomes a path: only an article id, only inside the library. */
  private file(folder: string, id: string): string {
    if (!isArticleId(id)) {
      throw new DatelineError(
        'invalid-input',
        'That is not an article id of this library, so nothing was read or changed.',
      );
    }
    return insideLibrary(this.root, folder, `${id}.json`);
  }

  private checkedBody(fields: Pick<ArticleFields, 'body'>): ArticleFields['body'] {
    const body = checkBody(fields.body);
    if (!body.ok) throw new DatelineError('invalid-input', body.message);
    return body.body;
  }

  private validated(article: Article): Article {
    const parsed = ArticleSchema.safeParse(article);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DatelineError(
        'invalid-input',
        `The article is not valid: ${issue?.path.join('.')}: ${issue?.message}`,
      );
    }
    return parsed.data;
  }

  /** A save always moves `updatedAt` forward, even when the clock has not ticked. */
  private laterThan(previous: string): string {
    const now = this.now();
    const last = Date.parse(previous);
    return (now.getTime() > last ? now : new Date(last + 1)).toISOString();
  }

  private async withLock<T>(id: string, task: () => Promise<T>): Promise<T> {
    const before = this.locks.get(id) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(id, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    }
  }
}

export function summarizeWithCount(article: Article): ArticleSummary {
  return summarize(article, countWords(docToPlainText(article.body), article.language));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
