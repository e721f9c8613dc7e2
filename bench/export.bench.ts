// Exports 1,000 articles of about 800 words as full pages and reports, as JSON, pages per second
// (with the listing's word counts, as an edition gives them, and counting each body) and peak
// memory; then writes the same bodies with our serializer, with TipTap's static renderer and with
// a bare writer that checks nothing (the floor), and compares ours with TipTap's; then exports an edition of 10,000 such articles from a library on disk, in a
// process of its own, and reports its seconds and peak memory. Run with `npm run bench export`
// (BENCH_EDITION=0 leaves the edition out).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import {
  ARTICLE_SCHEMA_VERSION,
  emptyFields,
  type Article,
  type TipTapNode,
} from '../shared/article';
import { renderArticlePage, renderBodyHtml, type ExportContext } from '../shared/export';
import { articleExtensions } from '../shared/schema/extensions';
import { countWords } from '../shared/text/counts';
import { docToPlainText } from '../shared/text/doc-text';
import { DEFAULT_PUBLICATION } from '../shared/publication';
import { selectEdition, writeEdition } from '../electron/services/edition';
import { Library } from '../electron/services/library';
import { holdYoungGeneration, youngGenerationBytes } from '../electron/services/young-generation';
import { writeBenchLibrary } from './bench-articles';
import { KHMER, VOCABULARY, words } from './words';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1_000);
const EDITION_ARTICLES = Number(process.env.BENCH_EDITION ?? 10_000);
const WORDS_PER_PARAGRAPH = 75;
const PARAGRAPHS = 10;
/** One article in ten is in Khmer, as in a bilingual newsroom. */
const KHMER_EVERY = Number(process.env.BENCH_KHMER_EVERY ?? 10);

const text = (value: string, marks?: TipTapNode['marks']): TipTapNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** A paragraph with the odd bold phrase, italic phrase and link, as stories have. */
function paragraph(seed: number, vocabulary: string[]): TipTapNode {
  const third = Math.floor(WORDS_PER_PARAGRAPH / 3);
  return {
    type: 'paragraph',
    content: [
      text(`${words(seed, third, vocabulary)} `),
      text(words(seed + 1, 3, vocabulary), [{ type: 'bold' }]),
      text(` ${words(seed + 2, third, vocabulary)} `),
      text(words(seed + 3, 3, vocabulary), [
        { type: 'link', attrs: { href: `https://example.org/story/${seed % 50}` } },
      ]),
      text(` ${words(seed + 4, WORDS_PER_PARAGRAPH - 2 * third - 6, vocabulary)} `),
      text('“quoted & <escaped>”', [{ type: 'italic' }]),
    ],
  };
}

function article(index: number, total = ARTICLES): Article {
  const khmer = index % KHMER_EVERY === 0;
  const vocabulary = khmer ? KHMER : VOCABULARY;
  const stamp = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) =>
    paragraph(index * 97 + p * 7, vocabulary),
  );
  const list: TipTapNode = {
    type: 'bulletList',
    content: [1, 2, 3].map((n) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(words(index + n, 8, vocabulary))] }],
    })),
  };
  const content: TipTapNode[] = [
    ...paragraphs.slice(0, 4),
    { type: 'heading', attrs: { level: 2 }, content: [text(words(index, 5, vocabulary))] },
    ...paragraphs.slice(4, 7),
    list,
    { type: 'blockquote', content: [paragraphs[7]!] },
    ...paragraphs.slice(8),
  ];
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: `bench-${String(index).padStart(8, '0')}`,
    revision: 1,
    headline: `${words(index, 9, vocabulary)} ${index}`,
    standfirst: words(index + 7, 28, vocabulary),
    byline: 'Sok Chan and Jane Doe',
    dateline: khmer ? 'ភ្នំពេញ' : 'Phnom Penh',
    language: khmer ? 'km' : 'en',
    section: 'National',
    tags: ['economy', 'mekong'],
    status: 'approved',
    related: [1, 2, 3].map((n) => ({
      id: `related-${n}-link`,
      title: '',
      titleEdited: false,
      target: {
        kind: 'article' as const,
        articleId: `bench-${String((index + n) % total).padStart(8, '0')}`,
      },
    })),
    body: { type: 'doc', content },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Tags of the bench bodies' nodes and marks, for the bare writer below. */
const BARE_TAGS: Record<string, readonly [string, string]> = {
  paragraph: ['<p>', '</p>'],
  heading: ['<h2>', '</h2>'],
  bulletList: ['<ul>', '</ul>'],
  listItem: ['<li>', '</li>'],
  blockquote: ['<blockquote>', '</blockquote>'],
  bold: ['<strong>', '</strong>'],
  italic: ['<em>', '</em>'],
};
const BARE_SPECIALS = /[&<>]/g;
const bareEntity = (char: string) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;');

