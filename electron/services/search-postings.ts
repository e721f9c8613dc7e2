// Scores one query word straight from the index's postings, into typed arrays: the very sums
// MiniSearch 7's own search makes (the same BM25+ formula, boosts, prefix and fuzzy weights, and
// additions in the same order, so the same scores to the last bit), without the result object,
// match lists and sort MiniSearch builds for every matching document. A common word matches most
// of a newsroom's articles, and that bookkeeping was most of a search's time.
import type MiniSearch from 'minisearch';

type FieldPostings = Map<number, number>;
/** A word's postings by field number. */
export type TermData = Map<number, FieldPostings>;

interface TermMap {
  get(term: string): TermData | undefined;
  entries(): Iterable<[string, TermData]>;
  set(term: string, data: TermData): void;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
}

/** The parts of a MiniSearch 7 index its search reads (private in its types, stable in 7.x). */
interface IndexInternals {
  _index: TermMap;
  _documentCount: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  /** Sparse for a segment: it has no headline or standfirst (null when read back). */
  _fieldLength: Map<number, (number | null)[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  /** The vacuum under way, if any. */
  _currentVacuum: Promise<void> | null;
  _options: {
    fields: string[];
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | null | undefined;
    searchOptions: {
      boost?: Record<string, number>;
      weights?: { fuzzy?: number; prefix?: number };
      maxFuzzy?: number;
      bm25?: { k: number; b: number; d: number };
    };
  };
  /** What MiniSearch's search does on meeting a posting of a discarded document. */
  removeTerm(fieldId: number, documentId: number, term: string): void;
}

/**
 * One word's matches, one entry per article: `keys` are the index's short ids of the articles'
 * first documents, `ranks` the order MiniSearch would list equal scores in (lower first).
 */
export interface WordScores {
  keys: Int32Array;
  scores: Float64Array;
  ranks: Int32Array;
}

/**
 * Each field's length in every live document, by short id (-1: no such document), read once
 * from the index's maps and kept until the index changes.
 */
export type FieldLengths = Float64Array[];

export function fieldLengthsOf(index: MiniSearch): FieldLengths {
  const { _fieldLength: byDocument, _nextId: size, _options: options } = internalsOf(index);
  const lengths = options.fields.map(() => new Float64Array(size).fill(-1));
  for (const [doc, fields] of byDocument) {
    fields.forEach((length, fieldId) => {
      if (length !== null && lengths[fieldId]) lengths[fieldId]![doc] = length;
    });
  }
  return lengths;
}

/** MiniSearch's defaults, used where the index's options leave them out. */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_MAX_FUZZY = 6;
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export function internalsOf(index: MiniSearch): IndexInternals {
  return index as unknown as IndexInternals;
}

/**
 * The word's score in every document holding it, summed as MiniSearch sums them: the word
 * itself, then the words it begins (when `prefix`), then those within its fuzzy distance, each
 * field in the index's order. Returns the documents in the order they were first met.
 */
export function documentScores(
  index: MiniSearch,
  term: string,
  prefix: boolean,
  fuzzy: number | false,
  lengths: FieldLengths,
  into: Float64Array,
): number[] {
  const internals = internalsOf(index);
  const { _index: terms, _options: options } = internals;
  const weights = { ...DEFAULT_WEIGHTS, ...options.searchOptions.weights };
  const touched: number[] = [];
  const add = (derived: string, weight: number, data: TermData | undefined) => {
    if (data) addTerm(internals, derived, weight, data, lengths, into, touched);
  };
  add(term, 1, terms.get(term));
  const prefixMatches = prefix ? terms.atPrefix(term) : undefined;
  let fuzzyMatches: Map<string, [TermData, number]> | undefined;
  if (fuzzy) {
    const maxFuzzy = options.searchOptions.maxFuzzy ?? DEFAULT_MAX_FUZZY;
    const maxDistance = Math.min(maxFuzzy, Math.round(term.length * fuzzy));
    if (maxDistance) fuzzyMatches = terms.fuzzyGet(term, maxDistance);
  }
  if (prefixMatches) {
    for (const [derived, data] of prefixMatches) {
      const distance = derived.length - term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(derived);
      add(derived, (weights.prefix * derived.length) / (derived.length + 0.3 * distance), data);
    }
  }
  if (fuzzyMatches) {
    for (const derived of fuzzyMatches.keys()) {
      const [data, distance] = fuzzyMatches.get(derived)!;
      if (!distance) continue;
      add(derived, (weights.fuzzy * derived.length) / (derived.length + distance), data);
    }
  }
  return touched;
}

function addTerm(
  internals: IndexInternals,
  derived: string,
  termWeight: number,
  data: TermData,
  lengths: FieldLengths,
  into: Float64Array,
  touched: number[],
): void {
  const options = internals._options;
  const { k, b, d } = options.searchOptions.bm25 ?? DEFAULT_BM25;
  const boost = options.searchOptions.boost ?? {};
  const count = internals._documentCount;
  for (const field of options.fields) {
    const fieldBoost = boost[field] || 1;
    const fieldId = internals._fieldIds[field]!;
    const postings = data.get(fieldId);
    if (postings == null) continue;
    let matching = postings.size;
    let idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
    const average = internals._avgFieldLength[fieldId]!;
    const fieldLengths = lengths[fieldId]!;
    // forEach rather than for...of: no entry array per posting, and quick even before the
    // code is optimised, as it is for the first searches after the app starts.
    postings.forEach((frequency, doc) => {
      const length = doc < fieldLengths.length ? fieldLengths[doc]! : -1;
      if (length < 0) {
        internals.removeTerm(fieldId, doc, derived);
        matching -= 1;
        idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        return;
      }
      const raw =
        idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
      // The term boost and the document boost MiniSearch multiplies by are both 1 here.
      const weighted = termWeight * 1 * fieldBoost * 1 * raw;
      const previous = into[doc]!;
      if (previous === 0) {
        touched.push(doc);
        into[doc] = weighted;
      } else {
        into[doc] = previous + weighted;
      }
    });
  }
}
