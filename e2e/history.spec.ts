import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Accessibility problems axe finds inside `selector`, as lines a failing test prints. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

async function replaceBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('a version saved by hand shows what changed since, and restoring it can be undone', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Floods close schools in Kandal');
  await replaceBody(page, 'Schools in three districts closed on Monday.');
  await app.waitForSaved();

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'History' });
  await expect(history).toContainText('No earlier versions yet.');
  await history.getByLabel('Label (optional)').fill('Before the desk edit');
  await history.getByRole('button', { name: 'Save version' }).click();
  const versions = history.getByRole('list', { name: 'Earlier versions' });
  await expect(versions.getByRole('button')).toHaveCount(1);
  await expect(versions).toContainText('Before the desk edit');
  await expect(versions).toContainText('Draft');

  await replaceBody(page, 'Schools in five districts stayed closed on Tuesday.');
  await app.waitForSaved();
  await versions.getByRole('button', { name: /Before the desk edit/ }).click();
  const changes = history.getByRole('region', { name: 'Changes since this version' });
  await expect(changes.locator('ins')).toHaveText(['five', 'stayed ', 'Tuesday']);
  await expect(changes.locator('del')).toHaveText(['three', 'Monday']);
  await expect(changes).toContainText('3 words added and 2 words removed since then.');
  await page.screenshot({ path: testInfo.outputPath('history-panel.png') });
  expect(await axeProblems(page, '.history-panel')).toEqual([]);

  await changes.getByRole('button', { name: 'Restore this version' }).click();
  await expect(app.body()).toHaveText('Schools in three districts closed on Monday.');
  await expect(page.getByText(/The text it replaced is kept at the top of History/)).toBeVisible();
  const stored = (await app.storedArticles()).find(
    (article) => article.headline === 'Floods close schools in Kandal',
  );
  expect(JSON.stringify(stored?.body)).toContain('three districts');

  // The restore is undone from the same list: the text it replaced is its newest version.
  const reopened = page.getByRole('complementary', { name: 'History' });
  const newest = reopened.getByRole('list', { name: 'Earlier versions' }).getByRole('button');
  await expect(newest.first()).toContainText('Before an earlier version was restored');
  await newest.first().click();
  await reopened.getByRole('button', { name: 'Restore this version' }).click();
  await expect(app.body()).toHaveText('Schools in five districts stayed closed on Tuesday.');
});

test('each status change is kept as a version', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Rice exports rise');
  await app.waitForSaved();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Ready for edit' });
  await app.waitForSaved();
  await page.getByRole('button', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Earlier versions' });
  await expect(versions.getByRole('button')).toHaveCount(1);
  await expect(versions).toContainText('Status changed');
  await expect(versions).toContainText('Ready for edit');
});

test('the trash says when articles go for good, and emptying it asks first', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Ferry timetable changes');
  await app.waitForSaved();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('“Ferry timetable changes” was moved to the trash.')).toBeVisible();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('list', { name: 'Articles in the trash' });
  await expect(trash).toContainText('Ferry timetable changes');
  const [file] = await readdir(path.join(app.libraryDir, 'trash'));
  const { trashedAt } = JSON.parse(
    await readFile(path.join(app.libraryDir, 'trash', file!), 'utf8'),
  ) as { trashedAt: string };
  const keptUntil = trash.locator('time', { hasText: 'Kept until' });
  await expect(keptUntil).toHaveAttribute(
    'datetime',
    new Date(Date.parse(trashedAt) + 30 * 24 * 60 * 60_000).toISOString(),
  );

  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete this article for good?');
  await page.screenshot({ path: testInfo.outputPath('empty-trash.png') });
  expect(await axeProblems(page, '.library-screen')).toEqual([]);
  // The safe choice has the focus.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(trash).toContainText('Ferry timetable changes');
  expect(await readdir(path.join(app.libraryDir, 'trash'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(page.getByText('1 article deleted for good.', { exact: false })).toBeVisible();
  expect(await readdir(path.join(app.libraryDir, 'trash'))).toEqual([]);
  const inLibrary = await readdir(path.join(app.libraryDir, 'articles'));
  expect(inLibrary).toHaveLength(1);
  const sample = JSON.parse(
    await readFile(path.join(app.libraryDir, 'articles', inLibrary[0]!), 'utf8'),
  );
  expect(sample.headline).not.toBe('Ferry timetable changes');
});
