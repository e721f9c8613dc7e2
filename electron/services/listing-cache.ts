// Remembers each article file's summary with the file's size and modification time, so opening
// a library of thousands of articles reads only the files that changed since the last time.
// It is derived data: a missing, stale or damaged cache only costs a slower first listing, and
// it is trusted with nothing: an entry whose id is not the article id of its own file is dropped.
import { lstatSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../../shared/article';
import { isArticleId } from '../../shared/ids';
import { writeFileAtomic } from './atomic-write';
import { isOwnFolder, parseLibraryJson, readLibraryFileSync } from './library-files';

/** Bumped whenever ArticleSummary changes shape, so old caches are ignored. */
const CACHE_VERSION = 3;
const WRITE_DELAY_MS = 2_000;
/** A summary takes about 500 bytes: room for some 400,000 articles. */
const MAX_CACHE_BYTES = 200 * 1024 * 1024;
/** `articles/<id>.json` or `trash/<id>.json`, the only keys an entry may have. */
const KEY = /^(articles|trash)\/([^/]+)\.json$/;

export interface CachedSummary {
  mtimeMs: number;
  size: number;
  summary: ArticleSummary;
}

export class ListingCache {
  private readonly file: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(root: string) {
    this.file = path.join(root, '.dateline', 'listing-cache.json');
  }

  /** Entries keyed by file name; empty when there is no usable cache. */
  load(): Map<string, CachedSummary> {
    try {
      if (lstatSync(path.dirname(this.file)).isSymbolicLink()) return new Map();
      const read = readLibraryFileSync(this.file, MAX_CACHE_BYTES);
      const json = 'text' in read ? parseLibraryJson(read.text) : undefined;
      const data = (json && 'value' in json ? json.value : undefined) as
        { version?: unknown; entries?: Record<string, unknown> } | undefined;
      if (data?.version !== CACHE_VERSION || typeof data.entries !== 'object' || !data.entries) {
        return new Map();
      }
      return new Map(
        Object.entries(data.entries).filter((pair): pair is [string, CachedSummary] =>
          isEntry(...pair),
        ),
      );
    } catch {
      return new Map();
    }
  }

  /** Writes the entries a little later, once, however many changes come in meanwhile. */
  scheduleSave(entries: () => Map<string, CachedSummary>): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = this.writing.then(() => this.save(entries())).catch(() => undefined);
    }, WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  /** Waits for a pending write; used when the library closes and by tests. */
  async flush(entries: () => Map<string, CachedSummary>): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.writing = this.writing.then(() => this.save(entries())).catch(() => undefined);
    }
    await this.writing;
  }

  private async save(entries: Map<string, CachedSummary>): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    // A cache folder that links elsewhere is not written through.
    if (!(await isOwnFolder(path.dirname(this.file)))) return;
    const data = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
    await writeFileAtomic(this.file, JSON.stringify(data));
  }
}

function isEntry(key: string, entry: unknown): entry is CachedSummary {
  const candidate = entry as CachedSummary | undefined;
  const id = KEY.exec(key)?.[2];
  return (
    isArticleId(id) &&
    candidate?.summary?.id === id &&
    typeof candidate.mtimeMs === 'number' &&
    typeof candidate.size === 'number' &&
    typeof candidate.summary.headline === 'string' &&
    typeof candidate.summary.byline === 'string' &&
    typeof candidate.summary.standfirstLine === 'string' &&
    typeof candidate.summary.updatedAt === 'string' &&
    Array.isArray(candidate.summary.tags)
  );
}