/**
 * The least a body writer can do: visit every node, escape every text, write fixed tags. It
 * checks nothing, joins no neighbouring texts and writes only these documents' kinds: not an
 * exporter, but the floor any writer stands on, on this machine, in this run.
 */
function bareBodyHtml(node: TipTapNode): string {
  if (node.type === 'text') {
    let html = (node.text ?? '').replace(BARE_SPECIALS, bareEntity);
    for (const mark of node.marks ?? []) {
      const href = mark.attrs?.href;
      const tags = BARE_TAGS[mark.type];
      if (typeof href === 'string') html = `<a href="${href}">${html}</a>`;
      else if (tags) html = tags[0] + html + tags[1];
    }
    return html;
  }
  let html = '';
  for (const child of node.content ?? []) html += bareBodyHtml(child);
  const tags = BARE_TAGS[node.type];
  return tags ? tags[0] + html + tags[1] : html;
}

/** Rounds each body writer runs; the quickest is reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** The body writer is to be at least this many times quicker than TipTap's static renderer. */
const SPEEDUP_GOAL = 30;

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

const publication = {
  name: 'Dateline Bench Daily',
  siteUrl: 'https://news.example.org/',
  defaultAuthor: '',
  datelineStyle: 'agency' as const,
  timeZone: 'Asia/Phnom_Penh',
};
const tickerItems = Array.from({ length: 8 }, (_, n) => ({
  id: `ticker-${n}-item`,
  text: words(n, 8, VOCABULARY),
  breaking: n === 5,
}));

function main(): void {
  const articles = Array.from({ length: ARTICLES }, (_, index) => article(index));
  const headlines = new Map(articles.map((item) => [item.id, item.headline]));
  const context: ExportContext = {
    publication,
    ticker: { items: tickerItems },
    resolveArticle: (id) => {
      const headline = headlines.get(id);
      return headline === undefined ? undefined : { headline, href: `${id}.html` };
    },
  };
  // The counts the library's listing holds, which an edition hands to each page.
  const counts = articles.map((item) => countWords(docToPlainText(item.body), item.language));
  const wordCount = counts.reduce((sum, count) => sum + count, 0);
  const known = articles.map((_, index) => ({ ...context, wordCount: counts[index] }));

  // Warm up so the figures are steady-state, not first-call compilation.
  for (const item of articles.slice(0, 20)) renderArticlePage(item, context);
  articles.forEach((item, index) => renderArticlePage(item, known[index]!));

  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let bytes = 0;
  const pagesStart = performance.now();
  articles.forEach((item, index) => {
    bytes += renderArticlePage(item, known[index]!).length;
    if (index % 25 === 0) {
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      peakHeap = Math.max(peakHeap, memory.heapUsed);
    }
  });
  const pagesMs = performance.now() - pagesStart;
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  // The same pages counting each body's words themselves.
  const countingStart = performance.now();
  for (const item of articles) renderArticlePage(item, context);
  const countingMs = performance.now() - countingStart;

  // The two body writers take turns over several rounds and each is judged by its quickest
  // round, the one other work on the machine disturbed least.
  const bodies = articles.map((item) => item.body);
  const extensions = articleExtensions();
  let ours: string[] = [];
  let theirs: string[] = [];
  const oursRounds: number[] = [];
  const staticRounds: number[] = [];
  const bareRounds: number[] = [];
  // Several rounds of ours and one of theirs before timing: ours is compiled to its fastest only
  // after a few thousand bodies, theirs does far more work per body and is there sooner.
  for (let round = 0; round < 5; round += 1) {
    bodies.forEach((item) => renderBodyHtml(item));
    bodies.forEach((item) => bareBodyHtml(item));
  }
  for (const item of bodies) renderToHTMLString({ extensions, content: item });
  for (let round = 0; round < ROUNDS; round += 1) {
    const oursStart = performance.now();
    ours = bodies.map((item) => renderBodyHtml(item));
    oursRounds.push(performance.now() - oursStart);
    const staticStart = performance.now();
    theirs = bodies.map((item) => renderToHTMLString({ extensions, content: item }));
    staticRounds.push(performance.now() - staticStart);
    const bareStart = performance.now();
    bodies.forEach((item) => bareBodyHtml(item));
    bareRounds.push(performance.now() - bareStart);
  }
  const oursMs = Math.min(...oursRounds);
  const staticMs = Math.min(...staticRounds);
  const bareMs = Math.min(...bareRounds);
  // The page writes each link's rel itself; everything else must match byte for byte.
  const different = ours.filter(
    (html, index) => html.replaceAll(' rel="noopener noreferrer"', '') !== theirs[index],
  ).length;

  console.log(
    JSON.stringify(
      {
        benchmark: 'export',
        articles: ARTICLES,
        averageWords: Math.round(wordCount / ARTICLES),
        pagesMs: Math.round(pagesMs),
        pagesPerSecond: Math.round((ARTICLES / pagesMs) * 1000),
        pagesPerSecondCountingWords: Math.round((ARTICLES / countingMs) * 1000),
        averagePageKB: round(bytes / ARTICLES / 1024),
        peakRssMB: megabytes(peakRss),
        peakHeapUsedMB: megabytes(peakHeap),
        heapGrowthMB: megabytes(after.heapUsed - before.heapUsed),
        bodyHtmlMs: round(oursMs),
        staticRendererMs: round(staticMs),
        bodyMsPerArticle: round(oursMs / ARTICLES, 3),
        staticRendererMsPerArticle: round(staticMs / ARTICLES, 3),
        speedup: round(staticMs / oursMs),
        goalMet: staticMs / oursMs >= SPEEDUP_GOAL,
        bareWriterMs: round(bareMs),
        bareWriterSpeedup: round(staticMs / bareMs),
        bodiesDifferentFromStaticRenderer: different,
      },
      null,
      2,
    ),
  );
  if (different > 0) process.exitCode = 1;
}

