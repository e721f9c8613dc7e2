// How long one autosave takes in the library service, for an ordinary article and a very long
// one: an open article is saved every second while the writer types, so this is the share of
// that second the back end spends. Then a writer types for a while in a long article of a
// 10,000-article library, a save a second, and the back end's processor time per second of it
// is reported: everything a save sets off later (the listing written, the search) included.
// Reports JSON. Run with `npm run bench save`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyFields, type ArticleFields } from '../shared/article';
import { Library } from '../electron/services/library';
import { holdYoungGeneration } from '../electron/services/young-generation';
import { writeBenchLibrary } from './bench-articles';
import { words } from './words';

const SAVES = 20;
const LIBRARY_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const TYPING_SECONDS = Number(process.env.BENCH_TYPING_SECONDS ?? 20);

function fields(count: number, edit: number): ArticleFields {
  const paragraphs: ArticleFields['body']['content'] = [];
  for (let start = 0; start < count; start += 80) {
    const text = words(start, Math.min(80, count - start));
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `Edit ${edit}.` }] });
  return {
    ...emptyFields(),
    headline: 'Harvest recovers',
    body: { type: 'doc', content: paragraphs },
  };
}

async function medianSaveMs(library: Library, count: number): Promise<number> {
  const created = await library.create(fields(count, 0));
  let revision = created.revision;
  const times: number[] = [];
  for (let edit = 1; edit <= SAVES; edit += 1) {
    const draft = fields(count, edit);
    const started = performance.now();
    ({ revision } = await library.save(created.id, revision, draft));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

/**
 * Processor time of the back end per second while a 60,000-word article of a large library is
 * saved once a second, the library listed first as the app lists it when it opens.
 */
async function typingInLargeLibrary(root: string): Promise<number> {
  await writeBenchLibrary(root, LIBRARY_ARTICLES);
  const library = await Library.open(root);
  await library.list();
  await library.close();
  const reopened = await Library.open(root);
  await reopened.list();
  // The search index is loaded once the library is listed; a search waits for it.
  await reopened.search('flood');
  const created = await reopened.create(fields(60_000, 0));
  let revision = created.revision;
  const started = process.cpuUsage();
  const startedAt = performance.now();
  for (let edit = 1; edit <= TYPING_SECONDS; edit += 1) {
    const due = startedAt + edit * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    ({ revision } = await reopened.save(created.id, revision, fields(60_000, edit)));
  }
  // What the last second's saves set off, given its time to run.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const used = process.cpuUsage(started);
  const seconds = (performance.now() - startedAt) / 1000;
  await reopened.close();
  return Math.round((used.user + used.system) / 1000 / seconds);
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-save-'));
  try {
    const library = await Library.open(root);
    const figures = {
      saves: SAVES,
      medianSaveMs800Words: await medianSaveMs(library, 800),
      medianSaveMs60000Words: await medianSaveMs(library, 60_000),
      libraryArticles: LIBRARY_ARTICLES,
      typingSeconds: TYPING_SECONDS,
      backEndCpuMsPerSecondTyping: await typingInLargeLibrary(path.join(root, 'large')),
    };
    console.log(JSON.stringify({ benchmark: 'save', ...figures }, null, 2));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// As every host does when it starts.
holdYoungGeneration();
await main();
