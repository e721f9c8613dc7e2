// The search index kept on disk beside the listing cache, so a library opens ready to search and
// only the articles that changed since are indexed again. Like the cache it is derived data and
// trusted with nothing: a file that is damaged, from another version or names anything but
// article ids is ignored whole, and the library rebuilds it.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { lstatSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isArticleId } from '../../shared/ids';
import { writeFileAtomic } from './atomic-write';
import { isOwnFolder, readLibraryFile } from './library-files';
import { internalsOf, type TermData } from './search-postings';
import { WorkBudget } from './work-budget';
import {
  INDEX_FIELDS,
  INDEX_OPTIONS,
  SEGMENT_MARK,
  SearchIndex,
  type RestoredIndex,
} from './search-index';

/**
 * Bumped whenever the words an article is indexed under change (tokens, fields, options) or the
 * file's shape does. Version 3: a first line with the articles and documents, then a line a word
 * with its postings as pairs of numbers.
 */
const FORMAT = { format: 'dateline-search-index', version: 3 };
/** Far more than the index of 100,000 long articles; a larger file is not read. */
const MAX_INDEX_BYTES = 1024 * 1024 * 1024;
const SEGMENT_NUMBER = /^[1-9][0-9]{0,5}$/;
/** Field numbers are single digits below this one. */
const FIELD_COUNT = String(INDEX_FIELDS.length);

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The first line of the file: what the words' lines belong to. */
interface Head {
  articles: unknown;
  terms: unknown;
  index: Record<string, unknown>;
}

export function searchIndexFile(root: string): string {
  return path.join(root, '.dateline', 'search-index.json');
}

