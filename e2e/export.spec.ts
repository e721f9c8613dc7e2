import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type DatelineApp } from './fixtures';

const SAMPLE = 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season';

test('an article is exported as a publish-ready page after the check, as a download', async ({
  app,
}) => {
  const { page } = app;
  await app.openArticle('Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season');
  await page.getByLabel('Status').selectOption('approved');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toContainText('Ready: the check found nothing to fix.');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.html',
  );
  const html = await readFile(await file.path(), 'utf8');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('<html lang="en"');
  expect(html).toMatch(
    /<h1[^>]*>Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season<\/h1>/,
  );
  expect(html).toContain('<script type="application/ld+json">');
  expect(html).not.toContain('Check the cooperative figures');
  await expect(dialog).toContainText(`Downloaded ${file.suggestedFilename()}.`);
  await page.screenshot({ path: '/tmp/dateline-export-dialog.png' });
});

test('an article with errors is exported only when the editor chooses to export anyway', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('list', { name: 'Problems found' })).toContainText(
    'Error: The headline is empty.',
  );
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeDisabled();
  await dialog.getByLabel('Plain text').check();
  await dialog.getByLabel('Export anyway, with these errors').check();
  const download = page.waitForEvent('download');
  await exportButton.click();
  expect((await download).suggestedFilename()).toMatch(/\.txt$/);
});

test('Copy HTML puts the story’s HTML on the clipboard, the same as the body-only export', async ({
  app,
}) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openArticle(SAMPLE);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Copied the body’s HTML. Paste it into the CMS.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^<p><span class="dateline">Battambang:?<\/span> A cooperative of rice/);
  expect(copied).not.toContain('<html');

  await dialog.getByLabel('Body only (HTML to paste into a CMS)').check();
  await expect(dialog).toContainText('The check found');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(copied);
});

/** A second article with everything the check asks for, approved. */
async function writeApprovedArticle(app: DatelineApp, headline: string): Promise<void> {
  const { page } = app;
  await app.backToLibrary();
  await app.newArticle();
  await app.field('Headline').fill(headline);
  await app
    .field('Standfirst')
    .fill('Boats cross again after the floods, the port authority said.');
  await app.field('Byline').fill('Sok Dara');
  await app.field('Dateline').fill('Kratie');
  await app.body().click();
  await page.keyboard.type('The first ferry left at dawn with forty passengers on board.');
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();
}

test('an edition of the approved articles is exported with its progress and a summary', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.openArticle(SAMPLE);
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();
  await writeApprovedArticle(app, 'Ferry Service Resumes on the Mekong');
  await app.backToLibrary();

  await page.getByRole('button', { name: 'Export edition…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export edition' });
  await expect(dialog.getByLabel('Approved articles (2)')).toBeChecked();
  await expect(dialog).toContainText('All 2 articles pass the check.');

  // The web host's answers can be held back, which keeps the progress on screen long enough to see.
  const web = testInfo.project.name === 'web';
  let release = () => {};
  if (web) {
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/editionProgress', async (route) => {
      await held;
      await route.continue();
    });
  }
  await dialog.getByRole('button', { name: 'Export 2 articles' }).click();
  if (web) {
    const progress = dialog.getByRole('progressbar', { name: 'Exporting the edition' });
    await expect(progress).toBeVisible();
    await expect(dialog).toContainText('of 2 articles');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await page.screenshot({ path: '/tmp/dateline-edition-progress.png' });
    release();
  }

  await expect(dialog.getByText('2 articles written')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'The edition is exported' })).toBeVisible();
  // Two pages, the two Khmer font files, the ticker, the index and the feed.
  await dialog.getByText('Files written (7)').click();
  await page.screenshot({ path: '/tmp/dateline-edition-summary.png' });

  const exportsDir = path.join(app.libraryDir, 'exports');
  const [folder] = (await readdir(exportsDir)).filter((name) => name.startsWith('edition-'));
  expect(folder).toBeDefined();
  await expect(dialog.getByRole('code').first()).toContainText(folder!);
  const files = (await readdir(path.join(exportsDir, folder!))).sort();
  expect(files).toEqual(
    [
      'battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.html',
      'feed.xml',
      'ferry-service-resumes-on-the-mekong.html',
      'fonts',
      'index.html',
      'ticker.html',
    ].sort(),
  );
  const index = await readFile(path.join(exportsDir, folder!, 'index.html'), 'utf8');
  expect(index).toContain('Ferry Service Resumes on the Mekong');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
});

test('an edition leaves out articles with errors and says why, unless exported anyway', async ({
  app,
}) => {
  const { page } = app;
  await app.openArticle(SAMPLE);
  await page.getByLabel('Status').selectOption('edited');
  await app.waitForSaved();
  await app.backToLibrary();
  await app.newArticle();
  await app.field('Headline').fill('Council votes on the budget');
  await page.getByLabel('Status').selectOption('ready');
  await app.waitForSaved();
  await app.backToLibrary();

  await page.getByRole('button', { name: 'Export edition…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export edition' });
  await expect(dialog.getByLabel('Approved articles (0)')).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Export 0 articles' })).toBeDisabled();
  await dialog.getByLabel('Everything ready for edit, edited or approved (2)').check();
  await expect(dialog).toContainText('1 article passes the check; 1 article has errors.');
  await expect(dialog.getByRole('list', { name: 'Articles with errors' })).toContainText(
    'Council votes on the budget: The body is empty.',
  );
  await expect(dialog).toContainText('Articles with errors will be left out of the edition.');
  await page.screenshot({ path: '/tmp/dateline-edition-choice.png' });

  await dialog.getByRole('button', { name: 'Export 2 articles' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 article written, 1 article left out.');
  await expect(dialog.getByRole('list', { name: 'Left out' })).toContainText(
    /Council votes on the budget: .*The body is empty/,
  );

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Export edition…' }).click();
  await dialog.getByLabel('Everything ready for edit, edited or approved (2)').check();
  await dialog.getByLabel('Export anyway, with these errors').check();
  await dialog.getByRole('button', { name: 'Export 2 articles' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 articles written.');
});
