// Tables in the editor: inserted from the toolbar's table menu and the keyboard, typed into with
// Tab between cells, grown by a row, captioned, and seen in the saved file, the Preview and the
// exported page.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Node {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Node[];
  text?: string;
}

const textOf = (node: Node): string =>
  node.text ?? (node.content ?? []).map(textOf).join(node.type === 'tableRow' ? ' | ' : '');

async function tableMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Table' });
  await menu
    .getByRole('menuitem', { name: item, exact: true })
    .or(menu.getByRole('menuitemcheckbox', { name: item, exact: true }))
    .click();
}

test('a table is inserted from the toolbar, filled with Tab, grown by a row and captioned', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Alliance leads in Kratie count');
  await app.body().click();
  await page.keyboard.type('Counting ended before dawn.');
  await page.keyboard.press('Enter');

  // The text has the focus again before the click's handler returns, not a frame later, so the
  // first key typed after the click lands in the table.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const focusedOnClick = await page
    .getByRole('menu', { name: 'Table' })
    .getByRole('menuitem', { name: 'Insert table', exact: true })
    .evaluate((item: HTMLElement) => {
      item.click();
      return Boolean(document.activeElement?.closest('.ProseMirror'));
    });
  expect(focusedOnClick).toBe(true);
  const table = app.body().locator('table');
  await expect(table).toBeVisible();
  // The inserted table has a header row and three columns; the cursor is in its first cell.
  await page.keyboard.type('Party');
  for (const cell of [
    'Seats',
    'Votes',
    'River Alliance',
    '41',
    '86,204',
    'Farmers’ Party',
    '29',
    '61,377',
  ]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await tableMenu(page, 'Add row below');
  // The menu hands the focus back to the cell it was opened from before keys go on.
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(app.body()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Independents');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  // Shift+Tab goes back a cell: the seat count is corrected there.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.type(' (new)');

  await tableMenu(page, 'Caption…');
  const dialog = page.getByRole('dialog', { name: 'Table caption' });
  await dialog.getByRole('textbox').fill('Provisional results, Kratie');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(table.locator('caption')).toHaveText('Provisional results, Kratie');
  await expect(table.locator('tr')).toHaveCount(4);
  await app.waitForSaved();
  await page.screenshot({ path: '/tmp/dateline-table-editor.png' });

  // What lands on disk: the table in the body, its header row, its rows and caption.
  const stored = (await app.storedArticles()).find(
    (article) => article.headline === 'Alliance leads in Kratie count',
  );
  const body = (stored as { body: Node }).body;
  const saved = body.content!.find((node) => node.type === 'table')!;
  expect(saved.attrs).toMatchObject({ caption: 'Provisional results, Kratie' });
  expect(saved.content!.map((row) => row.content!.map((cell) => cell.type))).toEqual([
    ['tableHeader', 'tableHeader', 'tableHeader'],
    ['tableCell', 'tableCell', 'tableCell'],
    ['tableCell', 'tableCell', 'tableCell'],
    ['tableCell', 'tableCell', 'tableCell'],
  ]);
  expect(saved.content!.map(textOf)).toEqual([
    'Party | Seats | Votes',
    'River Alliance | 41 | 86,204',
    'Farmers’ Party | 29 | 61,377',
    'Independents (new) | 6 | ',
  ]);

  // The Preview shows the exported page's table: caption, column headers, rows.
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.frameLocator('iframe[title="Page preview"]');
  await expect(preview.locator('table caption')).toHaveText('Provisional results, Kratie');
  await expect(preview.locator('thead th[scope="col"]')).toHaveText(['Party', 'Seats', 'Votes']);
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();

  // The exported page carries the same table.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const anyway = exportDialog.getByLabel('Export anyway, with these errors');
  if (await anyway.isVisible()) await anyway.check();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const html = await readFile(await (await download).path(), 'utf8');
  expect(html).toContain(
    '<table><caption>Provisional results, Kratie</caption><thead><tr><th scope="col"><p>Party</p></th>',
  );
  const viewer = await page.context().newPage();
  await viewer.setContent(html);
  await viewer.locator('table').scrollIntoViewIfNeeded();
  await viewer.screenshot({ path: '/tmp/dateline-table-export.png', fullPage: true });
  await viewer.close();
});

test('the keyboard inserts a table, deletes a row and turns the header row off', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Ferry times');
  await app.body().click();
  await page.keyboard.press('ControlOrMeta+Alt+t');
  const table = app.body().locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('th')).toHaveCount(3);
  await page.keyboard.type('Route');

  // The menu is worked by keyboard too: arrows between items, Enter to choose.
  await page.getByRole('button', { name: 'Table', exact: true }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Table' });
  const headerRow = menu.getByRole('menuitemcheckbox', { name: 'Header row' });
  await expect(headerRow).toHaveAttribute('aria-checked', 'true');
  // Inside a table, Insert table is disabled: the first item that works has the focus.
  await expect(menu.getByRole('menuitem', { name: 'Add row above' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete table' })).toBeFocused();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');
  await expect(headerRow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(table.locator('th')).toHaveCount(0);
  await tableMenu(page, 'Delete row');
  await expect(table.locator('tr')).toHaveCount(2);
  await tableMenu(page, 'Delete table');
  await expect(table).toHaveCount(0);
  await app.waitForSaved();
  const stored = (await app.storedArticles()).find((article) => article.headline === 'Ferry times');
  expect(stored).toBeDefined();
  expect(JSON.stringify(stored?.body)).not.toContain('"table"');
});
