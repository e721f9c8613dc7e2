import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields } from '../../shared/article';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { khmerRendering } from '../../test-support/shared/khmer-rendering';
import { KHMER_HEADLINE, khmerFields } from '../../test-support/shared/khmer-sample';
import { writeEdition } from './edition';
import { exportArticle } from './export-article';
import { Library } from './library';
import { TickerStore } from './ticker-store';

const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const noChromium = !existsSync(CHROMIUM);
if (noChromium) console.log(`Khmer font in Chromium: skipped, no Chromium at ${CHROMIUM}.`);

const FONT_FILES = path.resolve(
  import.meta.dirname,
  '../../node_modules/@fontsource/noto-sans-khmer/files',
);
const FONTS = ['noto-sans-khmer-khmer-400-normal.woff2', 'noto-sans-khmer-khmer-700-normal.woff2'];

let root: string;
let out: string;
let library: Library;
const sources = () => ({
  library,
  ticker: () => new TickerStore(root).get(),
  publication: { ...DEFAULT_PUBLICATION, name: 'Mekong Daily' },
});

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-fonts-'));
  out = await mkdtemp(path.join(os.tmpdir(), 'dateline-fonts-out-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

async function singlePage(fields = khmerFields()): Promise<string> {
  const article = await library.create(fields);
  const result = await exportArticle(
    sources(),
    { id: article.id, format: 'page', override: true },
    undefined,
  );
  if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`);
  return result.content;
}

describe('the Khmer font an export carries', () => {
  it('is inside a Khmer page exported on its own, byte for byte, and absent from an English one', async () => {
    const page = await singlePage();
    for (const file of FONTS) {
      const bytes = await readFile(path.join(FONT_FILES, file));
      expect(page).toContain(`url("data:font/woff2;base64,${bytes.toString('base64')}")`);
    }
    expect(page).toContain("font-src 'self' data:");
    const english = await singlePage({ ...emptyFields(), headline: 'Rain in Kampot' });
    expect(english).not.toMatch(/@font-face|data:/);
  });

  it('is copied into fonts/ beside an edition’s pages', async () => {
    await library.create(khmerFields());
    const ids = (await library.list()).articles.map((article) => article.id);
    const outcome = await writeEdition(sources(), ids, {
      folder: out,
      format: 'page',
      override: true,
      now: new Date('2026-12-01T03:00:00Z'),
    });
    expect(outcome.state).toBe('done');
    for (const file of FONTS) {
      expect(await readFile(path.join(out, 'fonts', file))).toEqual(
        await readFile(path.join(FONT_FILES, file)),
      );
    }
  });
});

describe.skipIf(noChromium)('an exported Khmer page opened from disk in Chromium', () => {
  it('draws the headline in the font it carries, not in empty boxes', async () => {
    await writeFile(path.join(out, 'single.html'), await singlePage());
    await library.create(khmerFields({ headline: `${KHMER_HEADLINE} ២` }));
    const ids = (await library.list()).articles.map((article) => article.id);
    const edition = path.join(out, 'edition');
    const outcome = await writeEdition(sources(), ids, {
      folder: edition,
      format: 'page',
      override: true,
      now: new Date('2026-12-01T03:00:00Z'),
    });
    const editionPage = outcome.written.find((file) =>
      file.headline?.startsWith(KHMER_HEADLINE),
    )!.file;

    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const shots = process.env.DATELINE_SCREENSHOTS;
      for (const [name, file, selector] of [
        ['single page', path.join(out, 'single.html'), 'h1'],
        ['edition page', path.join(edition, editionPage), 'h1'],
        ['edition index', path.join(edition, 'index.html'), '.edition-item h2'],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
        await page.goto(pathToFileURL(file).href);
        const seen = await khmerRendering(page.locator('html'), selector, 'ភ្លៀងធ្លាក់');
        console.log(
          `${name}: faces ${seen.loadedFaces.join(', ')}, width ${seen.width.toFixed(1)} px (boxes: ${seen.fallbackWidth.toFixed(1)} px), ${seen.letterWidths} letter widths`,
        );
        expect(seen.text).toContain('ភ្លៀងធ្លាក់ខ្លាំង');
        expect(seen.loadedFaces).toContain('Dateline Khmer 700');
        // Empty boxes would give every letter one width.
        expect(seen.letterWidths).toBeGreaterThan(3);
        if (shots)
          await page.screenshot({ path: path.join(shots, `${name.replace(/ /g, '-')}.png`) });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
