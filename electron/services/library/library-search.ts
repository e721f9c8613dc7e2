// The library's search: the index is built in the background after the first listing, follows
// every save, and articles saved while typing are indexed only when the next search comes.
import type { Article } from '../../../shared/article';
import { SearchIndex } from '../search-index';
import { WorkBudget } from '../work-budget';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class LibrarySearch {
  private readonly index = new SearchIndex();
  /**
   * Articles saved since the last search, indexed when the next search comes: re-indexing a long
   * article takes longer than the rest of its save, and saves come every second while typing.
   */
  private readonly toIndex = new Map<string, Article>();
  /** Built in the background after the first listing, so opening a large library stays quick. */
  private built: Promise<void> | undefined;
  private warm = false;

  /** An article this process just wrote. */
  queue(article: Article): void {
    this.toIndex.set(article.id, article);
  }

  /** An article read from disk: newer than anything this process queued for the index. */
  readFromDisk(article: Article): void {
    this.toIndex.delete(article.id);
    if (this.warm) this.index.upsert(article);
  }

  forget(id: string): void {
    this.toIndex.delete(id);
    this.index.remove(id);
  }

  /**
   * Starts indexing the listed articles once: `ids` as listed now, `isListed` asked again before
   * each (one may leave meanwhile), `read` reading one from disk.
   */
  startBuilding(
    ids: string[],
    isListed: (id: string) => boolean,
    read: (id: string) => Article | undefined,
  ): void {
    this.built ??= this.build(ids, isListed, read);
  }

  /** Ids with their scores, best first, once everything saved so far is in the index. */
  async search(query: string, limit: number): Promise<{ id: string; score: number }[]> {
    await this.built;
    for (const article of this.toIndex.values()) this.index.upsert(article);
    this.toIndex.clear();
    await this.index.ready();
    return this.index.search(query, limit);
  }

  /** Reads every listed article once more to index its text, paused by time, not by count. */
  private async build(
    ids: string[],
    isListed: (id: string) => boolean,
    read: (id: string) => Article | undefined,
  ): Promise<void> {
    // One long article takes as long as hundreds of short ones.
    const budget = new WorkBudget();
    await yieldToEventLoop();
    for (const id of ids) {
      await budget.pause();
      if (this.index.has(id) || this.toIndex.has(id)) continue;
      if (!isListed(id)) continue;
      const article = read(id);
      if (article) this.index.upsert(article);
    }
    this.warm = true;
  }
}
