import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { DEFAULT_PUBLICATION, type Publication } from '../../shared/publication';
import { selectEdition, writeEdition, type EditionRequest } from './edition';
import { Library } from './library';
import { TickerStore } from './ticker-store';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const SITE: Publication = {
  ...DEFAULT_PUBLICATION,
  name: 'Mekong Daily',
  siteUrl: 'https://news.example.org/',
};

let scratch: string;
let library: Library;
let out: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-edition-'));
  // Each change a minute after the last, so "older" and "newer" never tie.
  let minutes = 0;
  const clock = () => new Date(Date.UTC(2026, 1, 20, 9, minutes++));
  library = await Library.open(path.join(scratch, 'library'), { now: clock });
  out = path.join(scratch, 'out');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const sources = (publication: Publication = SITE) => ({
  library,
  ticker: () => new TickerStore(library.root).get(),
  publication,
});

const body = (text: string): ArticleFields['body'] => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const story = (headline: string, extra: Partial<ArticleFields> = {}) =>
  library.create({
    ...emptyFields(),
    headline,
    standfirst: `All about ${headline}.`,
    body: body(`${headline}: the story.`),
    status: 'approved',
    ...extra,
  });

const linkTo = (articleId: string, id: string) => ({
  id,
  title: '',
  titleEdited: false,
  target: { kind: 'article' as const, articleId },
});

const request = (overrides: Partial<EditionRequest> = {}): EditionRequest => ({
  folder: out,
  format: 'page',
  override: false,
  now: NOW,
  ...overrides,
});

async function run(overrides: Partial<EditionRequest> = {}, publication: Publication = SITE) {
  const ids = await selectEdition(library, {});
  return writeEdition(sources(publication), ids, request(overrides));
}

const read = (file: string, folder = out) => readFile(path.join(folder, file), 'utf8');

