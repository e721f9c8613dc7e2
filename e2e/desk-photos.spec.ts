// A desk article's photo travels with it: the reporter adds a lead photo on their laptop and
// files the article; the editor's laptop, which never saw the file, keeps the same original in
// its own library and exports the page with the photo's web sizes.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sampleJpeg } from '../test-support/electron/photo-samples';
import {
  body,
  deskStatus,
  startDeskTeam,
  storedArticle,
  type DeskServer,
  type Person,
} from './desk-helpers';

test.describe.configure({ mode: 'serial' });
test.skip(() => test.info().project.name !== 'web', 'The desk spec drives web hosts.');

let desk: DeskServer;
let reporter: Person;
let editor: Person;
const HEADLINE = 'Fishers bring in the best catch in years';
const ALT = 'Wooden fishing boats moored at dawn on the Tonle Sap';

test.beforeAll(async ({ browser }) => {
  ({ desk, reporter, editor } = await startDeskTeam(browser));
});

test.afterAll(async () => {
  await reporter?.app.close();
  await editor?.app.close();
  await desk?.stop();
});

const keptPhotos = async (libraryDir: string) =>
  (await readdir(path.join(libraryDir, 'media')).catch(() => [] as string[])).sort();

test('a lead photo filed with an article reaches the editor’s library and export', async () => {
  const { page } = reporter;
  const photo = await sampleJpeg({ width: 1600, height: 1067, seed: 31 });
  const hash = createHash('sha256').update(photo).digest('hex');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(HEADLINE);
  await body(page).click();
  await page.keyboard.type('The catch is the best in five years, fishers said.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add lead photo…' }).click();
  await (await chooser).setFiles({ name: 'boats.jpg', mimeType: 'image/jpeg', buffer: photo });
  const dialog = page.getByRole('dialog', { name: 'Photo details' });
  await dialog.getByLabel('Alt text').fill(ALT);
  await dialog.getByLabel('Credit').fill('Sok Chan');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'File to desk' }).click();
  await expect(deskStatus(page)).toHaveText('On the desk');

  // The editor's laptop has no photo until the article is opened there.
  expect(await keptPhotos(editor.libraryDir)).toEqual([]);
  await editor.page.getByRole('button', { name: 'Desk', exact: true }).click();
  await editor.page.getByRole('button', { name: HEADLINE }).click();
  await expect(body(editor.page)).toContainText('best in five years');
  await expect
    .poll(() => keptPhotos(editor.libraryDir), { timeout: 15_000 })
    .toEqual([`${hash}.jpg`]);
  const kept = await readFile(path.join(editor.libraryDir, 'media', `${hash}.jpg`));
  expect(kept.equals(photo)).toBe(true);

  // The editor's copy of the article names the photo, and its Preview shows it.
  await expect
    .poll(async () => (await storedArticle(editor, HEADLINE))?.leadPhoto)
    .toMatchObject({ hash, alt: ALT });
  await editor.page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = editor.page.frameLocator('iframe[title="Page preview"]');
  const shown = preview.locator('figure.lead-photo img');
  await expect(shown).toHaveAttribute('alt', ALT);
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await editor.page.screenshot({ path: test.info().outputPath('desk-photo-editor.png') });
});
