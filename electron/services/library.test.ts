import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type ArticleFields } from '../../shared/article';
import { EARLY_ARTICLES, Library } from './library';
import { codeOf } from '../../test-support/electron/services/code-of';
import { makeReadOnly } from '../../test-support/electron/services/read-only';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-library-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const paragraphs = (...texts: string[]): ArticleFields['body'] => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function fields(change: Partial<ArticleFields>): ArticleFields {
  return { ...emptyFields(), ...change };
}

async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(path.join(root, folder))).sort();
}

describe('Library', () => {
  it('starts a new library with the sample article, once', async () => {
    const library = await Library.open(root);
    const { articles } = await library.list();
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toMatch(/Solar Pumps/);
    expect(articles[0]?.wordCount).toBeGreaterThan(100);

    await library.trash(articles[0]!.id);
    const reopened = await Library.open(root);
    expect((await reopened.list()).articles).toHaveLength(0);
  });

  it('saves an article as one JSON file with the stored fields, leaving no temp file', async () => {
    const library = await Library.open(root);
    const created = await library.create();
    const saved = await library.save(
      created.id,
      created.revision,
      fields({
        headline: 'Flood waters recede',
        dateline: 'Kratie',
        body: paragraphs('Water fell overnight.'),
      }),
    );
    expect(saved.revision).toBe(created.revision + 1);

    const onDisk = JSON.parse(
      await readFile(path.join(root, 'articles', `${created.id}.json`), 'utf8'),
    );
    expect(onDisk).toMatchObject({
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: created.id,
      revision: 2,
      headline: 'Flood waters recede',
      dateline: 'Kratie',
      language: 'en',
      status: 'draft',
      body: paragraphs('Water fell overnight.'),
    });
    expect(Date.parse(onDisk.updatedAt)).toBeGreaterThan(Date.parse(onDisk.createdAt) - 1);
    expect((await filesIn('articles')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await filesIn('articles')).every((name) => !name.startsWith('.'))).toBe(true);
  });

  it('refuses a save based on an old revision and leaves the file unchanged', async () => {
    const library = await Library.open(root);
    const created = await library.create();
    await library.save(created.id, created.revision, fields({ headline: 'First tab' }));
    const file = path.join(root, 'articles', `${created.id}.json`);
    const before = await readFile(file, 'utf8');

    const code = await codeOf(
      library.save(created.id, created.revision, fields({ headline: 'Second tab' })),
    );
    expect(code).toBe('conflict');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('serialises concurrent saves so exactly one of two based on the same revision wins', async () => {
    const library = await Library.open(root);
    const created = await library.create();
    const outcomes = await Promise.allSettled([
      library.save(created.id, created.revision, fields({ headline: 'A' })),
      library.save(created.id, created.revision, fields({ headline: 'B' })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('moves a file that fails to parse aside, reports it, and loads the rest', async () => {
    const library = await Library.open(root);
    const good = await library.create(fields({ headline: 'Still here' }));
    await writeFile(
      path.join(root, 'articles', 'broken-file-0001.json'),
      '{"schemaVersion": 1, "id": ',
    );
    await writeFile(path.join(root, 'articles', 'not-an-article.json'), '{"hello": "world"}');

    const listing = await library.list();
    expect(listing.articles.map((article) => article.id)).toContain(good.id);
    expect(listing.problems.map((problem) => problem.file).sort()).toEqual([
      path.join('articles', 'broken-file-0001.json'),
      path.join('articles', 'not-an-article.json'),
    ]);
    expect(listing.problems[0]?.reason).toMatch(/not valid JSON|does not look like/);
    const damaged = await filesIn('damaged');
    expect(damaged).toHaveLength(2);
    expect(
      await readFile(
        path.join(
          root,
          'damaged',
          damaged.find((n) => n.includes('broken'))!,
        ),
        'utf8',
      ),
    ).toBe('{"schemaVersion": 1, "id": ');
    expect(await filesIn('articles')).not.toContain('broken-file-0001.json');
  });

  it('moves an article to the trash and restores it', async () => {
    const library = await Library.open(root);
    const created = await library.create(fields({ headline: 'Deleted by mistake' }));
    await library.trash(created.id);

    expect((await library.list()).articles.map((a) => a.id)).not.toContain(created.id);
    const trash = await library.listTrash();
    expect(trash.map((a) => a.headline)).toEqual(['Deleted by mistake']);
    expect(trash[0]?.trashedAt).toBeTruthy();
    expect(await codeOf(library.get(created.id))).toBe('not-found');

    const restored = await library.restore(created.id);
    expect(restored.headline).toBe('Deleted by mistake');
    expect(await library.listTrash()).toEqual([]);
    expect((await library.get(created.id)).trashedAt).toBeUndefined();
  });

  it('lists newest change first, and keeps that order after reopening', async () => {
    let clock = Date.parse('2026-11-01T08:00:00Z');
    const now = () => new Date((clock += 1000));
    const library = await Library.open(root, { now });
    const a = await library.create(fields({ headline: 'A' }));
    const b = await library.create(fields({ headline: 'B' }));
    await library.save(a.id, a.revision, fields({ headline: 'A edited' }));
    const order = (await library.list()).articles.map((x) => x.headline);
    expect(order.slice(0, 2)).toEqual(['A edited', 'B']);
    const reopened = await Library.open(root);
    expect((await reopened.list()).articles.map((x) => x.headline)).toEqual(order);
    expect(b.id).not.toBe(a.id);
  });

  it('refuses a body that does not fit the schema, and drops links that are not http(s) or mailto', async () => {
    const library = await Library.open(root);
    const created = await library.create();
    const script = {
      type: 'doc',
      content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }],
    };
    expect(
      await codeOf(library.save(created.id, 1, fields({ body: script as ArticleFields['body'] }))),
    ).toBe('invalid-input');

    const linked = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'bad',
              marks: [{ type: 'link', attrs: { href: ' javascript:alert(1)' } }],
            },
            {
              type: 'text',
              text: 'good',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }],
            },
          ],
        },
      ],
    };
    await library.save(created.id, 1, fields({ body: linked }));
    const stored = JSON.stringify((await library.get(created.id)).body);
    expect(stored).not.toContain('javascript:');
    expect(stored).toContain('https://example.org/');
  });

  it('keeps Khmer text and zero-width spaces exactly', async () => {
    const library = await Library.open(root);
    const created = await library.create();
    const khmer = 'ភ្នំពេញ\u200bថ្ងៃនេះ\u200bមានភ្លៀង។';
    await library.save(
      created.id,
      1,
      fields({ headline: khmer, language: 'km', body: paragraphs(khmer) }),
    );
    const article = await (await Library.open(root)).get(created.id);
    expect(article.headline).toBe(khmer);
    expect(JSON.stringify(article.body)).toContain(JSON.stringify(khmer).slice(1, -1));
  });

  it('reports a read-only library as a clear error and leaves the file untouched', async (context) => {
    const library = await Library.open(root);
    const created = await library.create();
    const file = path.join(root, 'articles', `${created.id}.json`);
    const before = await readFile(file, 'utf8');
    const undo = await makeReadOnly(path.join(root, 'articles'));
    if (!undo) return context.skip('this file system cannot make a folder read-only for root');
    try {
      const error = await library.save(created.id, 1, fields({ headline: 'x' })).catch((e) => e);
      expect(error).toBeInstanceOf(DatelineError);
      expect(error.code).toBe('read-only');
      expect(error.message).toMatch(/cannot be written to/);
      expect(await readFile(file, 'utf8')).toBe(before);
      expect((await filesIn('articles')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await undo();
    }
    const saved = await library.save(
      created.id,
      1,
      fields({ headline: 'Saved once writable again' }),
    );
    expect(saved.headline).toBe('Saved once writable again');
  });

  it('reopens from its listing cache, and rereads a file whose size or time changed', async () => {
    const library = await Library.open(root);
    const created = await library.create(fields({ headline: 'Cached headline' }));
    await library.list();
    await library.close();
    const file = path.join(root, 'articles', `${created.id}.json`);
    const before = await stat(file);

    // Same size and time, different text: only a cache can still report the old headline.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Cached headline', 'Cachet headline'));
    await utimes(file, before.atime, before.mtime);
    const reopened = await Library.open(root);
    expect((await reopened.list()).articles.map((a) => a.headline)).toContain('Cached headline');
    expect((await reopened.list()).articles.map((a) => a.headline)).not.toContain(
      'Cachet headline',
    );

    await writeFile(file, text.replace('Cached headline', 'Edited elsewhere, longer'));
    const again = await Library.open(root);
    expect((await again.list()).articles.map((a) => a.headline)).toContain(
      'Edited elsewhere, longer',
    );
  });

  it('ignores a damaged listing cache', async () => {
    const library = await Library.open(root);
    await library.create(fields({ headline: 'Still listed' }));
    await library.list();
    await library.close();
    await writeFile(
      path.join(root, '.dateline', 'listing-cache.json'),
      '{"version": 2, "entries": [',
    );
    const reopened = await Library.open(root);
    expect((await reopened.list()).articles.map((a) => a.headline)).toContain('Still listed');
  });

  it('finds articles by words of their body, best match first, and follows saves', async () => {
    const library = await Library.open(root);
    for (const sample of (await library.list()).articles) await library.trash(sample.id);
    const a = await library.create(
      fields({ headline: 'Rice prices', body: paragraphs('Farmers sold rice at the market.') }),
    );
    await library.create(
      fields({ headline: 'Market day', body: paragraphs('Traders met at the market.') }),
    );
    await library.create(
      fields({ headline: 'ទីផ្សារ', language: 'km', body: paragraphs('កសិករ​លក់​ស្រូវ​នៅ​ទីផ្សារ។') }),
    );
    expect((await library.search('farmers rice')).map((hit) => hit.article.headline)).toEqual([
      'Rice prices',
    ]);
    expect((await library.search('market')).map((hit) => hit.article.headline)).toEqual([
      'Market day',
      'Rice prices',
    ]);
    expect((await library.search('ស្រូវ')).map((hit) => hit.article.headline)).toEqual(['ទីផ្សារ']);

    await library.save(
      a.id,
      a.revision,
      fields({ headline: 'Rice prices', body: paragraphs('Now about fishing.') }),
    );
    expect(await library.search('farmers')).toEqual([]);
    expect((await library.search('fishing')).map((hit) => hit.article.id)).toEqual([a.id]);
    await library.trash(a.id);
    expect(await library.search('fishing')).toEqual([]);
  });
});

