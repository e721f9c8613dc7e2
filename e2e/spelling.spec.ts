// Spelling as the writer sees it: a misspelt word is underlined as it is typed, the right-click
// menu replaces it, and a name added to the newsroom's words stops being marked, on disk too.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

test('a misspelt word is underlined and replaced from the menu', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Ferry timetable');
  await app.body().click();
  await page.keyboard.type('The ministry will recieve the report on Monday. ');

  // Dateline marks it; the browser's own checker is off in the body so nothing is marked twice.
  const marked = app.body().locator('.spelling-error');
  await expect(marked).toHaveText(['recieve']);
  await expect(app.body()).toHaveAttribute('spellcheck', 'false');

  await marked.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling of “recieve”' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'receive', exact: true }).click();

  await expect(menu).toBeHidden();
  await expect(app.body()).toContainText('The ministry will receive the report on Monday.');
  await expect(app.body().locator('.spelling-error')).toHaveCount(0);
});

test('a name added to the newsroom’s words is no longer marked', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await page.keyboard.type('Sokhom Vannak spoke in Kampong Cham. ');
  const name = app.body().locator('.spelling-error', { hasText: 'Sokhom' });
  await expect(name).toBeVisible();

  await name.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Add to the newsroom’s words' }).click();
  await expect(name).toHaveCount(0);
  await expect(page.getByText('“Sokhom” is in the newsroom’s words now.')).toBeVisible();

  const onDisk = await readFile(path.join(app.libraryDir, 'words.txt'), 'utf8');
  expect(onDisk.split('\n')).toContain('Sokhom');

  // Settings shows the list, and a name saved there is accepted too.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const words = page.getByRole('textbox', { name: 'Words' });
  await expect(words).toHaveValue('Sokhom');
  await words.fill('Sokhom\nVannak');
  await page.getByRole('button', { name: 'Save the words' }).click();
  await expect(page.getByText('2 words are in the newsroom’s list.')).toBeVisible();
  expect((await readFile(path.join(app.libraryDir, 'words.txt'), 'utf8')).split('\n')).toContain(
    'Vannak',
  );
});

test('quotes, apostrophes, dashes and ellipses are typeset as they are typed', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await page.keyboard.type(`"It's open" -- he said... `);
  await expect(app.body()).toContainText('“It’s open” — he said… ');
});

test('the word being typed is marked once the caret leaves it', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await page.keyboard.type('Ferries resumed on Teh');
  // Still being typed: nothing is marked while the caret is in the word.
  await page.waitForTimeout(1_500);
  await expect(app.body().locator('.spelling-error')).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(app.body().locator('.spelling-error')).toHaveText(['Teh']);
});

test('words scrolled into view are looked at, with no key pressed', async ({ app }) => {
  const { page } = app;
  // An article written elsewhere, longer than the screen: a misspelt word at its top and its end.
  const [sample] = await app.storedArticles();
  const paragraphs = Array.from({ length: 60 }, (_, index) =>
    index === 0
      ? 'The ministry will recieve the budget report.'
      : index === 59
        ? 'The goverment answered on Friday.'
        : `Item ${index + 1} of the council’s budget was read aloud at the meeting on Monday.`,
  );
  const id = 'budget-report-long';
  const article = {
    ...sample,
    id,
    headline: 'Budget report',
    body: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  };
  await writeFile(path.join(app.libraryDir, 'articles', `${id}.json`), JSON.stringify(article));
  await page.reload();
  await app.openArticle('Budget report');

  const marked = app.body().locator('.spelling-error');
  await expect(marked).toHaveText(['recieve']);
  await expect(app.body().locator('p').last()).not.toBeInViewport();
  await app.body().locator('p').last().scrollIntoViewIfNeeded();
  await expect(marked).toHaveText(['recieve', 'goverment']);
});
