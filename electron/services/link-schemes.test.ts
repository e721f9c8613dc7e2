// javascript:, data:, vbscript: and file: addresses, however they are disguised, through every
// way a link gets into an article (import, a file edited by hand, the API, the ticker) and out
// through every export format.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import {
  ARTICLE_SCHEMA_VERSION,
  emptyFields,
  type Article,
  type TipTapNode,
} from '../../shared/article';
import { RELATED_HEADING } from '../../shared/export';
import { checkLinkInput } from '../../shared/schema/link-policy';
import { createDispatch, createHandlers, type Dispatch } from './api-handlers';
import { Library } from './library';
import { buildDocx, paragraph } from '../../test-support/electron/services/docx-builder';

/** Each address carries a payload that appears nowhere else, so its absence from a file shows it never got there. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(2)',
  'JAVASCRIPT:alert(3)',
  '   javascript:alert(4)',
  '\tjavascript:alert(5)',
  '\njavascript:alert(6)',
  'java\tscript:alert(7)',
  'java\nscript:alert(8)',
  'java\r\nscript:alert(9)',
  '\u0001javascript:alert(10)',
  '&#106;avascript:alert(11)',
  '&#x6A;avascript:alert(12)',
  'javascript&colon;alert(13)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(14)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=',
  'DATA:text/html,<script>alert(16)</script>',
  'vbscript:msgbox(17)',
  'VBScript:msgbox(18)',
  'file:///etc/passwd',
  'FILE:///C:/Windows/win.ini',
] as const;

const PAYLOADS = [/alert\(/i, /msgbox/i, /etc\/passwd/, /win\.ini/i, /PHNjcmlwdD/, /vbscript/i];
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The payloads found in an exported file; none may be there. */
const payloadsIn = (text: string) => PAYLOADS.filter((payload) => payload.test(text)).map(String);

/** Every address an HTML document would follow or load that is not http, https or mailto. */
function unsafeAddresses(html: string): string[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value: given } of Array.from(element.attributes)) {
        const value = given ?? '';
        if (name.startsWith('on')) found.push(`${name}=${value}`);
        if (!['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'].includes(name))
          continue;
        let protocol = '';
        try {
          protocol = new URL(value, 'https://news.example.org/news/').protocol;
        } catch {
          continue; // A browser follows nothing it cannot parse.
        }
        if (!ALLOWED_PROTOCOLS.has(protocol)) found.push(value);
      }
    }
    return found;
  } finally {
    void window.happyDOM.close();
  }
}

/** Every link mark's href in a body. */
function hrefsIn(nodes: readonly TipTapNode[] = []): unknown[] {
  return nodes.flatMap((node) => [
    ...(node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href),
    ...hrefsIn(node.content),
  ]);
}

let parent: string;
let library: Library;
let dispatch: Dispatch;

beforeEach(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'dateline-link-schemes-'));
  library = await Library.open(path.join(parent, 'library'));
  dispatch = createDispatch(
    createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'web', libraryPath: library.root, notices: [] }),
    }),
    () => undefined,
  );
});

afterEach(async () => {
  await library.close();
  await rm(parent, { recursive: true, force: true });
});

