// Large articles must not hold up other requests: the search index is built and an edition is
// exported a slice of work at a time. Each test measures the event loop's longest stall while the
// work runs and prints it; what it asserts is a ratio, so a slow machine does not fail it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ArticleBody } from '../../shared/article';
import { PUBLICATION } from '../../test-support/shared/sample-articles';
import { writeEdition } from './edition';
import { renderExport } from './export-article';
import { Library } from './library';
import { SEGMENT_CHARS } from './search-index';

let root: string;
let opened: Library[] = [];

/** Opens the test's library and closes it after the test, so no background write outlives it. */
async function openLibrary(): Promise<Library> {
  const library = await Library.open(root);
  opened.push(library);
  return library;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-large-'));
});
afterEach(async () => {
  await Promise.all(opened.map((library) => library.close()));
  opened = [];
  await rm(root, { recursive: true, force: true });
});

const VOCABULARY =
  'province farmers harvest rice river flood market prices exports garment factory workers council election bridge school hospital minister temple festival investment drought fishermen lake border trade'.split(
    ' ',
  );

/** About `chars` characters of news-like paragraphs, different for each seed. */
function longBody(seed: number, chars: number, lastWord = ''): ArticleBody {
  const paragraphs: string[] = [];
  let state = seed;
  let length = 0;
  while (length < chars) {
    const words: string[] = [];
    for (let i = 0; i < 90; i += 1) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      words.push(VOCABULARY[state % VOCABULARY.length]!);
    }
    const text = `${words.join(' ')}.`;
    paragraphs.push(text);
    length += text.length;
  }
  if (lastWord) paragraphs.push(lastWord);
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

async function largeLibrary(count: number, chars: number): Promise<string[]> {
  const library = await openLibrary();
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const article = await library.create({
      ...emptyFields(),
      headline: `Long report ${index}`,
      dateline: 'Phnom Penh',
      byline: 'Sok Chan',
      standfirst: 'A long report.',
      status: 'approved',
      body: longBody(index + 1, chars, index === 0 ? 'zyxwvutsrq' : ''),
    });
    ids.push(article.id);
  }
  return ids;
}

/** Runs `work` while timers tick every 5 ms; answers its longest wait between two ticks. */
async function longestStall(
  work: () => Promise<unknown>,
): Promise<{ stall: number; took: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const took = performance.now() - started;
  clearInterval(timer);
  stall = Math.max(stall, performance.now() - last);
  return { stall, took };
}

describe('with a library of long articles', () => {
  it('builds the search index after a restart without holding other requests up', async () => {
    await largeLibrary(60, 220_000);
    // A restart: a new process opens the library and lists it, then a search waits for the index.
    const library = await openLibrary();
    const { stall, took } = await longestStall(async () => {
      await library.list();
      expect((await library.search('zyxwvutsrq', 5)).map((hit) => hit.article.headline)).toEqual([
        'Long report 0',
      ]);
    });
    console.log(
      `Listing and indexing 60 articles of 220,000 characters took ${took.toFixed(0)} ms; the longest stall was ${stall.toFixed(0)} ms.`,
    );
    expect(stall).toBeLessThan(took / 5);
  });

  it('exports an edition of them without holding other requests up', async () => {
    const ids = await largeLibrary(40, 220_000);
    const library = await openLibrary();
    const sources = {
      library,
      ticker: () => Promise.reject(new Error('none')),
      publication: PUBLICATION,
    };
    const request = {
      folder: path.join(root, 'edition'),
      format: 'page' as const,
      override: true,
      now: new Date(),
    };
    let outcome;
    const { stall, took } = await longestStall(async () => {
      outcome = await writeEdition(sources, ids, request);
    });
    console.log(
      `Exporting an edition of 40 articles of 220,000 characters took ${took.toFixed(0)} ms; the longest stall was ${stall.toFixed(0)} ms.`,
    );
    expect(outcome).toMatchObject({ state: 'done', done: 40 });
    expect(stall).toBeLessThan(took / 5);
  });
});

describe('with one very long article', () => {
  it('indexes a body of many segments a slice at a time and finds words from its end', async () => {
    const library = await openLibrary();
    const chars = 100 * SEGMENT_CHARS;
    const [id] = await largeLibrary(1, chars);
    const fresh = await openLibrary();
    const { stall, took } = await longestStall(async () => {
      await fresh.list();
      expect((await fresh.search('zyxwvutsrq fishermen', 5)).map((hit) => hit.article.id)).toEqual([
        id,
      ]);
    });
    console.log(
      `Indexing one article of ${(chars / 1e6).toFixed(0)} million characters took ${took.toFixed(0)} ms; the longest stall was ${stall.toFixed(0)} ms.`,
    );
    const page = await longestStall(() =>
      renderExport(
        { library, ticker: () => Promise.reject(new Error('none')), publication: PUBLICATION },
        { id: id!, format: 'page', override: true },
      ),
    );
    console.log(
      `Exporting it as a page took ${page.took.toFixed(0)} ms; the longest stall was ${page.stall.toFixed(0)} ms.`,
    );
  });
});
