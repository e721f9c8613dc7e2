// The library's search: after the first listing the index saved beside the listing cache is read
// back and only the articles whose files changed since are indexed again, in the background; the
// index follows every save, and articles saved while typing are indexed when the next search
// comes. The index is written when the library closes, never while the app works: writing it out
// holds the event loop a moment. If the app stops without closing, the next opening indexes again
// what changed since the index last written.
import type { Article } from '../../../shared/article';
import { SearchIndex } from '../search-index';
import { readSearchIndexText, restoreSearchIndex, writeSearchIndex } from '../search-index-file';
import { WorkBudget } from '../work-budget';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Queued {
  article: Article;
  stamp: string;
}

/** What the listing knows of an article's file now: its stamp, or undefined when not listed. */
export type StampOf = (id: string) => string | undefined;

export class LibrarySearch {
  private index = new SearchIndex();
  /**
   * Articles saved since the last search, indexed when the next search comes: re-indexing a long
   * article takes longer than the rest of its save, and saves come every second while typing.
   */
  private readonly toIndex = new Map<string, Queued>();
  /** Built in the background after the first listing, so opening a large library stays quick. */
  private built: Promise<void> | undefined;
  private warm = false;
  private changed = false;
  private writing: Promise<void> = Promise.resolve();
  /** The saved index's text, asked for while the listing is checked (`prefetch`). */
  private savedText: Promise<string | undefined> | undefined;

  /** `root` is the library whose index is kept on disk; without it nothing is kept. */
  constructor(private readonly root?: string) {}

  /** An article this process just wrote, with its file's stamp. */
  queue(article: Article, stamp = ''): void {
    this.toIndex.set(article.id, { article, stamp });
    this.changed = true;
  }

  /** An article read from disk: newer than anything this process queued for the index. */
  readFromDisk(article: Article, stamp = ''): void {
    this.toIndex.delete(article.id);
    // Read while the index is being built: it may have passed this article already.
    if (this.built && !this.warm) this.toIndex.set(article.id, { article, stamp });
    if (!this.warm) return;
    this.index.upsert(article, stamp);
    this.changed = true;
  }

  forget(id: string): void {
    this.toIndex.delete(id);
    // While the index is written out, a change waiting to be made may have added the article.
    if (this.index.stampOf(id) === undefined && !this.index.writing) return;
    this.index.remove(id);
    this.changed = true;
  }

  /**
   * Starts reading the saved index from disk, once the listing is on screen: the read runs on the
   * thread pool while the listing is checked, so the first search has only to parse it.
   */
  prefetch(): void {
    if (this.root && !this.built) this.savedText ??= readSearchIndexText(this.root);
  }

  /**
   * Starts indexing the listed articles once: `ids` as listed now, `stampOf` asked again before
   * each (one may leave or change meanwhile), `read` reading one from disk.
   */
  startBuilding(ids: string[], stampOf: StampOf, read: (id: string) => Article | undefined): void {
    this.built ??= this.build(ids, stampOf, read);
  }

  /** Ids with their scores, best first, once everything saved so far is in the index. */
  async search(query: string, limit: number): Promise<{ id: string; score: number }[]> {
    await this.built;
    // The index is held still while it is written out: a search tidies postings as it goes.
    await this.writing.catch(() => undefined);
    this.indexQueued();
    await this.index.ready();
    return this.index.search(query, limit);
  }

  /** Writes the index if it changed; the search stays usable afterwards. */
  async close(): Promise<void> {
    // An index still being built is not waited for: the next opening builds it again.
    this.writing = this.writing.catch(() => undefined).then(() => this.save());
    await this.writing;
  }

  private indexQueued(): void {
    for (const { article, stamp } of this.toIndex.values()) this.index.upsert(article, stamp);
    this.toIndex.clear();
  }

  /**
   * Reads back the saved index, drops what no longer matches the files, and reads every listed
   * article it lacks to index its text, paused by time, not by count.
   */
  private async build(ids: string[], stampOf: StampOf, read: (id: string) => Article | undefined) {
    // One long article takes as long as hundreds of short ones.
    const budget = new WorkBudget();
    await yieldToEventLoop();
    // Never before the list is shown: turning its bytes into text would hold the listing up.
    const text = this.root ? await (this.savedText ?? readSearchIndexText(this.root)) : undefined;
    this.savedText = undefined;
    const saved = await restoreSearchIndex(text);
    if (saved) this.index = saved;
    else this.changed = true;
    for (const id of this.index.articleIds()) {
      await budget.pause();
      const stamp = stampOf(id);
      if (stamp !== undefined && stamp !== '' && stamp === this.index.stampOf(id)) continue;
      this.index.remove(id);
      this.changed = true;
    }
    for (const id of ids) {
      await budget.pause();
      if (this.index.has(id) || this.toIndex.has(id)) continue;
      const stamp = stampOf(id);
      if (stamp === undefined) continue;
      const article = read(id);
      if (article) this.index.upsert(article, stamp);
      this.changed = true;
    }
    this.warm = true;
  }

  private async save(): Promise<void> {
    if (!this.root || !this.warm || !this.changed) return;
    this.indexQueued();
    await this.index.ready();
    this.changed = false;
    const written = await writeSearchIndex(this.root, this.index).catch(() => false);
    if (!written) this.changed = true;
  }
}