async function call<T>(method: string, input: unknown): Promise<ApiResult<T>> {
  return (await dispatch(method, input)) as ApiResult<T>;
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const result = await call<T>(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

/** The article in every export format, as the web host hands each back for download. */
async function exportsOf(id: string): Promise<Record<ExportFormat, string>> {
  const out = {} as Record<ExportFormat, string>;
  for (const format of EXPORT_FORMATS) {
    const result = await value<{ kind: string; content?: string }>('exportArticle', {
      id,
      format,
      override: true,
    });
    expect(result.kind).toBe('download');
    out[format] = result.content ?? '';
  }
  return out;
}

/** None of the exports holds a hostile address, as a link or anywhere at all. */
async function expectCleanExports(id: string): Promise<void> {
  const exported = await exportsOf(id);
  for (const format of EXPORT_FORMATS) {
    expect({ format, payloads: payloadsIn(exported[format]) }).toEqual({ format, payloads: [] });
  }
  expect(unsafeAddresses(exported.page)).toEqual([]);
  expect(unsafeAddresses(exported.fragment)).toEqual([]);
  const ninjs = JSON.parse(exported.ninjs) as { body_html?: string };
  expect(unsafeAddresses(ninjs.body_html ?? '')).toEqual([]);
}

describe('the link dialog', () => {
  it.each(HOSTILE)('refuses %j with a message', (address) => {
    const checked = checkLinkInput(address);
    expect(checked).toEqual({
      ok: false,
      message: expect.stringMatching(/web addresses/),
      problem: 'not-a-link',
    });
  });

  it.each([
    ['example.org/news', 'https://example.org/news'],
    ['www.phnompenhpost.com', 'https://www.phnompenhpost.com'],
    ['192.168.1.20:8080/desk', 'https://192.168.1.20:8080/desk'],
    ['ក្រសួង.kh/news', 'https://ក្រសួង.kh/news'],
    ['https://example.org/a?b=c&d=e#f', 'https://example.org/a?b=c&d=e#f'],
    ['desk@example.org', 'mailto:desk@example.org'],
  ])('still takes %j', (typed, url) => {
    expect(checkLinkInput(typed)).toEqual({ ok: true, url });
  });
});

describe('importing a Word document', () => {
  it('keeps no hostile hyperlink and exports none', async () => {
    const docx = await buildDocx([
      { kind: 'paragraph', style: 'Title', runs: ['Ministry opens new water plant'] },
      ...HOSTILE.map((address, index) =>
        paragraph(`Paragraph ${index} quotes the `, { text: 'statement', link: address }, '.'),
      ),
      paragraph('A real link: ', { text: 'the ministry', link: 'https://example.org/ministry' }),
      { kind: 'paragraph', style: 'Heading2', runs: ['Related News'] },
      ...HOSTILE.map((address, index) => paragraph({ text: `Related ${index}`, link: address })),
    ]);
    const outcome = await value<{ article: { id: string } }>('importFile', {
      name: 'water-plant.docx',
      data: Buffer.from(docx).toString('base64'),
    });

    const article = await value<Article>('getArticle', { id: outcome.article.id });
    expect(hrefsIn(article.body.content)).toEqual(['https://example.org/ministry']);
    expect(article.related).toEqual([]);
    expect(payloadsIn(await readFile(articleFile(article.id), 'utf8'))).toEqual([]);
    await expectCleanExports(article.id);
  });
});

describe('importing plain text', () => {
  it('makes no link of a hostile address, in the story or under Related News', async () => {
    const text = [
      'Ministry opens new water plant',
      '',
      'PHNOM PENH - The plant opened on Monday, officials said.',
      '',
      RELATED_HEADING,
      '',
      ...HOSTILE.map((address, index) => `Related ${index} - ${address.replace(/[\r\n]/g, '')}`),
      'A real one - https://example.org/real',
    ].join('\n');
    const outcome = await value<{ article: { id: string } }>('importFile', {
      name: 'water-plant.txt',
      data: Buffer.from(text).toString('base64'),
    });

    const article = await value<Article>('getArticle', { id: outcome.article.id });
    expect(hrefsIn(article.body.content)).toEqual([]);
    expect(article.related.map((link) => link.target)).toEqual([
      { kind: 'url', url: 'https://example.org/real' },
    ]);
    // The lines that were not links stay the writer's text; no export makes a link of them.
    const exported = await exportsOf(article.id);
    expect(unsafeAddresses(exported.page)).toEqual([]);
    expect(unsafeAddresses(exported.fragment)).toEqual([]);
    expect(
      unsafeAddresses((JSON.parse(exported.ninjs) as { body_html: string }).body_html),
    ).toEqual([]);
    const relatedSection = exported.text.slice(exported.text.lastIndexOf(RELATED_HEADING));
    expect(relatedSection).toContain('A real one - https://example.org/real');
    expect(payloadsIn(relatedSection)).toEqual([]);
  });
});

function articleFile(id: string): string {
  return path.join(library.root, 'articles', `${id}.json`);
}

function handWritten(id: string, overrides: Partial<Article>): Article {
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    revision: 1,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    headline: 'Ministry opens new water plant',
    status: 'approved',
    ...overrides,
  };
}

/** A library opened afresh on the folder, as after a restart, with a dispatch over it. */
async function reopen(): Promise<void> {
  await library.close();
  library = await Library.open(library.root);
}

describe('an article file written by hand', () => {
  it('loses its hostile link marks when the library loads it, and exports none', async () => {
    const id = 'hand-edited-0001';
    const body: Article['body'] = {
      type: 'doc',
      content: HOSTILE.map((href, index) => ({
        type: 'paragraph',
        content: [
          { type: 'text', text: `Paragraph ${index} quotes the ` },
          { type: 'text', text: 'statement', marks: [{ type: 'link', attrs: { href } }] },
        ],
      })),
    };
    await writeFile(articleFile(id), JSON.stringify(handWritten(id, { body })));
    await reopen();

    const article = await value<Article>('getArticle', { id });
    expect(hrefsIn(article.body.content)).toEqual([]);
    expect(article.body.content).toHaveLength(HOSTILE.length);
    await expectCleanExports(id);
  });

  it('opens without a related link that holds a hostile address, keeping the rest', async () => {
    const ids = HOSTILE.map((_, index) => `hand-related-${String(index).padStart(4, '0')}`);
    const safe = {
      id: 'rel-safe-000001',
      title: 'A real one',
      titleEdited: true,
      target: { kind: 'url', url: 'https://example.org/real' },
    };
    for (const [index, id] of ids.entries()) {
      const related = [
        {
          id: `rel-${String(index).padStart(6, '0')}`,
          title: 'The statement',
          titleEdited: true,
          target: { kind: 'url', url: HOSTILE[index] },
        },
        safe,
      ];
      await writeFile(articleFile(id), JSON.stringify(handWritten(id, { related } as never)));
    }
    await reopen();

    const listing = await value<{ articles: { id: string }[]; problems: unknown[] }>(
      'listArticles',
      {},
    );
    expect(listing.problems).toEqual([]);
    expect(listing.articles.map((article) => article.id)).toEqual(expect.arrayContaining(ids));
    for (const id of ids) {
      const article = await value<Article>('getArticle', { id });
      expect(article.related).toEqual([safe]);
      await expectCleanExports(id);
    }
  });
});

describe('related links through the API', () => {
  it.each(HOSTILE)('refuses %j and keeps the article as it was', async (url) => {
    const created = await value<Article>('createArticle', { fields: { headline: 'Water plant' } });
    const {
      id: _id,
      revision,
      schemaVersion: _v,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = created;
    const related = [
      { id: 'rel-000001', title: 'The statement', titleEdited: true, target: { kind: 'url', url } },
    ];
    const saved = await call('saveArticle', {
      id: created.id,
      baseRevision: revision,
      fields: { ...fields, related },
    });
    expect(saved).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringContaining('a related link must be a web address'),
      },
    });
    const refusedCreate = await call('createArticle', { fields: { related } });
    expect(refusedCreate).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(payloadsIn(await readFile(articleFile(created.id), 'utf8'))).toEqual([]);
    await expectCleanExports(created.id);
  });
});