/** Writes a library of `total` approved articles, one file at a time. */
const writeLibrary = (root: string, total: number) =>
  writeBenchLibrary(root, total, (index) => article(index, total));

/** In a process of its own: the edition of the library at `root`, its time and peak memory. */
async function exportEdition(root: string): Promise<void> {
  let peak = process.memoryUsage().rss;
  let atPeak = process.memoryUsage();
  let youngAtPeak = youngGenerationBytes();
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    if (now.rss > peak) [peak, atPeak, youngAtPeak] = [now.rss, now, youngGenerationBytes()];
  }, 20);
  const start = performance.now();
  // As the command line opens it: an edition never searches, so no index is built.
  const library = await Library.open(root, { searchIndex: 'when-searched' });
  const ids = await selectEdition(library, {});
  const outcome = await writeEdition(
    {
      library,
      ticker: async () => ({
        schemaVersion: 1 as const,
        revision: 1,
        updatedAt: new Date(0).toISOString(),
        items: tickerItems,
      }),
      publication: { ...DEFAULT_PUBLICATION, ...publication },
    },
    ids,
    { folder: path.join(root, 'edition'), format: 'page', override: true, now: new Date() },
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sample);
  const heapBeforeGc = process.memoryUsage().heapUsed;
  global.gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed;
  await library.close();
  if (outcome.state !== 'done') throw new Error(outcome.failure?.message ?? outcome.state);
  console.log(
    JSON.stringify({
      editionArticles: ids.length,
      editionFilesWritten: outcome.written.length,
      editionSeconds: round(seconds),
      // The kernel's high-water mark for the process, and the highest sampled every 20 ms.
      editionPeakRssMB: megabytes(process.resourceUsage().maxRSS * 1024),
      editionSampledPeakRssMB: megabytes(peak),
      atPeakMB: {
        heapTotal: megabytes(atPeak.heapTotal),
        heapUsed: megabytes(atPeak.heapUsed),
        external: megabytes(atPeak.external),
        arrayBuffers: megabytes(atPeak.arrayBuffers),
        youngGeneration: megabytes(youngAtPeak),
      },
      heapAtEndMB: megabytes(heapBeforeGc),
      heapLiveAtEndMB: megabytes(heapAfterGc),
    }),
  );
}

async function edition(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-edition-'));
  try {
    await writeLibrary(root, EDITION_ARTICLES);
    const exportOnce = () => {
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), 'edition-child', root],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      if (run.status !== 0) throw new Error(`The edition failed: ${run.stdout}`);
      return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, number>;
    };
    // First on a library never opened before (every file read to list it), then again as on a
    // library in daily use, whose listing cache the first run left.
    const neverOpened = exportOnce();
    const inUse = exportOnce();
    console.log(
      JSON.stringify(
        { benchmark: 'export-edition', libraryNeverOpened: neverOpened, libraryInUse: inUse },
        null,
        2,
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'edition-child') {
  // As the command line does when it starts.
  holdYoungGeneration();
  await exportEdition(process.argv[3]!);
} else {
  main();
  if (EDITION_ARTICLES > 0) await edition();
}
