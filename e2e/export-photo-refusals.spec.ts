// An article whose lead photo has gone from the library, exported in the Khmer interface: the
// edition leaves it out and says why in Khmer, writing no page for it, and the export of the
// article alone is refused in Khmer too.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { sampleJpeg } from '../test-support/electron/photo-samples';
import { expect, test, type DatelineApp } from './fixtures';

const SAMPLE = 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season';
const HEADLINE = 'Fishers return to the Tonle Sap';
const ALT = 'Boats at dawn on the Tonle Sap';
/** The Khmer catalogs, read as the interface reads them. */
const catalog = async (feature: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path.join('renderer', 'i18n', 'km', `${feature}.json`), 'utf8'));

/** A new approved article with every field the check asks for and a lead photo. */
async function writeArticleWithPhoto(app: DatelineApp): Promise<void> {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill(HEADLINE);
  await app.field('Standfirst').fill('The catch is the best in five years, fishers said.');
  await app.field('Byline').fill('Sok Dara');
  await app.field('Dateline').fill('Siem Reap');
  await app.body().click();
  await page.keyboard.type('Boats came in early with full nets.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add lead photo…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'boats.jpg',
    mimeType: 'image/jpeg',
    buffer: await sampleJpeg({ width: 1300, height: 900 }),
  });
  const details = page.getByRole('dialog', { name: 'Photo details' });
  await details.getByLabel('Alt text').fill(ALT);
  await details.getByLabel('Credit').fill('Sok Chan');
  await details.getByRole('button', { name: 'Done' }).click();
  await expect(details).toBeHidden();
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();
}

/** Takes the photo's original and every size made of it out of the library folder. */
async function losePhoto(app: DatelineApp): Promise<void> {
  const stored = (await app.storedArticles()).find((article) => article.headline === HEADLINE);
  const hash = (stored as { leadPhoto: { hash: string } }).leadPhoto.hash;
  await rm(path.join(app.libraryDir, 'media', `${hash}.jpg`));
  const cache = path.join(app.libraryDir, '.dateline', 'media-cache');
  for (const name of await readdir(cache).catch(() => [])) {
    if (name.startsWith(hash)) await rm(path.join(cache, name));
  }
}

test('a photo that is gone is said in Khmer: the edition leaves its article out, and its export is refused', async ({
  app,
}) => {
  const { page } = app;
  const km = {
    ...(await catalog('export')),
    ...(await catalog('editor')),
    ...(await catalog('shell')),
    ...(await catalog('common')),
  };
  await app.openArticle(SAMPLE);
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();
  await app.backToLibrary();
  await writeArticleWithPhoto(app);
  await losePhoto(app);
  await app.backToLibrary();

  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Interface language', exact: true }).selectOption('km');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: km['shell.library'], exact: true })
    .click();

  const refusal = `រូបថត «${ALT}» លែងមាននៅក្នុងបណ្ណាល័យអត្ថបទនេះទៀតហើយ។ សូមបន្ថែមរូបថតនោះទៅក្នុងអត្ថបទម្ដងទៀត។`;
  await page.getByRole('button', { name: km['export.editionButton'] }).click();
  const dialog = page.getByRole('dialog', { name: km['export.editionTitle'] });
  await dialog.getByRole('button', { name: 'នាំចេញអត្ថបទ 2' }).click();
  const leftOut = dialog.getByRole('list', { name: km['export.editionLeftOut'] });
  await expect(leftOut).toContainText(`${HEADLINE}${km['export.reasonSeparator']}${refusal}`);
  await expect(leftOut).not.toContainText('is not in this library');
  await page.screenshot({ path: '/tmp/dateline-edition-photo-refused-km.png' });

  // On disk: the other article's page and no page for the one left out.
  const exportsDir = path.join(app.libraryDir, 'exports');
  const [folder] = (await readdir(exportsDir)).filter((name) => name.startsWith('edition-'));
  const files = await readdir(path.join(exportsDir, folder!));
  expect(files).toContain(
    'battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.html',
  );
  expect(files).not.toContain('fishers-return-to-the-tonle-sap.html');
  await dialog.getByRole('button', { name: km['common.close'], exact: true }).click();

  // The article alone: the export dialog refuses it with the same words.
  await page.getByRole('button', { name: HEADLINE }).click();
  await page.getByRole('button', { name: km['editor.export'] }).click();
  const exportDialog = page.getByRole('dialog', { name: km['export.title'] });
  await exportDialog.getByRole('button', { name: km['export.run'], exact: true }).click();
  await expect(exportDialog.locator('.export-message')).toHaveText(refusal);
});
