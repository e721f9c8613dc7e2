// Remembers each article file's summary with the file's size and modification time, so opening
// a library of thousands of articles reads only the files that changed since the last time.
// It is derived data: a missing, stale or damaged cache only costs a slower first listing.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../../shared/article';
import { writeFileAtomic } from './atomic-write';

/** Bumped whenever ArticleSummary changes shape, so old caches are ignored. */
const CACHE_VERSION = 2;
const WRITE_DELAY_MS = 2_000;

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
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as {
        version?: unknown;
        entries?: Record<string, CachedSummary>;
      };
      if (data.version !== CACHE_VERSION || typeof data.entries !== 'object' || !data.entries) {
        return new Map();
      }
      return new Map(Object.entries(data.entries).filter(([, entry]) => isEntry(entry)));
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
    const data = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
    await writeFileAtomic(this.file, JSON.stringify(data));
  }
}

function isEntry(entry: unknown): entry is CachedSummary {
  const candidate = entry as CachedSummary | undefined;
  return (
    typeof candidate?.mtimeMs === 'number' &&
    typeof candidate.size === 'number' &&
    typeof candidate.summary?.id === 'string' &&
    typeof candidate.summary.headline === 'string' &&
    typeof candidate.summary.updatedAt === 'string' &&
    Array.isArray(candidate.summary.tags)
  );
}
