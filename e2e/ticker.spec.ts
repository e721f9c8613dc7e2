import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Ticker } from '../shared/ticker';
import { expect, test, type DatelineApp } from './fixtures';

async function openTicker(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Ticker' })
    .click();
  await expect(page.getByRole('heading', { name: 'Ticker', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add item' })).toBeEnabled();
}

/** The ticker's save state, in the screen's header (drag and drop keeps a status region of its own). */
const saveState = (page: Page) => page.getByRole('banner').getByRole('status');
const itemText = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Ticker item ${n}`, exact: true });
const itemRow = (page: Page, n: number) =>
  page.getByRole('listitem', { name: `Ticker item ${n}`, exact: true });
const preview = (page: Page) =>
  page.getByRole('list', { name: 'Ticker as published' }).getByRole('listitem');

async function waitForTickerSaved(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveText('Saved');
}

async function storedTicker(app: DatelineApp): Promise<Ticker> {
  return JSON.parse(await readFile(path.join(app.libraryDir, 'ticker.json'), 'utf8')) as Ticker;
}

async function addItems(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    await page.getByRole('button', { name: 'Add item' }).click();
    // A new item takes focus, so the writer can type straight away.
    await page.keyboard.insertText(text);
  }
}

const ONE = 'Cambodia and South Korea Discuss Enhancing Investment Collaboration';
const TWO = 'Groundbreaking of Bakheng Water Treatment Plant Phase 3 Set for May';
const THREE = 'Cambodia Allocates $100 Million to Stabilize Agricultural Markets';

test('a ticker of three items is reordered with the keyboard and keeps its order after a reload', async ({
  app,
}) => {
  const { page } = app;
  await openTicker(page);
  await expect(page.getByText('The ticker is empty.')).toBeVisible();

  await addItems(page, [ONE, TWO, THREE]);
  await expect(itemText(page, 3)).toBeFocused();
  await expect(preview(page)).toHaveText([`${ONE} |`, `${TWO} |`, `${THREE} |`]);

  // The third item, focused, goes to the top with Alt+ArrowUp twice and keeps focus.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(itemText(page, 1)).toHaveValue(THREE);
  await expect(itemText(page, 1)).toBeFocused();
  await expect(itemRow(page, 1).getByRole('button', { name: 'Move up' })).toBeDisabled();

  // And the visible buttons move it too: the second item (ONE) goes down one place.
  await itemRow(page, 2).getByRole('button', { name: 'Move down' }).click();
  await expect(itemRow(page, 3).getByRole('button', { name: 'Move down' })).toBeDisabled();
  await expect(itemRow(page, 3).getByRole('button', { name: 'Move up' })).toBeFocused();
  // Alt+ArrowDown from the first item's text.
  await itemText(page, 1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(itemText(page, 2)).toBeFocused();

  const expected = [TWO, THREE, ONE];
  for (const [index, text] of expected.entries()) {
    await expect(itemText(page, index + 1)).toHaveValue(text);
  }
  await expect(preview(page)).toHaveText(expected.map((text) => `${text} |`));
  await waitForTickerSaved(page);
  const stored = await storedTicker(app);
  expect(stored.items.map((item) => item.text)).toEqual(expected);
  expect(stored.schemaVersion).toBe(1);

  await page.reload();
  await openTicker(page);
  for (const [index, text] of expected.entries()) {
    await expect(itemText(page, index + 1)).toHaveValue(text);
  }
  await expect(preview(page)).toHaveText(expected.map((text) => `${text} |`));
});

test('the breaking item shows first in the preview, set apart, and only one item can be breaking', async ({
  app,
}) => {
  const { page } = app;
  await openTicker(page);
  await addItems(page, [ONE, TWO, THREE]);

  const breaking = (n: number) => itemRow(page, n).getByRole('button', { name: 'Breaking' });
  await breaking(3).click();
  await expect(breaking(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(preview(page)).toHaveText([`Breaking: ${THREE} |`, `${ONE} |`, `${TWO} |`]);
  const first = preview(page).first().locator('.ticker-strip-text');
  const second = preview(page).nth(1).locator('.ticker-strip-text');
  await expect(first).toHaveCSS('background-color', 'rgb(179, 38, 30)');
  await expect(second).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  // The desk's list keeps its order: breaking changes what the page shows first.
  await expect(itemText(page, 3)).toHaveValue(THREE);
  await expect(itemRow(page, 3).getByText('Breaking · shown first')).toBeVisible();

  await waitForTickerSaved(page);
  expect((await storedTicker(app)).items.map((item) => item.breaking)).toEqual([
    false,
    false,
    true,
  ]);

  await breaking(1).click();
  await expect(breaking(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(breaking(3)).toHaveAttribute('aria-pressed', 'false');
  await expect(preview(page)).toHaveText([`Breaking: ${ONE} |`, `${TWO} |`, `${THREE} |`]);
  await waitForTickerSaved(page);
  expect((await storedTicker(app)).items.map((item) => item.breaking)).toEqual([
    true,
    false,
    false,
  ]);
});

test('an item past 90 characters shows a warning, past 120 an error, and nothing is cut', async ({
  app,
}) => {
  const { page } = app;
  await openTicker(page);
  await addItems(page, ['Short']);
  const field = itemText(page, 1);
  const row = itemRow(page, 1);
  await expect(row.getByText('5 / 90')).toBeVisible();

  await field.fill('x'.repeat(90));
  await expect(row.getByText('90 / 90')).toBeVisible();
  await expect(field).not.toHaveAttribute('aria-invalid');

  await field.fill('x'.repeat(91));
  await expect(
    row.getByText('91 characters · long: over 90, small screens may not show it whole'),
  ).toBeVisible();
  await expect(field).not.toHaveAttribute('aria-invalid');

  const long = `${'Phnom Penh '.repeat(11)}end`; // 124 characters
  await field.fill(long);
  await expect(row.getByText('124 characters · too long for the ticker: over 120')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue(long);
  await expect(preview(page)).toHaveText([`${long} |`]);

  await waitForTickerSaved(page);
  expect((await storedTicker(app)).items[0]?.text).toBe(long);
});

test('links: web addresses only, library articles, a changed headline and a trashed article', async ({
  app,
}) => {
  const { page } = app;
  // "Add to ticker" in the editor links the item to the article.
  const sample = page.getByRole('list', { name: 'Articles' }).getByRole('button').first();
  const sampleHeadline = (await sample.locator('.article-headline').textContent())?.trim() ?? '';
  expect(sampleHeadline).not.toBe('');
  await sample.click();
  await expect(app.body()).toBeVisible();
  // The ticker takes the short headline when the article has one.
  const shortHeadline = await page.getByRole('textbox', { name: 'Short headline' }).inputValue();
  expect(shortHeadline).not.toBe('');
  await page.getByRole('button', { name: 'Add to ticker' }).click();
  await expect(page.getByText('Added to the ticker')).toBeVisible();

  await openTicker(page);
  await expect(itemText(page, 1)).toHaveValue(shortHeadline);
  await expect(itemRow(page, 1).getByText(`Links to ${sampleHeadline}`)).toBeVisible();

  // A second item links to a web page; other schemes are refused with a reason.
  await addItems(page, ['Read the full report']);
  const second = itemRow(page, 2);
  await second.getByRole('button', { name: 'Add link' }).click();
  const address = second.getByRole('textbox', { name: 'Or a web address' });
  await address.fill('javascript:alert(1)');
  await second.getByRole('button', { name: 'Use address' }).click();
  await expect(second.getByRole('alert')).toHaveText(
    'Ticker links must be web addresses starting with http:// or https://. Other kinds of link (such as mailto: or javascript:) are not allowed here.',
  );
  await address.fill('desk@example.org');
  await second.getByRole('button', { name: 'Use address' }).click();
  await expect(second.getByRole('alert')).toContainText('http:// or https://');
  await address.fill('example.org/report');
  await second.getByRole('button', { name: 'Use address' }).click();
  await expect(second.getByText('Links to https://example.org/report')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Change link' })).toBeFocused();

  // A blank item linked to a library article takes the article's ticker text.
  await addItems(page, ['']);
  const third = itemRow(page, 3);
  await third.getByRole('button', { name: 'Add link' }).click();
  await third
    .getByRole('searchbox', { name: 'Article from the library' })
    .fill(sampleHeadline.split(' ').slice(0, 2).join(' '));
  await third.getByRole('button', { name: sampleHeadline }).click();
  await expect(itemText(page, 3)).toHaveValue(shortHeadline);
  await waitForTickerSaved(page);
  const articleId = (await app.storedArticles())[0]?.id;
  expect((await storedTicker(app)).items.map((item) => item.link)).toEqual([
    { kind: 'article', articleId },
    { kind: 'url', url: 'https://example.org/report' },
    { kind: 'article', articleId },
  ]);

  // The article's short headline changes: the linked items offer to follow it.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Library' })
    .click();
  await app.openArticle(sampleHeadline);
  await page.getByRole('textbox', { name: 'Short headline' }).fill('Solar pumps reach farms');
  await app.waitForSaved();
  await openTicker(page);
  await expect(
    itemRow(page, 1).getByText(
      'The article’s headline for the ticker is now “Solar pumps reach farms”.',
    ),
  ).toBeVisible();
  await itemRow(page, 1).getByRole('button', { name: 'Use current headline' }).click();
  await expect(itemText(page, 1)).toHaveValue('Solar pumps reach farms');
  await expect(itemRow(page, 1).getByRole('button', { name: 'Use current headline' })).toHaveCount(
    0,
  );
  await expect(
    itemRow(page, 3).getByRole('button', { name: 'Use current headline' }),
  ).toBeVisible();
  await waitForTickerSaved(page);

  // The article goes to the trash: its links are flagged, not dropped.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Library' })
    .click();
  await app.openArticle(sampleHeadline);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('was moved to the trash')).toBeVisible();
  await openTicker(page);
  await expect(
    itemRow(page, 1).getByText('The linked article was deleted or moved to the trash.'),
  ).toBeVisible();
  await expect(
    itemRow(page, 3).getByText('The linked article was deleted or moved to the trash.'),
  ).toBeVisible();
  expect((await storedTicker(app)).items[0]?.link).toEqual({ kind: 'article', articleId });
});

test('a ticker changed in another tab is not overwritten; the user reloads and keeps their items to copy', async ({
  app,
}, testInfo) => {
  testInfo.skip(
    testInfo.project.name === 'electron',
    'the desktop app opens one window per library',
  );
  const first = app.page;
  await openTicker(first);
  await addItems(first, [ONE]);
  await waitForTickerSaved(first);

  const second = await app.openAnother();
  await openTicker(second);
  await expect(itemText(second, 1)).toHaveValue(ONE);

  await addItems(first, [TWO]);
  await waitForTickerSaved(first);

  await addItems(second, ['From the second tab']);
  await expect(saveState(second)).toHaveText(
    'Not saved: the ticker was changed in another window.',
  );
  await expect(second.getByRole('alert')).toContainText('nothing was overwritten');
  expect((await storedTicker(app)).items.map((item) => item.text)).toEqual([ONE, TWO]);

  await second.getByRole('button', { name: 'Reload the ticker' }).click();
  await expect(itemText(second, 2)).toHaveValue(TWO);
  await expect(second.getByRole('textbox', { name: 'Your unsaved items' })).toHaveValue(
    `${ONE}\nFrom the second tab`,
  );
  await expect(saveState(second)).toHaveText('Saved');
});

test('an item can be dragged by its handle to a new place', async ({ app }) => {
  const { page } = app;
  await openTicker(page);
  await addItems(page, [ONE, TWO, THREE]);
  await waitForTickerSaved(page);

  const handle = page.getByRole('button', { name: 'Drag Ticker item 3' });
  const target = itemRow(page, 1);
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the rows are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
  await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 4 });
  await page.mouse.up();

  await expect(itemText(page, 1)).toHaveValue(THREE);
  await expect(itemText(page, 2)).toHaveValue(ONE);
  await waitForTickerSaved(page);
  expect((await storedTicker(app)).items.map((item) => item.text)).toEqual([THREE, ONE, TWO]);
});

test('a damaged ticker.json is set aside with a message, and the ticker starts afresh', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(app.libraryDir, { recursive: true });
  await writeFile(path.join(app.libraryDir, 'ticker.json'), '{"items": [ broken', 'utf8');
  await openTicker(page);
  await expect(page.getByRole('alert')).toContainText('The ticker file could not be read');
  await expect(page.getByRole('alert')).toContainText('the ticker starts empty');
  await expect(page.getByText('The ticker is empty.')).toBeVisible();
  expect(await readdir(path.join(app.libraryDir, 'damaged'))).toHaveLength(1);

  await addItems(page, [ONE]);
  await waitForTickerSaved(page);
  expect((await storedTicker(app)).items.map((item) => item.text)).toEqual([ONE]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
