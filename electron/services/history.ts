// Earlier versions of each article, one file per version in history/<id>/, written atomically
// and thinned to the newest hundred and then one a day.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import type { Article } from '../../shared/article';
import {
  VersionRecordSchema,
  versionIdFor,
  versionsToPrune,
  type VersionReason,
  type VersionRecord,
  type VersionSummary,
} from '../../shared/history';
import { countWords } from '../../shared/text/counts';
import { docToPlainText } from '../../shared/text/doc-text';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';

export const HISTORY = 'history';

export class VersionHistory {
  /** When each article's newest version was taken, once looked up. */
  private readonly newest = new Map<string, { takenAt: number; revision: number }>();

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
        article,
      };
      await writeFileAtomic(
        path.join(folder, `${versionId}.json`),
        `${JSON.stringify(record, null, 2)}\n`,
      );
      this.newest.set(article.id, { takenAt: takenAt.getTime(), revision: article.revision });
      await this.prune(article.id);
      return summarizeVersion(record);
    } catch (error) {
      throw describeFsError(error, 'keep an earlier version of the article');
    }
  }

  /** When the newest version was taken (0 when there is none) and the revision it holds. */
  async newestOf(id: string): Promise<{ takenAt: number; revision: number }> {
    const known = this.newest.get(id);
    if (known) return known;
    const [latest] = (await this.versionIds(id)).reverse();
    const found = latest ? this.readRecord(id, latest) : undefined;
    const newest = found
      ? { takenAt: Date.parse(found.takenAt), revision: found.article.revision }
      : { takenAt: 0, revision: -1 };
    this.newest.set(id, newest);
    return newest;
  }

  /** Newest first; files that cannot be read are left out. */
  async list(id: string): Promise<VersionSummary[]> {
    const summaries: VersionSummary[] = [];
    for (const versionId of (await this.versionIds(id)).reverse()) {
      const record = this.readRecord(id, versionId);
      if (record) summaries.push(summarizeVersion(record));
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
    const record = parseRecord(raw, id, versionId);
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
    await rm(this.folder(id), { recursive: true, force: true });
  }

  private async prune(id: string): Promise<void> {
    for (const versionId of versionsToPrune(await this.versionIds(id))) {
      await rm(path.join(this.folder(id), `${versionId}.json`), { force: true });
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

  private readRecord(id: string, versionId: string): VersionRecord | undefined {
    try {
      return parseRecord(
        readFileSync(path.join(this.folder(id), `${versionId}.json`), 'utf8'),
        id,
        versionId,
      );
    } catch {
      return undefined;
    }
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

function parseRecord(raw: string, id: string, versionId: string): VersionRecord | undefined {
  try {
    const parsed = VersionRecordSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    if (parsed.data.versionId !== versionId || parsed.data.article.id !== id) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}

function summarizeVersion(record: VersionRecord): VersionSummary {
  const { article } = record;
  return {
    versionId: record.versionId,
    takenAt: record.takenAt,
    reason: record.reason,
    ...(record.label ? { label: record.label } : {}),
    revision: article.revision,
    status: article.status,
    headline: article.headline,
    words: countWords(docToPlainText(article.body), article.language),
  };
}
