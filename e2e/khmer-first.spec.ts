// A Khmer reporter's article from import to preview: the editor's count is the count the
// library list and the command line give, and the preview draws Khmer with the font and the
// dates the exported page carries, on a machine with no Khmer font of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { khmerRendering } from '../test-support/shared/khmer-rendering';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures');
const CLI = path.resolve(import.meta.dirname, '../dist-electron/cli.mjs');

interface Listed {
  headline: string;
  language: string;
  wordCount: number;
}

function cliListing(library: string): Listed[] {
  return JSON.parse(
    execFileSync(process.execPath, [CLI, 'list', '--library', library, '--json'], {
      encoding: 'utf8',
    }),
  ) as Listed[];
}

async function importFixture(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path.join(FIXTURES, name));
}

/** The words the status bar shows, as a number. */
async function statusBarWords(page: Page): Promise<number> {
  const counts = page.getByRole('contentinfo').getByLabel('Body counts');
  await expect(counts).toContainText(/\d word/);
  const text = (await counts.textContent()) ?? '';
  return Number(/([\d,]+) words?/.exec(text)![1]!.replace(/,/g, ''));
}

const previewFrame = (page: Page): Locator => page.getByTitle('Page preview');

for (const fixture of ['khmer-article.txt', 'seed-article.txt']) {
  test(`${fixture}: the editor counts as many words as the library list and the command line`, async ({
    app,
  }, testInfo) => {
    test.skip(!existsSync(path.join(FIXTURES, fixture)), `no ${fixture} in ${FIXTURES}`);
    const { page } = app;
    await importFixture(page, fixture);
    await expect(app.body()).toBeVisible();
    const headline = await app.field('Headline').inputValue();

    // What this browser's own segmenter would have said, for the record.
    const text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
    const language = /[\u1780-\u17ff]/.test(headline) ? 'km' : 'en';
    const bodyText = await app.body().evaluate((body) =>
      [...body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')]
        .map((block) => block.textContent ?? '')
        .filter((block) => block !== '')
        .join('\n\n'),
    );
    const chromiumSegmenter = await page.evaluate(
      ([body, lang]) =>
        [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(body)].filter(
          (segment) => segment.isWordLike,
        ).length,
      [bodyText, language] as const,
    );

    const editor = await statusBarWords(page);
    await app.waitForSaved();
    const listed = cliListing(app.libraryDir).find((article) => article.headline === headline);
    expect(listed, `${headline} in dateline list --json`).toBeDefined();
    await app.backToLibrary();
    const row = page.getByRole('listitem').filter({ hasText: headline });
    await expect(row).toContainText(`${listed!.wordCount.toLocaleString('en')} word`);

    const figures = `${fixture}: editor ${editor}, command line ${listed!.wordCount}, Chromium's own segmenter ${chromiumSegmenter} (file of ${text.length} characters)`;
    console.log(figures);
    testInfo.annotations.push({ type: 'word counts', description: figures });
    expect(editor).toBe(listed!.wordCount);
  });
}

test('the preview of a Khmer article draws Khmer in the font and the dates the export carries', async ({
  app,
}, testInfo) => {
  test.skip(
    !existsSync(path.join(FIXTURES, 'khmer-article.txt')),
    `no khmer-article.txt in ${FIXTURES}`,
  );
  const { page } = app;
  await importFixture(page, 'khmer-article.txt');
  await expect(app.body()).toBeVisible();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const frame = previewFrame(page);
  await expect
    .poll(() => frame.evaluate((node) => (node as HTMLIFrameElement).contentDocument?.title ?? ''))
    .toContain('សម្ដេចតេជោ');

  const seen = await khmerRendering(frame, 'h1');
  const figures = `preview headline: faces ${seen.loadedFaces.join(', ')}, width ${seen.width.toFixed(1)} px (boxes: ${seen.fallbackWidth.toFixed(1)} px), ${seen.letterWidths} letter widths`;
  console.log(figures);
  testInfo.annotations.push({ type: 'preview', description: figures });
  expect(seen.loadedFaces).toContain('Dateline Khmer 700');
  // Empty boxes would give every letter one width.
  expect(seen.letterWidths).toBeGreaterThan(3);

  // The date reads as the exported page writes it: Khmer words and digits, not the browser's.
  const shown = await frame.evaluate(
    (node) =>
      (node as HTMLIFrameElement).contentDocument?.querySelector('.published time')?.textContent,
  );
  expect(shown).toMatch(/^ថ្ងៃទី[០-៩]+ ខែ\S+ ឆ្នាំ[០-៩]{4}$/);

  const shot = process.env.DATELINE_SCREENSHOTS
    ? path.join(process.env.DATELINE_SCREENSHOTS, 'preview-khmer.png')
    : testInfo.outputPath('preview-khmer.png');
  await page.screenshot({ path: shot });
});