describe('ticker links', () => {
  it.each(HOSTILE)('refuses %j from saveTicker and addTickerItems', async (url) => {
    const ticker = await value<{ revision: number }>('getTicker', {});
    const item = { text: 'Water plant opens', link: { kind: 'url', url }, breaking: false };
    expect(
      await call('saveTicker', {
        baseRevision: ticker.revision,
        items: [{ id: 'item-000001', ...item }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('ticker link') },
    });
    expect(await call('addTickerItems', { items: [item] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('ticker link') },
    });
    expect(await value('getTicker', {})).toMatchObject({ items: [] });
  });

  it('sets aside a ticker file edited by hand to hold them, and pages show no such link', async () => {
    const items = HOSTILE.map((url, index) => ({
      id: `item-${String(index).padStart(6, '0')}`,
      text: `Headline ${index}`,
      link: { kind: 'url', url },
      breaking: false,
    }));
    await mkdir(library.root, { recursive: true });
    const tickerFile = path.join(library.root, 'ticker.json');
    await writeFile(
      tickerFile,
      JSON.stringify({
        schemaVersion: 1,
        revision: 3,
        updatedAt: '2025-03-01T08:00:00.000Z',
        items,
      }),
    );
    const [sample] = (await library.list()).articles;
    await expectCleanExports(sample!.id);
    expect(await call('getTicker', {})).toMatchObject({ ok: true, value: { items: [] } });
    const files = await readdir(library.root);
    expect(files.filter((name) => name.startsWith('ticker'))).not.toContain('ticker.json');
  });
});