describe('an early listing', () => {
  it('shows a reopened library as last seen before any file is read, then as the files are', async () => {
    const library = await Library.open(root);
    const created = await library.create(fields({ headline: 'Ferry fares rise' }));
    await library.list();
    await library.close();
    // Changed outside Dateline while it was closed (a synced folder, another laptop).
    const file = path.join(root, 'articles', `${created.id}.json`);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'Ferry fares rise again' }));

    const reopened = await Library.open(root);
    const seen = await reopened.listEarly();
    expect(seen.early).toBe('last-seen');
    expect(seen.articles.map((article) => article.headline)).toContain('Ferry fares rise');

    const checked = await reopened.list();
    expect(checked.early).toBeUndefined();
    const headlines = checked.articles.map((article) => article.headline);
    expect(headlines).toContain('Ferry fares rise again');
    expect(headlines).not.toContain('Ferry fares rise');
    // Once listed, an early listing is the whole one, checked.
    expect((await reopened.listEarly()).early).toBeUndefined();
  });

  it('reads the files changed last first in a large library never listed', async () => {
    await (await Library.open(root)).close();
    await rm(path.join(root, '.dateline'), { recursive: true, force: true });
    const stored = (n: number) => ({
      ...emptyFields(),
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: `early-${String(n).padStart(4, '0')}`,
      revision: 1,
      headline: `Story ${n}`,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    });
    const total = EARLY_ARTICLES + 50;
    for (let n = 0; n < total; n += 1) {
      const file = path.join(root, 'articles', `${stored(n).id}.json`);
      await writeFile(file, JSON.stringify(stored(n)));
      const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000);
      await utimes(file, time, time);
    }
    const library = await Library.open(root);
    const early = await library.listEarly();
    expect(early.early).toBe('newest');
    expect(early.articles).toHaveLength(EARLY_ARTICLES);
    // The newest files (the sample article is newest of all), none of the oldest: not read yet.
    const headlines = early.articles.map((article) => article.headline);
    expect(headlines.slice(0, 3)).toEqual([
      expect.stringMatching(/Solar Pumps/),
      `Story ${total - 1}`,
      `Story ${total - 2}`,
    ]);
    expect(headlines).not.toContain('Story 0');
    expect(headlines).not.toContain(`Story ${total - EARLY_ARTICLES}`);

    const whole = await library.list();
    expect(whole.early).toBeUndefined();
    // The sample article of the new library and every file written here.
    expect(whole.articles).toHaveLength(total + 1);
  });

  it('lists a small library never listed whole and checked at once', async () => {
    await (await Library.open(root)).close();
    await rm(path.join(root, '.dateline', 'listing-cache.json'), { force: true });
    const library = await Library.open(root);
    const first = await library.listEarly();
    expect(first.early).toBeUndefined();
    expect(first.articles.map((article) => article.headline)).toEqual([
      expect.stringMatching(/Solar Pumps/),
    ]);
  });
});

