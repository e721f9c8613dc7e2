// Remembers each article file's summary with the file's size and modification time, so opening
// a library of thousands of articles reads only the files that changed since the last time.
// It is derived data: a missing, stale or damaged cache only costs a slower first listing, and
// it is trusted with nothing: each row is rebuilt field by field from plain values of the right
// type, and a row whose id is not an article id is dropped.
import { lstatSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_STATUSES, type ArticleSummary } from '../../shared/article';
import { isArticleId } from '../../shared/ids';
import { writeFileAtomic } from './atomic-write';
import { isOwnFolder, readLibraryFileSync } from './library-files';
import { WorkBudget } from './work-budget';

/** Bumped whenever ArticleSummary or the rows change shape, so old caches are ignored. */
const CACHE_VERSION = 4;
/** After a scan, which may have read thousands of files: soon, so the next opening is quick. */
export const WRITE_DELAY_MS = 2_000;
/** A summary takes about 500 bytes: room for some 400,000 articles. */
const MAX_CACHE_BYTES = 200 * 1024 * 1024;
/** Rows turned into text between two pauses of a write. */
const WRITE_SLICE = 500;
const NOT_ASCII = /[\u007f-\uffff]/g;
const STATUSES: ReadonlySet<unknown> = new Set(ARTICLE_STATUSES);

export interface CachedSummary {
  mtimeMs: number;
  size: number;
  summary: ArticleSummary;
}

/** The saved entries, and whether they came from a scan of the whole folder. */
export interface SavedListing {
  entries: Map<string, CachedSummary>;
  /**
   * False when no scan of the whole folder had ended when it was written (the app closed while
   * a large library was first listed): the entries are then only some of its articles.
   */
  whole: boolean;
}

/**
 * One article file as a row: its stamp, then the summary's fields in a fixed order (the id is
 * the file's name). Rows parse in a third of the time objects with named fields take.
 */
type Row = [
  id: string,
  mtimeMs: number,
  size: number,
  revision: number,
  headline: string,
  shortHeadline: string,
  byline: string,
  standfirstLine: string,
  status: string,
  language: string,
  section: string,
  tags: string[],
  wordCount: number,
  createdAt: string,
  updatedAt: string,
  trashedAt?: string,
];

export class ListingCache {
  private readonly file: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending write is to start (performance.now()'s clock). */
  private dueAt = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(root: string) {
    this.file = path.join(root, '.dateline', 'listing-cache.json');
  }

  /** Entries of articles/ keyed by `articles/<id>.json`; none when there is no usable cache. */
  load(): SavedListing {
    const entries = new Map<string, CachedSummary>();
    try {
      if (lstatSync(path.dirname(this.file)).isSymbolicLink()) return { entries, whole: false };
      const read = readLibraryFileSync(this.file, MAX_CACHE_BYTES);
      if (!('text' in read)) return { entries, whole: false };
      // JSON.parse itself, without the library's depth check: nothing walks the value
      // recursively, and only plain values of the expected types are taken from it.
      const data = JSON.parse(read.text) as { version?: unknown; whole?: unknown; rows?: unknown };
      if (data?.version !== CACHE_VERSION || !Array.isArray(data.rows)) {
        return { entries, whole: false };
      }
      for (const row of data.rows as unknown[]) {
        const entry = entryOf(row);
        if (entry) entries.set(`articles/${entry.summary.id}.json`, entry);
      }
      return { entries, whole: data.whole === true };
    } catch {
      return { entries: new Map(), whole: false };
    }
  }

  /**
   * Writes the listing `delayMs` later, once, however many changes come in meanwhile; a change
   * asking for an earlier write brings the pending one forward.
   */
  scheduleSave(listing: () => SavedListing, delayMs = WRITE_DELAY_MS): void {
    const dueAt = performance.now() + delayMs;
    if (this.timer) {
      if (dueAt >= this.dueAt) return;
      clearTimeout(this.timer);
    }
    this.dueAt = dueAt;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = this.writing.then(() => this.save(listing())).catch(() => undefined);
    }, delayMs);
    this.timer.unref?.();
  }

  /** Waits for a pending write; used when the library closes and by tests. */
  async flush(listing: () => SavedListing): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.writing = this.writing.then(() => this.save(listing())).catch(() => undefined);
    }
    await this.writing;
  }

  private async save({ entries, whole }: SavedListing): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    // A cache folder that links elsewhere is not written through.
    if (!(await isOwnFolder(path.dirname(this.file)))) return;
    await writeFileAtomic(this.file, await cacheText([...entries.values()], whole));
  }
}

