// Builds a 10,000-article library and reports, as JSON, how long it takes to load, how long one
// search takes, and the memory it holds. Run with `npm run bench`.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article } from '../shared/article';
import { Library } from '../electron/services/library';
import { KHMER, VOCABULARY, words } from './words';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORDS_PER_ARTICLE = 400;
/** One article in ten is in Khmer, as in a bilingual newsroom. */
const KHMER_EVERY = Number(process.env.BENCH_KHMER_EVERY ?? 10);

function article(index: number): Article {
  const khmer = index % KHMER_EVERY === 0;
  const vocabulary = khmer ? KHMER : VOCABULARY;
  const stamp = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const paragraphs = Array.from({ length: 8 }, (_, p) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: words(index * 31 + p, WORDS_PER_ARTICLE / 8, vocabulary) }],
  }));
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: `bench-${String(index).padStart(8, '0')}`,
    revision: 1,
    headline: `${words(index, 8, vocabulary)} ${index}`,
    standfirst: words(index + 7, 25, vocabulary),
    language: khmer ? 'km' : 'en',
    status: (['draft', 'ready', 'edited', 'approved'] as const)[index % 4]!,
    body: { type: 'doc', content: paragraphs },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-'));
  try {
    await mkdir(path.join(root, 'articles'), { recursive: true });
    await writeFile(path.join(root, 'library.json'), '{"app":"Dateline","schemaVersion":1}');
    for (let i = 0; i < ARTICLES; i += 1) {
      const item = article(i);
      await writeFile(path.join(root, 'articles', `${item.id}.json`), JSON.stringify(item));
    }

    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const loadStart = performance.now();
    const library = await Library.open(root);
    const listing = await library.list();
    const loadMs = performance.now() - loadStart;
    global.gc?.();
    const memory = process.memoryUsage();

    const queries = ['farmers harvest', 'flood', 'minister visit', 'temple festival', 'ទឹកជំនន់'];
    const firstStart = performance.now();
    const firstHits = await library.search(queries[0]!);
    const firstSearchMs = performance.now() - firstStart;
    const timings: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const query of queries) {
        const start = performance.now();
        await library.search(query);
        timings.push(performance.now() - start);
      }
    }
    timings.sort((a, b) => a - b);

    const relistStart = performance.now();
    await library.list();
    const relistMs = performance.now() - relistStart;

    // A second start of the app: the listing cache written by the first spares reading the files.
    await library.close();
    const reopenStart = performance.now();
    const reopened = await Library.open(root);
    await reopened.list();
    const reopenMs = performance.now() - reopenStart;

    const target = listing.articles[0]!;
    const current = await library.get(target.id);
    const saveStart = performance.now();
    await library.save(target.id, current.revision, {
      ...current,
      headline: 'Unmistakable zebra headline',
    });
    const found = await library.search('zebra');
    const saveAndSearchMs = performance.now() - saveStart;

    console.log(
      JSON.stringify(
        {
          benchmark: 'library',
          articles: listing.articles.length,
          wordsPerArticle: WORDS_PER_ARTICLE,
          firstOpenMs: Math.round(loadMs),
          relistMs: Math.round(relistMs),
          reopenWithCacheMs: Math.round(reopenMs),
          firstSearchMs: Math.round(firstSearchMs * 10) / 10,
          firstSearchHits: firstHits.length,
          searchMedianMs: Math.round(timings[Math.floor(timings.length / 2)]! * 100) / 100,
          searchP95Ms: Math.round(timings[Math.floor(timings.length * 0.95)]! * 100) / 100,
          saveThenFindMs: Math.round(saveAndSearchMs * 10) / 10,
          savedArticleFound: found.some((hit) => hit.article.id === target.id),
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

await main();
