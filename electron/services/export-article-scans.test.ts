// Checking and exporting one article looks up only the articles it links to (its related
// articles and the ticker's), instead of listing the whole library for each step; what the
// links lead to is still read from disk at the time of the export.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFields, type Article, type RelatedLink } from '../../shared/article';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { englishPreflightMessage } from '../../shared/preflight/english';
import { exportArticle, preflightArticle, preflightLibrary } from './export-article';
import { Library } from './library';
import { Listing } from './library/listing';
import { TickerStore } from './ticker-store';

let root: string;
let library: Library;
const sources = () => ({
  library,
  ticker: () => new TickerStore(root).get(),
  publication: { ...DEFAULT_PUBLICATION, siteUrl: 'https://news.example.org/' },
});
const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const relatedTo = (article: Article, n: number): RelatedLink => ({
  id: `related-${n}`,
  title: article.headline,
  titleEdited: false,
  target: { kind: 'article', articleId: article.id },
});

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-export-scans-'));
  library = await Library.open(root);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

/** A story linking to a live article and a trashed one, with the ticker linking to a third. */
async function linkedStory() {
  const live = await library.create({ ...emptyFields(), headline: 'Dam Opens', body: body('x') });
  const gone = await library.create({ ...emptyFields(), headline: 'Old Story', body: body('y') });
  const ticked = await library.create({
    ...emptyFields(),
    headline: 'Ferry Back',
    body: body('z'),
  });
  await library.trash(gone.id);
  await new TickerStore(root).save(0, [
    {
      id: 'ticker-1',
      text: 'Ferry back',
      breaking: false,
      link: { kind: 'article', articleId: ticked.id },
    },
  ]);
  const story = await library.create({
    ...emptyFields(),
    headline: 'Floods Recede',
    byline: 'Sok Dara',
    dateline: 'Kratie',
    body: body('The water fell.'),
    related: [relatedTo(live, 1), relatedTo(gone, 2)],
  });
  return { story, live, gone, ticked };
}

describe('exporting one article', () => {
  it('reads the library folder once at most for the dialog’s preflight and the export together', async () => {
    const { story } = await linkedStory();
    const scans = vi.spyOn(Listing.prototype, 'scan');
    const report = await preflightArticle(sources(), story.id);
    const page = await exportArticle(
      sources(),
      { id: story.id, format: 'page', override: true },
      undefined,
    );
    console.log(
      `One article's preflight and export listed the library ${scans.mock.calls.length} time(s).`,
    );
    expect(scans.mock.calls.length).toBeLessThanOrEqual(1);
    // What the preflight and the page say is what a full listing would have given.
    const deleted = report.issues.filter((issue) => issue.rule === 'related-deleted');
    expect(deleted.map((issue) => issue.values)).toEqual([{ number: 2, title: 'Old Story' }]);
    expect(page.kind).toBe('download');
    const content = page.kind === 'download' ? page.content : '';
    expect(content).toContain('href="https://news.example.org/dam-opens.html"');
    expect(content).not.toContain('old-story');
    expect(content).toContain('href="https://news.example.org/ferry-back.html"');
  });

  it('sees a linked article another program removed since the last listing', async () => {
    const { story, live } = await linkedStory();
    await library.list();
    await rm(path.join(root, 'articles', `${live.id}.json`));
    const report = await preflightArticle(sources(), story.id);
    const deleted = report.issues.filter((issue) => issue.rule === 'related-deleted');
    expect(deleted.map(englishPreflightMessage)).toEqual([
      expect.stringContaining(
        'Related link 1 (“Dam Opens”) points to an article that is no longer in the library',
      ),
      expect.stringContaining('Related link 2 (“Old Story”)'),
    ]);
    const page = await exportArticle(
      sources(),
      { id: story.id, format: 'page', override: true },
      undefined,
    );
    expect(page.kind === 'download' && page.content).not.toContain('dam-opens.html');
  });

  it('checks every article of the library from a single listing', async () => {
    await linkedStory();
    const scans = vi.spyOn(Listing.prototype, 'scan');
    const reports = await preflightLibrary(sources());
    expect(reports.map((report) => report.headline)).toContain('Floods Recede');
    console.log(`Checking the whole library listed it ${scans.mock.calls.length} time(s).`);
    expect(scans.mock.calls.length).toBe(1);
  });
});