/** The saved index's text, read by the thread pool while the library opens and lists. */
export async function readSearchIndexText(root: string): Promise<string | undefined> {
  const file = searchIndexFile(root);
  try {
    if (lstatSync(path.dirname(file)).isSymbolicLink()) return undefined;
    const read = await readLibraryFile(file, MAX_INDEX_BYTES);
    return 'text' in read ? read.text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The index a saved text holds, or undefined when it cannot be trusted. Parsed a line at a time
 * and checked and loaded in turns, with other requests let through between them.
 */
export async function restoreSearchIndex(
  text: string | undefined,
): Promise<SearchIndex | undefined> {
  if (text === undefined) return undefined;
  try {
    await yieldToEventLoop();
    const end = text.indexOf('\n');
    if (end < 0) return undefined;
    // JSON.parse itself, without the library's depth check: nothing below walks the values
    // recursively, and a value of any other shape than the index's is refused.
    const head: unknown = JSON.parse(text.slice(0, end));
    if (!isHead(head)) return undefined;
    const terms = await termLines(text, end + 1, head.terms as number);
    if (!terms) return undefined;
    await yieldToEventLoop();
    const restored = await restore(head, terms);
    return restored && new SearchIndex(restored);
  } catch {
    return undefined;
  }
}

function isHead(value: unknown): value is Head {
  return (
    isRecord(value) &&
    value.format === FORMAT.format &&
    value.version === FORMAT.version &&
    Number.isSafeInteger(value.terms) &&
    (value.terms as number) >= 0 &&
    isRecord(value.index)
  );
}

/**
 * The words' lines from `start` on, parsed and checked a slice at a time; undefined unless there
 * are exactly `count` of them, each a sound entry ending with a line break, and nothing after.
 */
async function termLines(
  text: string,
  start: number,
  count: number,
): Promise<[string, TermData][] | undefined> {
  const budget = new WorkBudget();
  const terms: [string, TermData][] = [];
  let at = start;
  while (at < text.length) {
    if (budget.due) await budget.pause();
    const end = text.indexOf('\n', at);
    if (end < 0 || terms.length === count) return undefined;
    const entry = termOf(JSON.parse(text.slice(at, end)));
    if (!entry) return undefined;
    terms.push(entry);
    at = end + 1;
  }
  return terms.length === count ? terms : undefined;
}

/** Writes the index atomically; returns false when it was not written (still indexing). */
export async function writeSearchIndex(root: string, index: SearchIndex): Promise<boolean> {
  const file = searchIndexFile(root);
  await mkdir(path.dirname(file), { recursive: true });
  // A cache folder that links elsewhere is not written through.
  if (!(await isOwnFolder(path.dirname(file)))) return false;
  const bytes = await index.serialize(FORMAT);
  if (bytes === undefined) return false;
  await writeFileAtomic(file, bytes);
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumbers(value: unknown, length: number, orNull = false): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const item of value) {
    if (item === null && orNull) continue;
    if (typeof item !== 'number' || !Number.isFinite(item)) return false;
  }
  return true;
}

/**
 * Turns the nulls a segment's field lengths were written with back into the holes MiniSearch
 * left there, so removing the segment later leaves the other fields' average lengths alone, as
 * it does in the index that was written.
 */
function restoreHoles(search: MiniSearch): void {
  for (const lengths of internalsOf(search)._fieldLength.values()) {
    lengths.forEach((length, field) => {
      if (length === null) delete lengths[field];
    });
  }
}

async function restore(
  head: Head,
  terms: [string, TermData][],
): Promise<RestoredIndex | undefined> {
  const { articles, index } = head;
  if (!isRecord(articles)) return;
  const stamps = new Map<string, string>();
  for (const [id, stamp] of Object.entries(articles)) {
    if (!isArticleId(id) || typeof stamp !== 'string') return;
    stamps.set(id, stamp);
  }
  const segments = documentsOf(index, stamps);
  if (!segments) return;
  await yieldToEventLoop();
  // The documents through MiniSearch's own loader, then the words, already in its maps.
  const plain = { ...index, index: [] } as unknown as AsPlainObject;
  const search = MiniSearch.loadJS(plain, INDEX_OPTIONS);
  if (segments.size > 0) restoreHoles(search);
  const words = internalsOf(search)._index;
  const budget = new WorkBudget();
  for (const [term, data] of terms) {
    if (budget.due) await budget.pause();
    words.set(term, data);
  }
  return { index: search, stamps, segments };
}

/**
 * Checks every document of the index belongs to an article the file names (an article id, or
 * one of its segments) and has its field lengths; returns the segment counts of long articles.
 */
function documentsOf(
  index: Record<string, unknown>,
  stamps: Map<string, string>,
): Map<string, number> | undefined {
  const { documentIds, fieldLength, fieldIds, documentCount, nextId, storedFields } = index;
  const fieldsMatch =
    isRecord(fieldIds) &&
    Object.keys(fieldIds).length === INDEX_FIELDS.length &&
    INDEX_FIELDS.every((field, position) => fieldIds[field] === position);
  if (
    index.serializationVersion !== 2 ||
    !fieldsMatch ||
    !isRecord(documentIds) ||
    !isRecord(fieldLength) ||
    !isRecord(storedFields) ||
    !isNumbers(index.averageFieldLength, INDEX_FIELDS.length) ||
    typeof documentCount !== 'number' ||
    typeof nextId !== 'number'
  ) {
    return undefined;
  }
  const segments = new Map<string, number>();
  const whole = new Set<string>();
  let count = 0;
  for (const shortId in documentIds) {
    const id = documentIds[shortId];
    const short = Number(shortId);
    if (!Number.isSafeInteger(short) || short < 0 || short >= nextId) return undefined;
    if (typeof id !== 'string') return undefined;
    // Most documents are whole articles.
    if (!id.includes(SEGMENT_MARK)) {
      if (!isNumbers(fieldLength[shortId], INDEX_FIELDS.length)) return undefined;
      if (!stamps.has(id)) return undefined;
      whole.add(id);
      count += 1;
      continue;
    }
    // A segment holds body text alone: its other fields' lengths are written as null.
    if (!isNumbers(fieldLength[shortId], INDEX_FIELDS.length, true)) return undefined;
    const [article, segment, ...more] = id.split(SEGMENT_MARK);
    if (!stamps.has(article!) || more.length > 0) return undefined;
    if (segment !== undefined) {
      if (!SEGMENT_NUMBER.test(segment)) return undefined;
      segments.set(article!, Math.max(segments.get(article!) ?? 1, Number(segment) + 1));
    }
    count += 1;
  }
  // A long article's later segments count only beside its first document.
  for (const article of segments.keys()) if (!whole.has(article)) return undefined;
  return count === documentCount ? segments : undefined;
}

/**
 * A word's line as the word and its postings: per field number, pairs of a document's short id
 * and a count; undefined for anything else.
 */
function termOf(entry: unknown): [string, TermData] | undefined {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return;
  const fields: unknown = entry[1];
  if (!isRecord(fields)) return undefined;
  const data: TermData = new Map();
  // Plain loops: the index holds hundreds of thousands of postings.
  for (const field in fields) {
    if (field.length !== 1 || !(field >= '0' && field < FIELD_COUNT)) return undefined;
    const pairs = fields[field];
    if (!Array.isArray(pairs) || pairs.length === 0 || pairs.length % 2 !== 0) return undefined;
    const postings = new Map<number, number>();
    for (let at = 0; at < pairs.length; at += 2) {
      const doc: unknown = pairs[at];
      const count: unknown = pairs[at + 1];
      if (!Number.isSafeInteger(doc) || (doc as number) < 0) return undefined;
      if (typeof count !== 'number' || !Number.isFinite(count)) return undefined;
      postings.set(doc as number, count);
    }
    data.set(Number(field), postings);
  }
  return [entry[0], data];
}