describe('writeEdition', () => {
  it('writes a page per approved article, the index, the ticker and the feed', async () => {
    const sample = (await library.list()).articles[0]!;
    const flood = await story('Flood Waters Reach Kratie');
    await story('Farmers Share Solar Pumps', {
      related: [linkTo(flood.id, 'link-flood'), linkTo(sample.id, 'link-sample')],
    });
    await new TickerStore(library.root).add([
      { text: 'Flood warning', link: { kind: 'article', articleId: flood.id } },
    ]);

    const outcome = await run();
    expect(outcome).toMatchObject({ state: 'done', total: 2, done: 2, skipped: [] });
    expect((await readdir(out)).sort()).toEqual([
      'farmers-share-solar-pumps.html',
      'feed.xml',
      'flood-waters-reach-kratie.html',
      'fonts',
      'index.html',
      'ticker.html',
    ]);
    expect(outcome.written.map((file) => file.file)).toEqual([
      'farmers-share-solar-pumps.html',
      'flood-waters-reach-kratie.html',
      'fonts/noto-sans-khmer-khmer-400-normal.woff2',
      'fonts/noto-sans-khmer-khmer-700-normal.woff2',
      'ticker.html',
      'index.html',
      'feed.xml',
    ]);
    expect(outcome.written[0]).toMatchObject({ articleId: expect.any(String) });

    const page = await read('farmers-share-solar-pumps.html');
    // Another page of the edition is linked by its file; a library article left out, at the site.
    expect(page).toContain(
      '<a href="flood-waters-reach-kratie.html">Flood Waters Reach Kratie</a>',
    );
    expect(page).toContain(
      'href="https://news.example.org/battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.html"',
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://news.example.org/farmers-share-solar-pumps.html">',
    );
    expect(page).toContain(`content="${NOW.toISOString()}"`);
    expect(await read('ticker.html')).toMatch(
      /^<nav class="ticker"[^>]*>[\s\S]*<a href="flood-waters-reach-kratie\.html">Flood warning<\/a>[\s\S]*<\/nav>\n$/,
    );
    const index = await read('index.html');
    expect(index).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(index).toContain(
      '<a href="farmers-share-solar-pumps.html">Farmers Share Solar Pumps</a>',
    );
    expect(index).toContain('All about Flood Waters Reach Kratie.');
    const feed = await read('feed.xml');
    expect(feed).toContain('href="https://news.example.org/flood-waters-reach-kratie.html"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
  });

  it('leaves out links to library articles outside the edition when there is no site URL', async () => {
    const sample = (await library.list()).articles[0]!;
    await story('Farmers Share Solar Pumps', {
      related: [linkTo(sample.id, 'link-sample')],
    });
    await run({}, DEFAULT_PUBLICATION);
    const page = await read('farmers-share-solar-pumps.html');
    expect(page).not.toContain('battambang');
    expect(page).not.toContain('Related News');
  });

  it('skips articles with preflight errors and says why, unless overridden', async () => {
    await story('Fine Story');
    const empty = await story('Empty Story', {
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const outcome = await run();
    expect(outcome.state).toBe('done');
    expect(outcome.skipped).toEqual([
      {
        articleId: empty.id,
        headline: 'Empty Story',
        reason: '1 problem must be fixed first (The body is empty).',
        wording: {
          reason: 'edition-problems',
          values: { count: 1 },
          problems: [{ code: 'body-empty', values: {} }],
        },
      },
    ]);
    expect(existsSync(path.join(out, 'empty-story.html'))).toBe(false);
    expect(await read('index.html')).not.toContain('Empty Story');

    const forced = await run({ override: true, folder: path.join(scratch, 'forced') });
    expect(forced.skipped).toEqual([]);
    expect(existsSync(path.join(scratch, 'forced', 'empty-story.html'))).toBe(true);
  });

  it('links a page to the site, not to a file, for an article it links to that was left out', async () => {
    // Both are published now; the pumps page comes first by its headline, before the empty
    // story is read and left out.
    const empty = await story('Weir Story', {
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await story('Pumps', { related: [linkTo(empty.id, 'link-empty')] });
    const outcome = await run();
    expect(outcome.skipped.map((skip) => skip.articleId)).toEqual([empty.id]);
    const page = await read('pumps.html');
    expect(page).toContain('href="https://news.example.org/weir-story.html"');
    expect(page).not.toContain('href="weir-story.html"');
  });

  it('skips an article that is no longer in the library', async () => {
    const kept = await story('Kept');
    const gone = await story('Gone');
    await library.trash(gone.id);
    const outcome = await writeEdition(sources(), [kept.id, gone.id], request());
    expect(outcome.skipped).toEqual([
      {
        articleId: gone.id,
        headline: '',
        reason: 'It is no longer in the library.',
        wording: { reason: 'article-gone' },
      },
    ]);
    expect(outcome.done).toBe(2);
  });

  it('names pages uniquely, the oldest keeping the plain slug, and never as the index', async () => {
    const first = await story('Rain');
    const second = await story('Rain');
    await story('Index');
    await story('ភ្លៀងធ្លាក់');
    const outcome = await run();
    const files = new Map(outcome.written.map((file) => [file.articleId, file.file]));
    expect(files.get(first.id)).toBe('rain.html');
    expect(files.get(second.id)).toBe('rain-2.html');
    expect([...files.values()]).toContain('index-2.html');
    // A Khmer headline names its page in its own words, as an English one does.
    expect([...files.values()]).toContain('ភ្លៀងធ្លាក់.html');
    expect(await readdir(out)).toContain('ភ្លៀងធ្លាក់.html');
  });

  it('stops after the file being written when cancelled, leaving only whole files', async () => {
    for (const headline of ['One', 'Two', 'Three', 'Four']) await story(headline);
    const ids = await selectEdition(library, {});
    let pages = 0;
    const outcome = await writeEdition(sources(), ids, request(), {
      onProgress: (state) => (pages = state.written.length),
      isCancelled: () => pages >= 2,
    });
    expect(outcome.state).toBe('cancelled');
    expect(outcome.written).toHaveLength(2);
    expect(outcome.done).toBe(2);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(outcome.written.map((file) => file.file).sort());
    for (const file of files) expect(await read(file)).toMatch(/<\/html>\n$/);
  });

  it('reports a failed write, keeping the files already written and no temp file', async () => {
    await story('Older');
    await story('Newer');
    // A folder where the second page should go: the rename over it fails.
    await mkdir(path.join(out, 'older.html'), { recursive: true });
    const outcome = await run();
    expect(outcome.state).toBe('failed');
    // The English sentence the command line prints, and which sentence it is for the interface,
    // with the system's words about the folder in the way.
    expect(outcome.failure).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^Could not write the edition: /),
      reason: 'edition-io',
      values: { detail: expect.stringMatching(/older\.html/) },
    });
    expect(outcome.written.map((file) => file.file)).toEqual(['newer.html']);
    expect((await readdir(out)).sort()).toEqual(['newer.html', 'older.html']);
  });

  it('writes the same bytes for the same library at the same time', async () => {
    const flood = await story('Flood');
    await story('Pumps', { related: [linkTo(flood.id, 'link-flood')] });
    await run();
    const again = path.join(scratch, 'again');
    await run({ folder: again });
    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(files).toContain('fonts/noto-sans-khmer-khmer-400-normal.woff2');
    for (const file of files) {
      expect(await readFile(path.join(again, file))).toEqual(await readFile(path.join(out, file)));
    }
  });

  it('writes one file per article in the other formats, without index or feed', async () => {
    await story('Rain');
    await story('Sun');
    const outcome = await run({ format: 'text' });
    expect(outcome.state).toBe('done');
    expect((await readdir(out)).sort()).toEqual(['rain.txt', 'sun.txt']);
    expect(await read('rain.txt')).toContain('Rain: the story.');
  });
});