describe('a first listing cut short', () => {
  it('is not shown as the whole library when it opens again', async () => {
    await (await Library.open(root)).close();
    await rm(path.join(root, '.dateline'), { recursive: true, force: true });
    const total = EARLY_ARTICLES + 20;
    for (let n = 0; n < total; n += 1) {
      const id = `cut-${String(n).padStart(4, '0')}`;
      const article = {
        ...emptyFields(),
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        id,
        revision: 1,
        headline: `Story ${n}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      };
      await writeFile(path.join(root, 'articles', `${id}.json`), JSON.stringify(article));
    }
    // Closed after the files changed last were read, before the whole folder was.
    const first = await Library.open(root);
    expect((await first.listEarly()).early).toBe('newest');
    await first.close();
    const saved = await readFile(path.join(root, '.dateline', 'listing-cache.json'), 'utf8');
    expect(saved).toContain('Story');

    const reopened = await Library.open(root);
    const early = await reopened.listEarly();
    expect(early.early).toBe('newest');
    expect(early.articles).toHaveLength(EARLY_ARTICLES);
    expect((await reopened.list()).articles).toHaveLength(total + 1);
    await reopened.close();

    // Once listed whole, it opens as last seen, every article in it.
    const again = await Library.open(root);
    const seen = await again.listEarly();
    expect(seen.early).toBe('last-seen');
    expect(seen.articles).toHaveLength(total + 1);
  });
});
