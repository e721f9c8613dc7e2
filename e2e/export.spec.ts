import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

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
