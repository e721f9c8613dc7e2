// Earlier versions of each article, one file per version in history/<id>/, written atomically
// and thinned to the newest hundred and then one a day.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import type { Article } from '../../shared/article';
import {
  VersionHeadSchema,
  VersionRecordSchema,
  versionIdFor,
  versionsToPrune,
  type VersionHead,
  type VersionReason,
  type VersionRecord,
  type VersionSummary,
} from '../../shared/history';
import { migrateArticle } from '../../shared/article-migrations';
import { withoutUnsafeRelated } from '../../shared/related';
import { countWords } from '../../shared/text/counts';
import { docToPlainText } from '../../shared/text/doc-text';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';

export const HISTORY = 'history';

export class VersionHistory {
  /** When each article's newest version was taken, once looked up. */
  private readonly newest = new Map<string, { takenAt: number; revision: number }>();
  /** Version files never change once written, so what the list shows of each is read once. */
  private readonly summaries = new Map<string, VersionSummary>();

  constructor(
    private readonly root: string,
    private readonly now: () => Date,
  ) {}

  /** Keeps `article` as a version; returns its summary. */
  async keep(article: Article, reason: VersionReason, label?: string): Promise<VersionSummary> {
    const takenAt = this.now();
    const folder = this.folder(article.id);
    try {
      await mkdir(folder, { recursive: true });
      const versionId = await this.freeVersionId(folder, versionIdFor(takenAt, article.revision));
      const record: VersionRecord = {
        schemaVersion: 1,
        versionId,
        takenAt: takenAt.toISOString(),
        reason,
        ...(label ? { label } : {}),
        words: countWords(docToPlainText(article.body), article.language),
        article,
      };
      await writeFileAtomic(
        path.join(folder, `${versionId}.json`),
        `${JSON.stringify(record, null, 2)}\n`,
      );
      this.newest.set(article.id, { takenAt: takenAt.getTime(), revision: article.revision });
      const summary = summarizeVersion(record);
      this.summaries.set(`${article.id}/${versionId}`, summary);
      await this.prune(article.id);
      return summary;
    } catch (error) {
      throw describeFsError(error, 'keep an earlier version of the article');
    }
  }

  /** When the newest version was taken (0 when there is none) and the revision it holds. */
  async newestOf(id: string): Promise<{ takenAt: number; revision: number }> {
    const known = this.newest.get(id);
    if (known) return known;
    const [latest] = (await this.versionIds(id)).reverse();
    const found = latest ? await this.summaryOf(id, latest) : undefined;
    const newest = found
      ? { takenAt: Date.parse(found.takenAt), revision: found.revision }
      : { takenAt: 0, revision: -1 };
    this.newest.set(id, newest);
    return newest;
  }

  /** Newest first; files that cannot be read are left out. */
  async list(id: string): Promise<VersionSummary[]> {
    const summaries: VersionSummary[] = [];
    for (const versionId of (await this.versionIds(id)).reverse()) {
      const summary = await this.summaryOf(id, versionId);
      if (summary) summaries.push(summary);
    }
    return summaries;
  }

  async get(id: string, versionId: string): Promise<VersionRecord> {
    let raw: string;
    try {
      raw = await readFile(path.join(this.folder(id), `${versionId}.json`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DatelineError('not-found', 'That version of the article is no longer kept.');
      }
      throw describeFsError(error, 'open the earlier version');
    }
    const record = parseRecord(VersionRecordSchema, raw, id, versionId);
    if (!record) {
      throw new DatelineError(
        'io',
        `The earlier version ${versionId} of this article could not be read: its file is damaged.`,
      );
    }
    return record;
  }

  /** Deletes every version of an article (when it leaves the trash for good). */
  async removeAll(id: string): Promise<void> {
    this.newest.delete(id);
    for (const key of this.summaries.keys()) {
      if (key.startsWith(`${id}/`)) this.summaries.delete(key);
    }
    await rm(this.folder(id), { recursive: true, force: true });
  }

  private async prune(id: string): Promise<void> {
    for (const versionId of versionsToPrune(await this.list(id))) {
      await rm(path.join(this.folder(id), `${versionId}.json`), { force: true });
      this.summaries.delete(`${id}/${versionId}`);
    }
  }

  /** Oldest first. */
  private async versionIds(id: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.folder(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw describeFsError(error, 'read the article’s earlier versions');
    }
    return names
      .filter((name) => name.endsWith('.json') && !name.endsWith(TEMP_SUFFIX))
      .filter((name) => !name.startsWith('.'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  }

  /** What the list shows of a version; undefined when its file cannot be read. */
  private async summaryOf(id: string, versionId: string): Promise<VersionSummary | undefined> {
    const key = `${id}/${versionId}`;
    const known = this.summaries.get(key);
    if (known) return known;
    let raw: string;
    try {
      raw = await readFile(path.join(this.folder(id), `${versionId}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const head = parseRecord(VersionHeadSchema, raw, id, versionId);
    if (!head) return undefined;
    const summary = summarizeVersion(head);
    this.summaries.set(key, summary);
    return summary;
  }

  /** Two versions taken in the same millisecond get a suffix rather than one replacing the other. */
  private async freeVersionId(folder: string, wanted: string): Promise<string> {
    const taken = new Set(await readdir(folder));
    if (!taken.has(`${wanted}.json`)) return wanted;
    for (let suffix = 1; ; suffix += 1) {
      if (!taken.has(`${wanted}-${suffix}.json`)) return `${wanted}-${suffix}`;
    }
  }

  private folder(id: string): string {
    return path.join(this.root, HISTORY, id);
  }
}

function parseRecord<T extends VersionHead>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  raw: string,
  id: string,
  versionId: string,
): T | undefined {
  try {
    const json = JSON.parse(raw) as { article?: unknown };
    const article = withoutUnsafeRelated(migrateArticle(json.article));
    const parsed = schema.safeParse({ ...json, article });
    if (!parsed.success) return undefined;
    if (parsed.data.versionId !== versionId || parsed.data.article.id !== id) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}

function summarizeVersion(record: VersionHead): VersionSummary {
  const { article } = record;
  return {
    versionId: record.versionId,
    takenAt: record.takenAt,
    reason: record.reason,
    ...(record.label ? { label: record.label } : {}),
    revision: article.revision,
    status: article.status,
    headline: article.headline,
    words: record.words,
  };
}
