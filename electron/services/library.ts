// The library on disk, as every host sees it: one facade over the modules in library/, each with
// one job (article files, listing, search, revisions, trash, damaged files, opening the folder).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryListing, RevisionOnDisk, SearchHit } from '../../shared/api/contract';
import {
  compareByLastChange,
  type Article,
  type ArticleFields,
  type ArticleSummary,
} from '../../shared/article';
import type { VersionSummary } from '../../shared/history';
import { sampleArticleFields } from '../../shared/sample-article';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { VersionHistory } from './history';
import { readLibraryFileSync } from './library-files';
import { ArticleLocks } from './library/article-locks';
import { parseArticleFile } from './library/article-parse';
import { ArticleStore } from './library/article-store';
import { ARTICLES, DamagedFiles } from './library/damaged-files';
import { prepareFolders, removeLeftoverTempFiles } from './library/library-open';
import { LibrarySearch } from './library/library-search';
import { Listing } from './library/listing';
import type { LibraryParts } from './library/parts';
import { Revisions, type SaveOptions } from './library/revisions';
import { Trash } from './library/trash';
import { Workflow } from './library/workflow';
import { collectUnusedMedia } from './media/media-gc';
import { MediaStore } from './media/media-store';

export { parseArticleFile } from './library/article-parse';
export { summarizeWithCount } from './library/listing';
export type { SaveOptions } from './library/revisions';

const MARKER = 'library.json';
/** Files a large library never listed reads first, the ones changed last: a screenful and more. */
export const EARLY_ARTICLES = 200;

export interface LibraryOptions {
  now?: () => Date;
  /**
   * When the search index is built: right after the first listing, so the app's first search is
   * quick (the default), or only when a search asks for it, for a command that never searches
   * and should not hold the index in memory.
   */
  searchIndex?: 'after-listing' | 'when-searched';
}

export class Library {
  readonly root: string;
  private readonly now: () => Date;
  private readonly damaged: DamagedFiles;
  private readonly store: ArticleStore;
  private readonly listing: Listing;
  private readonly searching: LibrarySearch;
  private readonly revisions: Revisions;
  private readonly trashCan: Trash;
  private scanned = false;
  private readonly indexAfterListing: boolean;

  private constructor(root: string, options: LibraryOptions) {
    this.root = root;
    this.indexAfterListing = options.searchIndex !== 'when-searched';
    this.now = options.now ?? (() => new Date());
    this.damaged = new DamagedFiles(root, this.now);
    this.searching = new LibrarySearch(root);
    this.store = new ArticleStore(root, this.damaged);
    this.listing = new Listing(root, this.damaged, this.searching);
    const parts: LibraryParts = {
      store: this.store,
      locks: new ArticleLocks(),
      listing: this.listing,
      history: new VersionHistory(root, this.now),
      now: this.now,
    };
    this.revisions = new Revisions(parts, new Workflow(root, this.listing));
    this.trashCan = new Trash(parts);
  }

  /** Opens (creating if needed) the library at `root`; a brand-new library gets the sample article. */
  static async open(root: string, options: LibraryOptions = {}): Promise<Library> {
    const library = new Library(path.resolve(root), options);
    await library.prepare();
    // Articles past their 30 days in the trash leave it now, not only when the trash is shown.
    await library.listTrash().catch(() => undefined);
    return library;
  }

  /** Writes what is pending (the listing cache, the search index); the library stays usable. */
  async close(): Promise<void> {
    await this.listing.close();
    await this.searching.close();
  }

  async list(): Promise<LibraryListing> {
    const articles = await this.listing.scan(ARTICLES);
    this.scanned = true;
    if (this.indexAfterListing) this.startIndexing();
    return { articles: articles.sort(compareByLastChange), problems: this.damaged.problems };
  }

  /**
   * What the app shows at once, before `list()` has checked every file: a reopened library's
   * articles as it last saw them, from the listing it saved, without looking at a file; or, for a
   * large library never listed, the files changed last, read first. A library listed since it
   * opened, or small enough to read at once, is listed and checked.
   */
  async listEarly(): Promise<LibraryListing> {
    if (this.scanned) return this.list();
    const problems = this.damaged.problems;
    const remembered = this.listing.remembered();
    if (remembered.length > 0) {
      this.searching.prefetch();
      return { articles: remembered.sort(compareByLastChange), problems, early: 'last-seen' };
    }
    const newest = await this.listing.newest(ARTICLES, EARLY_ARTICLES);
    if (!newest) return this.list();
    return { articles: newest.sort(compareByLastChange), problems, early: 'newest' };
  }

