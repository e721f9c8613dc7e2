import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { emptyFields } from '../../shared/article';
import { createDispatch, createHandlers, type Handlers } from './api-handlers';
import { Library } from './library';

let root: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-api-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function spiedDispatch() {
  const real = createHandlers({
    library: () => library,
    appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
  });
  const spies = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(real[name] as (input: unknown) => Promise<unknown>)]),
  ) as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
  return { dispatch: createDispatch(spies, () => undefined), spies };
}

describe('dispatch', () => {
  it('has a handler for every method of the contract', () => {
    const handlers = createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
    });
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  const badInputs: [string, unknown][] = [
    ['getArticle', { id: '../../etc/passwd' }],
    ['getArticle', { id: '/etc/passwd' }],
    ['getArticle', { id: 'abc\u0000defghij' }],
    ['getArticle', {}],
    ['getArticle', 'a string'],
    ['getArticle', { id: 42 }],
    ['getArticle', { id: 'abcdefgh-1234', extra: true }],
    ['saveArticle', { id: 'abcdefgh-1234', baseRevision: -1, fields: emptyFields() }],
    [
      'saveArticle',
      {
        id: 'abcdefgh-1234',
        baseRevision: 1,
        fields: { ...emptyFields(), headline: 'x'.repeat(2_000) },
      },
    ],
    [
      'saveArticle',
      { id: 'abcdefgh-1234', baseRevision: 1, fields: { ...emptyFields(), language: 'english!' } },
    ],
    ['listArticles', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['trashArticle', { id: 'ABCDEFGH' }],
  ];
  it.each(badInputs)(
    'refuses bad input to %s with a clear error and calls no service',
    async (method, input) => {
      const { dispatch, spies } = spiedDispatch();
      const result = await dispatch(method, input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid-input');
      expect(!result.ok && result.error.message).toMatch(
        new RegExp(`^The request to ${method} was not valid`),
      );
      for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers unknown method %s as a value',
    async (method) => {
      const { dispatch } = spiedDispatch();
      const result = await dispatch(method, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'unknown-method', message: expect.stringContaining(method) },
      });
    },
  );

  it('returns service errors as values with the service message', async () => {
    const { dispatch } = spiedDispatch();
    const result = await dispatch('getArticle', { id: 'abcdefgh-0000' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: expect.stringMatching(/not in the library/),
        reason: 'article-gone',
      },
    });
  });

  it('passes good input through to the library', async () => {
    const { dispatch } = spiedDispatch();
    const created = await dispatch('createArticle', { fields: { headline: 'From the API' } });
    expect(created.ok).toBe(true);
    const listing = await dispatch('listArticles', {});
    expect(
      listing.ok &&
        (listing.value as { articles: { headline: string }[] }).articles.map((a) => a.headline),
    ).toContain('From the API');
  });

  it('counts Khmer text as the library list counts the same article', async () => {
    const { dispatch } = spiedDispatch();
    const text = 'ភ្លៀងបានធ្លាក់អស់រយៈពេលបីម៉ោង កាលពីល្ងាចម្សិលមិញ ។\n\nអាជ្ញាធរក្រុងបានបញ្ជូនម៉ាស៊ីនបូមទឹក ។';
    const created = await dispatch('createArticle', {
      fields: {
        language: 'km',
        body: {
          type: 'doc',
          content: text.split('\n\n').map((paragraph) => ({
            type: 'paragraph',
            content: [{ type: 'text', text: paragraph }],
          })),
        },
      },
    });
    expect(created.ok).toBe(true);
    const counted = await dispatch('countText', { text, language: 'km' });
    const listing = await dispatch('listArticles', {});
    const listed = listing.ok
      ? (listing.value as { articles: { language: string; wordCount: number }[] }).articles.find(
          (article) => article.language === 'km',
        )
      : undefined;
    expect(counted.ok && (counted.value as { words: number }).words).toBe(listed?.wordCount);
    expect(listed?.wordCount).toBeGreaterThan(4);
  });

  it('hides internal errors behind a plain message and keeps answering', async () => {
    const handlers = createHandlers({
      library: () => {
        throw new TypeError('boom');
      },
      appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
    });
    const logged: unknown[] = [];
    const dispatch = createDispatch(handlers, (error) => logged.push(error));
    const result = await dispatch('listArticles', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/Something went wrong in listArticles/),
      },
    });
    expect(logged).toHaveLength(1);
    expect((await dispatch('getAppInfo', {})).ok).toBe(true);
  });
});

describe('preferences', () => {
  it('keeps sections and publication details apart, each updated on its own', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const Conf = (await import('conf')).default;
    const { openSettings, storeOptions } = await import('./settings');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-prefs-'));
    const settings = openSettings(
      () => new Conf({ ...storeOptions(dir), projectName: 'dateline' }) as never,
      path.join(dir, 'config.json'),
    );
    const dispatch = createDispatch(
      createHandlers({
        library: () => library,
        appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
        settings,
      }),
    );
    const initial = await dispatch('getPreferences', {});
    expect(initial).toMatchObject({
      ok: true,
      value: {
        sections: expect.arrayContaining(['News', 'Sport']),
        publication: { name: 'Dateline' },
      },
    });

    const publication = {
      name: 'Mekong Daily',
      siteUrl: 'https://news.example.org/',
      defaultAuthor: 'Desk',
      datelineStyle: 'agency',
      timeZone: 'Asia/Phnom_Penh',
    };
    await dispatch('updatePreferences', { publication });
    await dispatch('updatePreferences', { sections: ['News', 'Provinces', 'News'] });
    expect(await dispatch('getPreferences', {})).toEqual({
      ok: true,
      value: {
        sections: ['News', 'Provinces'],
        publication,
        interfaceLanguage: null,
        userName: '',
        theme: null,
      },
    });

    const refused = await dispatch('updatePreferences', {
      publication: { ...publication, timeZone: 'Mars/Olympus' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the interface language, tells the host, and follows the system again when cleared', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const Conf = (await import('conf')).default;
    const { openSettings, storeOptions } = await import('./settings');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-prefs-'));
    const settings = openSettings(
      () => new Conf({ ...storeOptions(dir), projectName: 'dateline' }) as never,
      path.join(dir, 'config.json'),
    );
    const told: (string | null)[] = [];
    const dispatch = createDispatch(
      createHandlers({
        library: () => library,
        appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
        settings,
        onPreferencesChange: (preferences) => told.push(preferences.interfaceLanguage),
      }),
    );
    await dispatch('updatePreferences', { interfaceLanguage: 'km' });
    const onDisk = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8'));
    expect(onDisk.interfaceLanguage).toBe('km');
    expect(await dispatch('updatePreferences', { interfaceLanguage: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await dispatch('updatePreferences', { interfaceLanguage: null });
    const cleared = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8'));
    expect(cleared).not.toHaveProperty('interfaceLanguage');
    expect(told).toEqual(['km', null]);
    await rm(dir, { recursive: true, force: true });
  });
});
