// Importing files through the library's Import… button: a plain-text page and a Word document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildDocx, paragraph } from '../test-support/electron/services/docx-builder';
import { expect, test } from './fixtures';

const PAGE = [
  'Rains Arrive Early | Fuel Prices Fall |',
  '',
  'Ferry Service Resumes After Flood Repairs',
  '',
  'PHNOM PENH, June 30 (Xinhua) -- The ferry crossing at Neak Loeung reopened on Sunday.',
  '',
  'Officials said the landing had been rebuilt with a higher ramp.',
  '',
  '(By Sok Dara)',
  '',
  'Related News',
  'River Levels Fall - https://news.example.org/river',
].join('\r\n');

/** Clicks Import… and hands the file picker a file made in memory. */
async function importThroughButton(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

async function storedWithHeadline(
  app: { storedArticles(): Promise<Record<string, unknown>[]> },
  headline: string,
) {
  const stored = (await app.storedArticles()).find((article) => article.headline === headline);
  expect(stored, `an article headed "${headline}" on disk`).toBeDefined();
  return stored!;
}

test('a plain-text page becomes a new article, with a report and the ticker offer', async ({
  app,
}) => {
  const { page } = app;
  await importThroughButton(page, 'ferry.txt', 'text/plain', Buffer.from(PAGE, 'utf8'));

  await expect(app.field('Headline')).toHaveValue('Ferry Service Resumes After Flood Repairs');
  // The dateline shows whole under the headline, and by its parts in the article's settings.
  await expect(page.locator('.byline-line')).toContainText('PHNOM PENH, June 30 (Xinhua)');
  await expect(app.field('Dateline')).toHaveValue('PHNOM PENH');
  await expect(page.getByRole('textbox', { name: 'Dateline date' })).toHaveValue('June 30');
  await expect(page.getByRole('textbox', { name: 'Agency' })).toHaveValue('Xinhua');
  await expect(app.field('Byline')).toHaveValue('Sok Dara');
  await expect(app.body().locator('p')).toHaveText([
    'The ferry crossing at Neak Loeung reopened on Sunday.',
    'Officials said the landing had been rebuilt with a higher ramp.',
  ]);

  const report = page.getByRole('region', { name: 'Imported ferry.txt' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('definition')).toHaveText([
    'Ferry Service Resumes After Flood Repairs',
    'PHNOM PENH, June 30 (Xinhua)',
    'Sok Dara',
    'English',
    '2 paragraphs',
    '1 link',
  ]);
  await expect(report.getByRole('listitem')).toHaveText(['Rains Arrive Early', 'Fuel Prices Fall']);
  await report.getByRole('button', { name: 'Add 2 headlines to the ticker' }).click();
  await expect(report.getByText('Added 2 headlines to the end of the ticker.')).toBeVisible();

  const ticker = JSON.parse(readFileSync(path.join(app.libraryDir, 'ticker.json'), 'utf8'));
  expect(ticker.items.map((item: { text: string }) => item.text)).toEqual([
    'Rains Arrive Early',
    'Fuel Prices Fall',
  ]);
  const stored = await storedWithHeadline(app, 'Ferry Service Resumes After Flood Repairs');
  expect(stored).toMatchObject({
    dateline: 'PHNOM PENH',
    datelineDate: 'June 30',
    datelineAgency: 'Xinhua',
    byline: 'Sok Dara',
    language: 'en',
    related: [
      {
        title: 'River Levels Fall',
        titleEdited: false,
        target: { kind: 'url', url: 'https://news.example.org/river' },
      },
    ],
  });
  expect((stored.body as { content: unknown[] }).content).toHaveLength(2);

  await report.getByRole('button', { name: 'Close the import report' }).click();
  await expect(report).toBeHidden();
});

test('a Word document keeps its formatting, tables and web links, and says what was left out', async ({
  app,
}) => {
  const { page } = app;
  const docx = await buildDocx([
    { kind: 'paragraph', style: 'Title', runs: ['Floodwaters Recede in Kratie'] },
    paragraph(
      { text: 'KRATIE: ', bold: true },
      'Water levels fell ',
      { text: 'sharply', italic: true },
      ' on Monday, the ',
      { text: 'river authority', link: 'https://example.org/river' },
      ' said, and ',
      { text: 'this link', link: 'javascript:alert(1)' },
      ' goes nowhere.',
    ),
    { kind: 'image' },
    { kind: 'table', rows: [['Province', 'Rain']] },
    { kind: 'list', items: [['Roads reopen'], [{ text: 'Schools', bold: true }, ' reopen']] },
  ]);
  await importThroughButton(
    page,
    'kratie.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    Buffer.from(docx),
  );

  await expect(app.field('Headline')).toHaveValue('Floodwaters Recede in Kratie');
  await expect(app.field('Dateline')).toHaveValue('KRATIE');
  const body = app.body();
  await expect(body.locator('em')).toHaveText('sharply');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/river');
  await expect(body.getByText('this link goes nowhere.', { exact: false })).toBeVisible();
  await expect(body.locator('li')).toHaveText(['Roads reopen', 'Schools reopen']);
  await expect(body.locator('li strong')).toHaveText('Schools');

  const report = page.getByRole('region', { name: 'Imported kratie.docx' });
  // The table comes in whole; a picture that is no photo Dateline can keep is left out and said.
  await expect(body.locator('table td')).toHaveText(['Province', 'Rain']);
  await expect(
    report.getByText('1 picture was left out: only JPEG, PNG, WebP and AVIF photos can be kept.'),
  ).toBeVisible();
  await expect(report.getByRole('button', { name: /to the ticker/ })).toHaveCount(0);

  const stored = await storedWithHeadline(app, 'Floodwaters Recede in Kratie');
  expect(stored.dateline).toBe('KRATIE');
  expect(JSON.stringify(stored)).not.toContain('javascript:');
});

test('a file Dateline cannot read is refused with a reason, and nothing is stored', async ({
  app,
}) => {
  const { page } = app;
  const before = (await app.storedArticles()).length;
  await importThroughButton(page, 'photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await expect(
    page.getByText(
      'Could not import photo.png: Dateline can import plain text (.txt, .text, .md) and Word documents (.docx); photo.png is neither.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  expect(await app.storedArticles()).toHaveLength(before);
});