  private startIndexing(): void {
    this.searching.startBuilding(
      this.listing.listedIds(),
      (id) => this.listing.stamp(id),
      (id) => this.readForIndex(id),
    );
  }

  /**
   * Headlines of these articles, if they are in the library now: what one article's export links
   * to, found without listing the whole library.
   */
  async headlinesOf(ids: Iterable<string>): Promise<Map<string, string>> {
    const found = await this.listing.lookup(ids);
    return new Map(found.map((article) => [article.id, article.headline]));
  }

  /** The trash, newest first; articles deleted more than 30 days ago are removed for good. */
  listTrash(): Promise<ArticleSummary[]> {
    return this.trashCan.list();
  }

  /**
   * Deletes `ids` (or every article) in the trash for good, with their earlier versions, and
   * then the photos no article, version or trashed article names any more.
   */
  async emptyTrash(ids?: readonly string[]): Promise<number> {
    const removed = await this.trashCan.empty(ids);
    if (removed > 0) await collectUnusedMedia(new MediaStore(this.root), this.now());
    return removed;
  }

  /** Ranked search over headline, standfirst and body. The index follows every save. */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    if (!this.scanned) await this.list();
    this.startIndexing();
    const hits: SearchHit[] = [];
    for (const { id, score } of await this.searching.search(query, limit)) {
      const article = this.listing.summary(id);
      if (article) hits.push({ article, score });
    }
    return hits;
  }

  get(id: string): Promise<Article> {
    return this.store.read(ARTICLES, id);
  }

  create(fields: Partial<ArticleFields> = {}, id?: string): Promise<Article> {
    return this.revisions.create(fields, id);
  }

  /** Saves `fields` over the article, only if the file on disk is still at `baseRevision`. */
  save(
    id: string,
    baseRevision: number,
    fields: ArticleFields,
    options: SaveOptions = {},
  ): Promise<ArticleSummary> {
    return this.revisions.save(id, baseRevision, fields, options);
  }

  /** The revision of the article's file as it is on disk now, without setting anything aside. */
  revisionOnDisk(id: string): Promise<RevisionOnDisk> {
    return this.store.revisionOnDisk(id);
  }

  listVersions(id: string): Promise<VersionSummary[]> {
    return this.revisions.listVersions(id);
  }

  getVersion(id: string, versionId: string): Promise<Article> {
    return this.revisions.getVersion(id, versionId);
  }

  saveVersion(id: string, label?: string, fields?: ArticleFields): Promise<VersionSummary> {
    return this.revisions.saveVersion(id, label, fields);
  }

  restoreVersion(
    id: string,
    versionId: string,
    baseRevision: number,
    actor?: string,
  ): Promise<Article> {
    return this.revisions.restoreVersion(id, versionId, baseRevision, actor);
  }

  /** Records the changes since approval as a correction with `note`, and approves the article again. */
  recordCorrection(id: string, baseRevision: number, note: string, actor = ''): Promise<Article> {
    return this.revisions.recordCorrection(id, baseRevision, note, actor);
  }

  trash(id: string): Promise<void> {
    return this.trashCan.moveIn(id);
  }

  restore(id: string): Promise<ArticleSummary> {
    return this.trashCan.restore(id);
  }

  private async prepare(): Promise<void> {
    const marker = path.join(this.root, MARKER);
    const isNew = !(await stat(marker).then(
      () => true,
      () => false,
    ));
    try {
      await prepareFolders(this.root);
      await removeLeftoverTempFiles(this.root);
      if (isNew) {
        const content = { app: 'Dateline', schemaVersion: 1, createdAt: this.now().toISOString() };
        await this.create(sampleArticleFields());
        await writeFileAtomic(marker, `${JSON.stringify(content, null, 2)}\n`);
      }
    } catch (error) {
      throw describeFsError(error, `open the library at ${this.root}`);
    }
  }

  private readForIndex(id: string): Article | undefined {
    try {
      const read = readLibraryFileSync(this.store.file(ARTICLES, id));
      if ('refused' in read) return undefined;
      const parsed = parseArticleFile(read.text, `${id}.json`);
      return 'article' in parsed ? parsed.article : undefined;
    } catch {
      return undefined;
    }
  }
}
