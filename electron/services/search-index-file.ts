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
import { WorkBudget } from './work-budget';
import {
  INDEX_FIELDS,
  INDEX_OPTIONS,
  SEGMENT_MARK,
  SearchIndex,
  type RestoredIndex,
} from './search-index';

/** Bumped whenever the words an article is indexed under change (tokens, fields, options). */
const FORMAT = { format: 'dateline-search-index', version: 1 };
/** Far more than the index of 100,000 long articles; a larger file is not read. */
const MAX_INDEX_BYTES = 1024 * 1024 * 1024;
const SEGMENT_NUMBER = /^[1-9][0-9]{0,5}$/;
/** Field numbers are single digits below this one. */
const FIELD_COUNT = String(INDEX_FIELDS.length);
/** Past this size the index is rebuilt in memory a thousand entries at a time, not at once. */
const LOAD_AT_ONCE_BYTES = 16 * 1024 * 1024;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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
 * The index a saved text holds, or undefined when it cannot be trusted. Parsed, checked and
 * loaded in turns, with other requests let through between them.
 */
export async function restoreSearchIndex(
  text: string | undefined,
): Promise<SearchIndex | undefined> {
  if (text === undefined) return undefined;
  try {
    await yieldToEventLoop();
    // JSON.parse itself, without the library's depth check: nothing below walks the value
    // recursively, and a value of any other shape than the index's is refused.
    const value: unknown = JSON.parse(text);
    await yieldToEventLoop();
    const restored = await restore(value, text.length > LOAD_AT_ONCE_BYTES);
    return restored && new SearchIndex(restored);
  } catch {
    return undefined;
  }
}

/** Writes the index atomically; returns false when it was not written (still indexing). */
export async function writeSearchIndex(root: string, index: SearchIndex): Promise<boolean> {
  const file = searchIndexFile(root);
  await mkdir(path.dirname(file), { recursive: true });
  // A cache folder that links elsewhere is not written through.
  if (!(await isOwnFolder(path.dirname(file)))) return false;
  const text = await index.serialize(FORMAT);
  if (text === undefined) return false;
  await writeFileAtomic(file, text);
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumbers(value: unknown, length: number): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const item of value) if (typeof item !== 'number' || !Number.isFinite(item)) return false;
  return true;
}

async function restore(data: unknown, large: boolean): Promise<RestoredIndex | undefined> {
  if (!isRecord(data) || data.format !== FORMAT.format || data.version !== FORMAT.version) return;
  const { articles, index } = data;
  if (!isRecord(articles) || !isRecord(index)) return;
  const stamps = new Map<string, string>();
  for (const [id, stamp] of Object.entries(articles)) {
    if (!isArticleId(id) || typeof stamp !== 'string') return;
    stamps.set(id, stamp);
  }
  const segments = documentsOf(index, stamps);
  if (!segments || !(await postingsAreSound(index.index))) return;
  await yieldToEventLoop();
  const plain = index as AsPlainObject;
  const search = large
    ? await MiniSearch.loadJSAsync(plain, INDEX_OPTIONS)
    : MiniSearch.loadJS(plain, INDEX_OPTIONS);
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
  let count = 0;
  for (const shortId in documentIds) {
    const id = documentIds[shortId];
    const short = Number(shortId);
    if (!Number.isSafeInteger(short) || short < 0 || short >= nextId) return undefined;
    if (typeof id !== 'string' || !isNumbers(fieldLength[shortId], INDEX_FIELDS.length)) return;
    // Most documents are whole articles.
    if (!id.includes(SEGMENT_MARK)) {
      if (!stamps.has(id)) return undefined;
      count += 1;
      continue;
    }
    const [article, segment, ...more] = id.split(SEGMENT_MARK);
    if (!stamps.has(article!) || more.length > 0) return undefined;
    if (segment !== undefined) {
      if (!SEGMENT_NUMBER.test(segment)) return undefined;
      segments.set(article!, Math.max(segments.get(article!) ?? 1, Number(segment) + 1));
    }
    count += 1;
  }
  return count === documentCount ? segments : undefined;
}

/** Every term's postings: per field number, a document's short id and a count. */
async function postingsAreSound(terms: unknown): Promise<boolean> {
  if (!Array.isArray(terms)) return false;
  const budget = new WorkBudget();
  // Plain loops over the keys: the index holds hundreds of thousands of postings.
  for (const entry of terms) {
    await budget.pause();
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return false;
    const fields: unknown = entry[1];
    if (!isRecord(fields)) return false;
    for (const field in fields) {
      if (field.length !== 1 || !(field >= '0' && field < FIELD_COUNT)) return false;
      const postings = fields[field];
      if (!isRecord(postings)) return false;
      for (const count in postings) if (typeof postings[count] !== 'number') return false;
    }
  }
  return true;
}
