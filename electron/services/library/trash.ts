// The trash: articles moved there stay restorable for 30 days, after which they and their
// earlier versions are deleted for good (or at once, when the trash is emptied).
import { DatelineError } from '../../../shared/api/errors';
import type { Article, ArticleSummary } from '../../../shared/article';
import { TRASH_DAYS } from '../../../shared/history';
import { checkedArticle } from './article-checks';
import { ARTICLES, TRASH } from './damaged-files';
import type { LibraryParts } from './parts';

const DAY_MS = 24 * 60 * 60_000;

export class Trash {
  constructor(private readonly parts: LibraryParts) {}

  /** The trash, newest first; articles deleted more than 30 days ago are removed for good. */
  async list(): Promise<ArticleSummary[]> {
    const trashed = await this.parts.listing.scan(TRASH);
    const expiry = this.parts.now().getTime() - TRASH_DAYS * DAY_MS;
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
  async empty(ids?: readonly string[]): Promise<number> {
    const chosen = ids ?? (await this.parts.listing.scan(TRASH)).map((article) => article.id);
    let removed = 0;
    for (const id of chosen) {
      if (await this.removeForGood(id)) removed += 1;
    }
    return removed;
  }

  /** Moves an article to the trash; it stays there, restorable, until the trash is emptied. */
  async moveIn(id: string): Promise<void> {
    const { locks, store, listing, now } = this.parts;
    await locks.withLock(id, async () => {
      const article = await store.read(ARTICLES, id);
      const trashed = { ...article, trashedAt: now().toISOString() };
      await store.write(TRASH, trashed, 'move the article to the trash');
      await store.remove(ARTICLES, id, 'move the article to the trash');
      listing.forget(ARTICLES, id);
    });
  }

  async restore(id: string): Promise<ArticleSummary> {
    const { locks, store, listing, now } = this.parts;
    return locks.withLock(id, async () => {
      const trashed = await store.read(TRASH, id);
      if (await store.exists(ARTICLES, id)) {
        throw new DatelineError(
          'conflict',
          'An article with the same id is already in the library.',
          { reason: 'restore-id-taken' },
        );
      }
      const { trashedAt: _, ...rest } = trashed;
      const restored = await checkedArticle(
        { ...rest, revision: trashed.revision + 1, updatedAt: now().toISOString() },
        { checkBody: false },
      );
      await store.write(ARTICLES, restored, 'restore the article');
      await store.remove(TRASH, id, 'restore the article');
      return listing.remember(restored);
    });
  }

  /**
   * Deletes a trashed article and its versions, checked again under its lock: one restored or
   * purged meanwhile (by another window) is left alone. With `trashedBefore`, only if it was
   * trashed before then. Answers whether it was deleted.
   */
  private async removeForGood(id: string, trashedBefore?: number): Promise<boolean> {
    const { locks, store, listing, history } = this.parts;
    return locks.withLock(id, async () => {
      let trashed: Article;
      try {
        trashed = await store.read(TRASH, id);
      } catch (error) {
        if (error instanceof DatelineError && error.code === 'not-found') return false;
        throw error;
      }
      const at = Date.parse(trashed.trashedAt ?? '');
      if (trashedBefore !== undefined && !(at < trashedBefore)) return false;
      await store.remove(TRASH, id, 'empty the trash', true);
      listing.forget(TRASH, id);
      if (!(await store.exists(ARTICLES, id))) await history.removeAll(id);
      return true;
    });
  }
}
