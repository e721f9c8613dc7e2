// Earlier versions of each article, one file per version in history/<id>/, written atomically
// and thinned to the newest hundred and then one a day.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import type { Article } from '../../shared/article';
import {
  VersionHeadSchema,
  VersionIdSchema,
  VersionRecordSchema,
  versionIdFor,
  versionsToPrune,
  type VersionHead,
  type VersionReason,
  type VersionRecord,
  type VersionSummary,
} from '../../shared/history';
import { migrateArticle } from '../../shared/article-migrations';
import { isArticleId } from '../../shared/ids';
import { withoutUnsafeRelated } from '../../shared/related';
import { countWords } from '../../shared/text/counts';
import { docToPlainText } from '../../shared/text/doc-text';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { insideLibrary, isOwnFolder, parseLibraryJson, readLibraryFile } from './library-files';

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
  async keep(
    article: Article,
    reason: VersionReason,
    label?: string,
    by?: string,
  ): Promise<VersionSummary> {
    const takenAt = this.now();
    const folder = await this.ownFolder(article.id);
    try {
      await mkdir(folder, { recursive: true });
      const versionId = await this.freeVersionId(folder, versionIdFor(takenAt, article.revision));
      const record: VersionRecord = {
        schemaVersion: 1,
        versionId,
        takenAt: takenAt.toISOString(),
        reason,
        ...(label ? { label } : {}),
        ...(by !== undefined ? { by } : {}),
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
    const gone = () =>
      new DatelineError('not-found', 'That version of the article is no longer kept.', {
        reason: 'version-gone',
      });
    if (!VersionIdSchema.safeParse(versionId).success) throw gone();
    let raw: string;
    try {
      const read = await readLibraryFile(this.versionFile(await this.ownFolder(id), versionId));
      if ('refused' in read) {
        throw new DatelineError(
          'io',
          `The earlier version ${versionId} of this article could not be read because ${read.refused}.`,
          { reason: 'version-damaged' },
        );
      }
      raw = read.text;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw gone();
      throw describeFsError(error, 'open the earlier version');
    }
    const record = parseRecord(VersionRecordSchema, raw, id, versionId);
    if (!record) {
      throw new DatelineError(
        'io',
        `The earlier version ${versionId} of this article could not be read: its file is damaged.`,
        { reason: 'version-damaged' },
      );
    }
    return record;
  }

  /** Deletes every version of an article (when it leaves the trash for good). */
  async removeAll(id: string): Promise<void> {
    const folder = this.folder(id);
    this.newest.delete(id);
    for (const key of this.summaries.keys()) {
      if (key.startsWith(`${id}/`)) this.summaries.delete(key);
    }
    // A folder that is a link goes as a link: rm never follows it into what it points at.
    await rm(folder, { recursive: true, force: true });
  }

  private async prune(id: string): Promise<void> {
    for (const versionId of versionsToPrune(await this.list(id))) {
      await rm(this.versionFile(this.folder(id), versionId), { force: true });
      this.summaries.delete(`${id}/${versionId}`);
    }
  }

  /** Oldest first. */
  private async versionIds(id: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(await this.ownFolder(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw describeFsError(error, 'read the article’s earlier versions');
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((versionId) => VersionIdSchema.safeParse(versionId).success)
      .sort();
  }

  /** What the list shows of a version; undefined when its file cannot be read. */
  private async summaryOf(id: string, versionId: string): Promise<VersionSummary | undefined> {
    const key = `${id}/${versionId}`;
    const known = this.summaries.get(key);
    if (known) return known;
    let raw: string;
    try {
      const read = await readLibraryFile(this.versionFile(this.folder(id), versionId));
      if ('refused' in read) return undefined;
      raw = read.text;
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

  /** An article's history/<id>/ folder; only an article id becomes a path. */
  private folder(id: string): string {
    if (!isArticleId(id)) {
      throw new DatelineError('invalid-input', 'That is not an article id of this library.');
    }
    return insideLibrary(this.root, HISTORY, id);
  }

  /** The same, refused when it is a link: versions are read and kept only inside the library. */
  private async ownFolder(id: string): Promise<string> {
    const folder = this.folder(id);
    if (!(await isOwnFolder(folder))) {
      throw new DatelineError(
        'io',
        'The earlier versions of this article are in a folder that is a link to another place, which Dateline does not follow.',
      );
    }
    return folder;
  }

  private versionFile(folder: string, versionId: string): string {
    return path.join(folder, `${versionId}.json`);
  }
}

function parseRecord<T extends VersionHead>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  raw: string,
  id: string,
  versionId: string,
): T | undefined {
  const text = parseLibraryJson(raw);
  if ('reason' in text) return undefined;
  try {
    const json = text.value as { article?: unknown };
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
    ...(record.by !== undefined ? { by: record.by } : {}),
    revision: article.revision,
    status: article.status,
    headline: article.headline,
    words: record.words,
  };
}