/**
 * The cache as JSON text written only in ASCII (other characters as \u escapes): such text is
 * read back several times faster than Khmer in UTF-8. Made a slice of rows at a time, so other
 * requests run in between.
 */
async function cacheText(entries: CachedSummary[], whole: boolean): Promise<string> {
  // Resumed from the check phase from here on, so each pause lets timers and I/O through: a
  // pause made straight after an I/O callback would only reach the check phase of the same turn.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const budget = new WorkBudget();
  const slices: string[] = [];
  for (let start = 0; start < entries.length; start += WRITE_SLICE) {
    await budget.pause();
    const rows = entries.slice(start, start + WRITE_SLICE).map(rowOf);
    slices.push(JSON.stringify(rows).slice(1, -1).replace(NOT_ASCII, escaped));
  }
  const rows = slices.filter(Boolean).join(',');
  return `{"version":${CACHE_VERSION},"whole":${whole},"rows":[${rows}]}`;
}

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function rowOf({ mtimeMs, size, summary: s }: CachedSummary): Row {
  const row: Row = [
    s.id,
    mtimeMs,
    size,
    s.revision,
    s.headline,
    s.shortHeadline,
    s.byline,
    s.standfirstLine,
    s.status,
    s.language,
    s.section,
    s.tags,
    s.wordCount,
    s.createdAt,
    s.updatedAt,
  ];
  if (s.trashedAt !== undefined) row.push(s.trashedAt);
  return row;
}

/** The entry a row holds, or undefined unless every field is a plain value of its type. */
function entryOf(row: unknown): CachedSummary | undefined {
  // Straight-line reads by position: ten thousand rows are read while the library opens, mostly
  // before this code has been optimised.
  if (!Array.isArray(row) || row.length < 15 || row.length > 16) return undefined;
  const values = row as unknown[];
  const id = values[0];
  const mtimeMs = values[1];
  const size = values[2];
  const revision = values[3];
  const headline = values[4];
  const shortHeadline = values[5];
  const byline = values[6];
  const standfirstLine = values[7];
  const status = values[8];
  const language = values[9];
  const section = values[10];
  const tags = values[11];
  const wordCount = values[12];
  const createdAt = values[13];
  const updatedAt = values[14];
  const trashedAt = values[15];
  if (
    !isArticleId(id) ||
    typeof mtimeMs !== 'number' ||
    typeof size !== 'number' ||
    typeof revision !== 'number' ||
    typeof wordCount !== 'number' ||
    !Number.isFinite(mtimeMs + size + revision + wordCount) ||
    typeof headline !== 'string' ||
    typeof shortHeadline !== 'string' ||
    typeof byline !== 'string' ||
    typeof standfirstLine !== 'string' ||
    !STATUSES.has(status) ||
    typeof language !== 'string' ||
    typeof section !== 'string' ||
    typeof createdAt !== 'string' ||
    typeof updatedAt !== 'string' ||
    (trashedAt !== undefined && typeof trashedAt !== 'string') ||
    !Array.isArray(tags)
  ) {
    return undefined;
  }
  for (let at = 0; at < tags.length; at += 1) {
    if (typeof tags[at] !== 'string') return undefined;
  }
  const summary: ArticleSummary = {
    id,
    revision,
    headline,
    shortHeadline,
    byline,
    standfirstLine,
    status: status as ArticleSummary['status'],
    language,
    section,
    tags: tags as string[],
    wordCount,
    createdAt,
    updatedAt,
  };
  if (trashedAt !== undefined) summary.trashedAt = trashedAt;
  return { mtimeMs, size, summary };
}
