// New articles and new revisions of an article, with the earlier versions kept on the way: save
// and restoring a version go through one write path, which checks the base revision, keeps the
// text it replaces as asked, writes the file and updates the listing.
import { randomUUID } from 'node:crypto';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleFieldsSchema,
  emptyFields,
  STATUS_LABELS,
  type Article,
  type ArticleFields,
  type ArticleSummary,
} from '../../../shared/article';
import { INTERVAL_MS, type VersionSummary } from '../../../shared/history';
import { checkBase, checkedArticle, laterThan } from './article-checks';
import { ARTICLES, TRASH } from './damaged-files';
import type { LibraryParts } from './parts';
import type { Actor, Workflow } from './workflow';

export interface SaveOptions {
  /**
   * Keep the text on disk as a version before this save replaces it: a pasted or imported page
   * is filling the article, or this window's text is replacing a version saved elsewhere.
   */
  keepPrevious?: 'before-import' | 'replaced' | undefined;
  /** When the base revision was saved; a file with the same revision saved at another time conflicts. */
  baseUpdatedAt?: string | undefined;
  /** Who is saving: recorded with an approval, a change after it and a status change's version. */
  actor?: Actor | undefined;
}

/** What one new revision is: its fields, from the article on disk, and what to keep first. */
interface Change {
  action: string;
  fields: (current: Article) => Promise<ArticleFields>;
  keepFirst: (current: Article) => Promise<unknown>;
  actor: Actor;
  /** The workflow's rule for this change; a save's by default (see Workflow.apply). */
  workflow?: (current: Article, next: Article) => Promise<Article>;
}

export class Revisions {
  constructor(
    private readonly parts: LibraryParts,
    private readonly workflow: Workflow,
  ) {}

  /** A new article; `id` is given only for a desk article's first copy on this computer. */
  async create(fields: Partial<ArticleFields> = {}, id: string = randomUUID()): Promise<Article> {
    const { store, listing, now } = this.parts;
    const timestamp = now().toISOString();
    const article = await checkedArticle({
      ...emptyFields(),
      ...fields,
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id,
      revision: 1,
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    await store.write(ARTICLES, article, 'create the article');
    await listing.remember(article);
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
    const { keepPrevious } = options;
    const written = await this.commit(id, baseRevision, options.baseUpdatedAt, {
      action: 'save the article',
      actor: options.actor ?? '',
      fields: async () => fields,
      // A version the writer's action depends on must be kept first; the routine ones never
      // stand in the way of saving the text itself.
      keepFirst: (current) =>
        keepPrevious
          ? this.parts.history.keep(current, keepPrevious)
          : bestEffort(() => this.keepIfDue(current)),
    });
    return written.summary;
  }

  /**
   * Records the changes made to an approved article since its approval as a correction, with the
   * note its page prints, and puts it back to Approved.
   */
  async recordCorrection(
    id: string,
    baseRevision: number,
    note: string,
    actor: Actor,
  ): Promise<Article> {
    const written = await this.commit(id, baseRevision, undefined, {
      action: 'record the correction',
      actor,
      fields: async (current) => ArticleFieldsSchema.parse(current),
      keepFirst: async () => undefined,
      workflow: async (current, next) =>
        this.workflow.correct(current, next, note, actor, await this.lastApproved(id)),
    });
    return written.article;
  }

  /** Puts an earlier version back as a new revision; the text it replaces is kept first. */
  async restoreVersion(
    id: string,
    versionId: string,
    baseRevision: number,
    actor: Actor = '',
  ): Promise<Article> {
    const written = await this.commit(id, baseRevision, undefined, {
      action: 'restore the earlier version',
      actor,
      // The text comes back; where the article stands in the workflow does not.
      fields: async (current) => ({
        ...ArticleFieldsSchema.parse(await this.getVersion(id, versionId)),
        status: current.status,
      }),
      keepFirst: (current) => this.parts.history.keep(current, 'before-restore'),
    });
    return written.article;
  }

  /**
   * "Save version": keeps the article as it is on disk, with the writer's label; or, given
   * `fields`, keeps this window's text, which the writer set aside for another version.
   */
  async saveVersion(id: string, label?: string, fields?: ArticleFields): Promise<VersionSummary> {
    const { locks, store, history } = this.parts;
    return locks.withLock(id, async () => {
      const current = await store.read(ARTICLES, id);
      if (!fields) return history.keep(current, 'manual', label);
      return history.keep(await checkedArticle({ ...current, ...fields }), 'set-aside', label);
    });
  }

  /** Earlier versions of an article in the library or the trash, newest first. */
  async listVersions(id: string): Promise<VersionSummary[]> {
    const { store, history } = this.parts;
    if (!(await store.exists(ARTICLES, id)) && !(await store.exists(TRASH, id))) {
      await store.read(ARTICLES, id);
    }
    return history.list(id);
  }

  async getVersion(id: string, versionId: string): Promise<Article> {
    return (await this.parts.history.get(id, versionId)).article;
  }

  /** The one write path of a new revision, under the article's lock. */
  private async commit(
    id: string,
    baseRevision: number,
    baseUpdatedAt: string | undefined,
    change: Change,
  ): Promise<{ article: Article; summary: ArticleSummary }> {
    const { locks, store, history, listing, now } = this.parts;
    return locks.withLock(id, async () => {
      const current = await store.read(ARTICLES, id);
      checkBase(current, baseRevision, baseUpdatedAt);
      const candidate = await checkedArticle({
        ...current,
        ...(await change.fields(current)),
        revision: current.revision + 1,
        updatedAt: laterThan(now(), current.updatedAt),
      });
      const next = change.workflow
        ? await change.workflow(current, candidate)
        : await this.workflow.apply(current, candidate, change.actor);
      await change.keepFirst(current);
      await store.write(ARTICLES, next, change.action);
      const corrected = (next.corrections?.length ?? 0) > (current.corrections?.length ?? 0);
      if (next.status !== current.status || corrected) {
        const label = corrected
          ? 'Correction recorded'
          : `Status changed to ${STATUS_LABELS[next.status]}`;
        const reason = corrected ? 'correction' : 'status';
        await bestEffort(() => history.keep(next, reason, label, change.actor));
      }
      return { article: next, summary: await listing.remember(next) };
    });
  }

  /** The newest kept version of the article as it stood approved: the text a correction changes. */
  private async lastApproved(id: string): Promise<Article | undefined> {
    const versions = await this.parts.history.list(id);
    const approved = versions.find((version) => version.status === 'approved');
    return approved ? this.getVersion(id, approved.versionId).catch(() => undefined) : undefined;
  }

  /** Keeps the text a save replaces when five minutes have passed since the last version. */
  private async keepIfDue(current: Article): Promise<void> {
    const { history, now } = this.parts;
    const newest = await history.newestOf(current.id);
    if (newest.revision === current.revision) return;
    const since = Math.max(newest.takenAt, Date.parse(current.createdAt));
    if (now().getTime() - since >= INTERVAL_MS) await history.keep(current, 'interval');
  }
}

async function bestEffort(task: () => Promise<unknown>): Promise<void> {
  try {
    await task();
  } catch (error) {
    console.error(`Dateline could not keep an earlier version: ${(error as Error).message}`);
  }
}
