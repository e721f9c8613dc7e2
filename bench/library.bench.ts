// Builds a 10,000-article library and reports, as JSON, how long it takes to open the first time
// (the files changed last shown, then all read) and again (the listing as last seen shown, then
// every file checked), how long searches take (the first on a new library, the first after
// reopening, the same queries again, queries never asked before, a save then a search that finds
// it), the longest the event loop is held, the size of the saved search index and the memory it
// holds.
// Run with `npm run bench -- library`.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Library } from '../electron/services/library';
import { holdYoungGeneration } from '../electron/services/young-generation';
import { benchArticle, WORDS_PER_ARTICLE, writeBenchLibrary } from './bench-articles';
import { VOCABULARY } from './words';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
/**
 * With BENCH_EXTRA_WORDS=n, English articles also draw from n made-up words, as a real library's
 * names and rarer words make its index many times larger than the newsroom words alone do.
 */
const EXTRA_WORDS = Number(process.env.BENCH_EXTRA_WORDS ?? 0);
const ENGLISH =
  EXTRA_WORDS > 0
    ? [...VOCABULARY, ...Array.from({ length: EXTRA_WORDS }, (_, i) => madeUpWord(i))]
    : VOCABULARY;

function madeUpWord(seed: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = '';
  for (let n = seed + 1; n > 0; n = Math.floor(n / 26)) word += letters[(n * 7 + word.length) % 26];
  return `${word}${letters[seed % 26]}${letters[(seed * 11) % 26]}`;
}

const article = (index: number) => benchArticle(index, { english: ENGLISH });

/** The longest the event loop was held at once between the call and `stop()`. */
function stallsDuring(): { stop: () => number } {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  return {
    stop: () => {
      histogram.disable();
      return histogram.max / 1e6;
    },
  };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-'));
  try {
    await writeBenchLibrary(root, ARTICLES, article);

    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const loadStart = performance.now();
    const library = await Library.open(root);
    // What the app shows at once: the files changed last, read first.
    const early = await library.listEarly();
    const firstShownMs = performance.now() - loadStart;
    const listing = await library.list();
    const loadMs = performance.now() - loadStart;

    // A library never opened before: the first search waits for the whole index to be built.
    const queries = ['farmers harvest', 'flood', 'minister visit', 'temple festival', 'ទឹកជំនន់'];
    const coldStart = performance.now();
    const coldHits = await library.search(queries[0]!);
    const coldSearchMs = performance.now() - coldStart;
    const timings: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const query of queries) {
        const start = performance.now();
        await library.search(query);
        timings.push(performance.now() - start);
      }
    }
    timings.sort((a, b) => a - b);
    // Queries never asked before, so no word's scores are remembered: what a new search costs.
    const fresh: number[] = [];
    for (const query of ['river', 'market prices', 'school students', 'bank loan', 'ភ្នំពេញ']) {
      for (const typed of [query.slice(0, 3), query]) {
        const start = performance.now();
        await library.search(typed);
        fresh.push(performance.now() - start);
      }
    }
    fresh.sort((a, b) => a - b);

    const relistStart = performance.now();
    await library.list();
    const relistMs = performance.now() - relistStart;

    // Closing writes what later openings read back: the listing cache and the search index.
    const closing = stallsDuring();
    const closeStart = performance.now();
    await library.close();
    const closeMs = performance.now() - closeStart;
    const closeStallMs = closing.stop();
    const indexBytes = await stat(path.join(root, '.dateline', 'search-index.json')).then(
      (info) => info.size,
      () => 0,
    );

    // A second start of the app: open, list, and search at once.
    const reopening = stallsDuring();
    const reopenStart = performance.now();
    const reopened = await Library.open(root);
    // What the app shows at once: the listing as the library last saw it.
    const lastSeen = await reopened.listEarly();
    const reopenShownMs = performance.now() - reopenStart;
    // Then every file checked against it.
    await reopened.list();
    const reopenMs = performance.now() - reopenStart;
    const searchStart = performance.now();
    const reopenedHits = await reopened.search(queries[1]!);
    const firstSearchAfterReopenMs = performance.now() - searchStart;
    const reopenStallMs = reopening.stop();
    global.gc?.();
    const memory = process.memoryUsage();

    const target = listing.articles[0]!;
    const current = await reopened.get(target.id);
    const saveStart = performance.now();
    await reopened.save(target.id, current.revision, {
      ...current,
      headline: 'Unmistakable zebra headline',
    });
    const found = await reopened.search('zebra');
    const saveAndSearchMs = performance.now() - saveStart;

    const round1 = (ms: number) => Math.round(ms * 10) / 10;
    console.log(
      JSON.stringify(
        {
          benchmark: 'library',
          articles: listing.articles.length,
          wordsPerArticle: WORDS_PER_ARTICLE,
          firstOpenShownMs: round1(firstShownMs),
          firstOpenShownArticles: early.early === 'newest' ? early.articles.length : 0,
          firstOpenMs: Math.round(loadMs),
          relistMs: Math.round(relistMs),
          reopenShownAsLastSeenMs: round1(reopenShownMs),
          reopenShownArticles: lastSeen.early === 'last-seen' ? lastSeen.articles.length : 0,
          reopenWithCacheMs: Math.round(reopenMs),
          firstSearchOnNewLibraryMs: round1(coldSearchMs),
          firstSearchOnNewLibraryHits: coldHits.length,
          firstSearchAfterReopenMs: round1(firstSearchAfterReopenMs),
          firstSearchAfterReopenHits: reopenedHits.length,
          searchMedianMs: Math.round(timings[Math.floor(timings.length / 2)]! * 100) / 100,
          searchP95Ms: Math.round(timings[Math.floor(timings.length * 0.95)]! * 100) / 100,
          newQueryMedianMs: Math.round(fresh[Math.floor(fresh.length / 2)]! * 100) / 100,
          newQueryMaxMs: Math.round(fresh[fresh.length - 1]! * 100) / 100,
          saveThenFindMs: round1(saveAndSearchMs),
          savedArticleFound: found.some((hit) => hit.article.id === target.id),
          closeMs: Math.round(closeMs),
          longestStallClosingMs: round1(closeStallMs),
          longestStallReopeningMs: round1(reopenStallMs),
          searchIndexFileMB: megabytes(indexBytes),
          heapUsedMB: megabytes(memory.heapUsed),
          heapGrowthMB: megabytes(memory.heapUsed - heapBefore),
          rssMB: megabytes(memory.rss),
        },
        null,
        2,
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// As every host does when it starts.
holdYoungGeneration();
await main();
