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
  const run = async () => {
    const file = path.join(root, PUBLICATION_RECORD_FILE);
    const record = await readRecord(file);
    const dates = new Map<string, PublishedDates>();
    let changed = false;
    // Hashing a long article takes a while: other requests run between articles.
    const budget = new WorkBudget();
    for (const article of articles) {
      await budget.pause();
      if (article.status !== 'approved') continue;
      const hash = publishedContentHash(article);
      const known = record.articles[article.id];
      if (known?.hash === hash) {
        dates.set(article.id, { publishedAt: known.publishedAt, modifiedAt: known.modifiedAt });
        continue;
      }
      const at = now.toISOString();
      const publishedAt = known?.publishedAt ?? at;
      const modifiedAt = at > publishedAt ? at : publishedAt;
      record.articles[article.id] = { publishedAt, modifiedAt, hash };
      dates.set(article.id, { publishedAt, modifiedAt });
      changed = true;
    }
    if (changed && options.record)
      await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
    return dates;
  };
  const previous = queues.get(root) ?? Promise.resolve();
  const next = previous.then(run, run);
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
