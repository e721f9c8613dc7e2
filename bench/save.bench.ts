// How long one autosave takes in the library service, for an ordinary article and a very long
// one: an open article is saved every second while the writer types, so this is the share of
// that second the back end spends. Reports JSON. Run with `npm run bench save`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyFields, type ArticleFields } from '../shared/article';
import { Library } from '../electron/services/library';
import { holdYoungGeneration } from '../electron/services/young-generation';
import { words } from './words';

const SAVES = 20;

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

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-save-'));
  try {
    const library = await Library.open(root);
    const figures = {
      saves: SAVES,
      medianSaveMs800Words: await medianSaveMs(library, 800),
      medianSaveMs60000Words: await medianSaveMs(library, 60_000),
    };
    console.log(JSON.stringify({ benchmark: 'save', ...figures }, null, 2));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// As every host does when it starts.
holdYoungGeneration();
await main();
