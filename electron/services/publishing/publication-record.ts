// When each article was first published and when its published text last changed, kept in the
// library's published.json. Exports read and extend it, and never write an article file: an
// article open in the editor (or refreshed from the desk) is not changed under the writer, no
// revision or version is made by exporting, and the same unchanged library always exports with
// the same dates, so its files come out byte for byte the same.
import path from 'node:path';
import { rename } from 'node:fs/promises';
import { z } from 'zod';
import type { Article } from '../../../shared/article';
import type { PublishedDates } from '../../../shared/edition/export-context';
import { writeFileAtomic } from '../atomic-write';
import { parseLibraryJson, readLibraryFile } from '../library-files';
import { WorkBudget } from '../work-budget';
import { publishedContentHash } from './published-content';

export const PUBLICATION_RECORD_FILE = 'published.json';

const IsoDate = z.iso.datetime();
const EntrySchema = z.object({ publishedAt: IsoDate, modifiedAt: IsoDate, hash: z.string() });
const RecordSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.record(z.string(), EntrySchema),
});
type Record = z.infer<typeof RecordSchema>;

// One change at a time per library folder, so two exports never lose each other's dates.
const queues = new Map<string, Promise<unknown>>();

/**
 * The dates each approved article is published with at `now`: a first export dates both `now`;
 * later exports keep them while the published text is the same, and move `modifiedAt` to `now`
 * when it changed (an edit, a correction). Articles not approved get none. With `record`, new
 * dates are written to the record: call it so once the files are written or handed over, so a
 * cancelled export leaves the record as it was.
 */
export function publishedDates(
  root: string,
  articles: readonly Article[],
  now: Date,
  options: { record: boolean },
): Promise<Map<string, PublishedDates>> {
  return inTurn(root, async () => {
    const file = path.join(root, PUBLICATION_RECORD_FILE);
    const record = await readRecord(file);
    const dates = new Map<string, PublishedDates>();
    let changed = false;
    // Hashing a long article takes a while: other requests run between articles.
    const budget = new WorkBudget();
    for (const article of articles) {
      await budget.pause();
      if (article.status !== 'approved') continue;
      const entry = entryAt(record, article.id, publishedContentHash(article), now);
      dates.set(article.id, { publishedAt: entry.publishedAt, modifiedAt: entry.modifiedAt });
      if (record.articles[article.id] !== entry) {
        record.articles[article.id] = entry;
        changed = true;
      }
    }
    if (changed && options.record)
      await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
    return dates;
  });
}

/** A published article's entry: its published text's hash and its dates. */
export type PublishedEntry = Record['articles'][string];

/**
 * The record as it stands, for an export that takes its articles one at a time (an edition):
 * `datesOf` gives each approved article's dates as publishedDates would, and `record` writes
 * the entries of the articles the export did publish, without reading them again.
 */
export async function openPublicationRecord(root: string, now: Date) {
  const file = path.join(root, PUBLICATION_RECORD_FILE);
  const record = await inTurn(root, () => readRecord(file));
  return {
    /** The dates the record holds for an article; undefined if it was never published. */
    known: (id: string): PublishedDates | undefined => record.articles[id],
    /** The article's entry at `now`: the dates it is published with, and its hash. */
    entryOf: (article: Article): PublishedEntry | undefined =>
      article.status === 'approved'
        ? entryAt(record, article.id, publishedContentHash(article), now)
        : undefined,
  };
}

/** Writes these entries into the record, each as publishedDates would have made it. */
export function recordPublished(
  root: string,
  entries: ReadonlyMap<string, PublishedEntry>,
  now: Date,
): Promise<void> {
  return inTurn(root, async () => {
    if (entries.size === 0) return;
    const file = path.join(root, PUBLICATION_RECORD_FILE);
    const record = await readRecord(file);
    let changed = false;
    for (const [id, { hash }] of entries) {
      const entry = entryAt(record, id, hash, now);
      if (record.articles[id] === entry) continue;
      record.articles[id] = entry;
      changed = true;
    }
    if (changed) await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
  });
}

/**
 * The entry the record keeps for an article whose published text has `hash`: the known one
 * while the text is the same; otherwise published `now` (or when first published) and changed
 * `now`.
 */
function entryAt(record: Record, id: string, hash: string, now: Date): PublishedEntry {
  const known = record.articles[id];
  if (known?.hash === hash) return known;
  const at = now.toISOString();
  const publishedAt = known?.publishedAt ?? at;
  const modifiedAt = at > publishedAt ? at : publishedAt;
  return { publishedAt, modifiedAt, hash };
}

/** Runs `work` after every earlier change to this library's record. */
function inTurn<T>(root: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(root) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    root,
    next.catch(() => undefined),
  );
  return next;
}

/** The record, empty when there is none yet; a damaged one is kept aside and a new one begun. */
async function readRecord(file: string): Promise<Record> {
  const empty: Record = { schemaVersion: 1, articles: {} };
  let read;
  try {
    read = await readLibraryFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  const parsed = 'text' in read ? parseLibraryJson(read.text) : undefined;
  const record = parsed && 'value' in parsed ? RecordSchema.safeParse(parsed.value) : undefined;
  if (record?.success) return record.data;
  await rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
  return empty;
}
