// A lead photo added through the file chooser: its alt text asked for first, the GPS position
// it holds named, its focal point set by a click, and the photo seen in the saved file, the
// Preview and the exported page, which carries it without any of the original's metadata.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { sampleJpeg } from '../test-support/electron/photo-samples';
import { expect, test } from './fixtures';

test('a lead photo is added with its alt text and shows in the Preview and the exported page', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Fishers return to the Tonle Sap');
  await app.body().click();
  await page.keyboard.type('The catch is the best in five years, fishers said.');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add lead photo…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'boats.jpg',
    mimeType: 'image/jpeg',
    buffer: await sampleJpeg({ width: 1600, height: 1067, gps: true }),
  });

  const dialog = page.getByRole('dialog', { name: 'Photo details' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('This photo holds a GPS location')).toBeVisible();
  // The alt text is asked for before the photo goes in.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write the alt text first');
  await dialog.getByLabel('Alt text').fill('Wooden fishing boats moored at dawn on the Tonle Sap');
  await dialog.getByLabel('Caption').fill('Boats at Chong Khneas before the morning catch.');
  await dialog.getByLabel('Credit').fill('Sok Chan');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const lead = page.getByRole('region', { name: 'Lead photo' });
  const image = lead.getByRole('img', { name: 'Wooden fishing boats moored at dawn' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  // The focal point: a click a quarter of the way across and down.
  const box = (await image.boundingBox())!;
  await image.click({ position: { x: box.width * 0.25, y: box.height * 0.25 } });
  await app.waitForSaved();
  await page.screenshot({ path: '/tmp/dateline-photo-editor.png', fullPage: true });

  const stored = (await app.storedArticles()).find(
    (article) => article.headline === 'Fishers return to the Tonle Sap',
  ) as { leadPhoto?: Record<string, unknown> };
  expect(stored.leadPhoto).toMatchObject({
    alt: 'Wooden fishing boats moored at dawn on the Tonle Sap',
    credit: 'Sok Chan',
    width: 1600,
    height: 1067,
  });
  expect(stored.leadPhoto!.focusX as number).toBeCloseTo(0.25, 1);
  expect(stored.leadPhoto!.focusY as number).toBeCloseTo(0.25, 1);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.frameLocator('iframe[title="Page preview"]');
  const shown = preview.locator('figure.lead-photo img');
  await expect(shown).toHaveAttribute(
    'alt',
    'Wooden fishing boats moored at dawn on the Tonle Sap',
  );
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expect(preview.locator('figure.lead-photo figcaption')).toContainText('Sok Chan');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const anyway = exportDialog.getByLabel('Export anyway, with these errors');
  if (await anyway.isVisible()) await anyway.check();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const html = await readFile(await (await download).path(), 'utf8');
  expect(html).toContain('<figure class="photo lead-photo">');
  expect(html).toContain(
    '<figcaption>Boats at Chong Khneas before the morning catch. <span class="photo-credit">Sok Chan</span></figcaption>',
  );
  // A page exported on its own carries the photo inside it, without the GPS position.
  const inside = /<img src="data:image\/jpeg;base64,([^"]+)"/.exec(html)?.[1];
  expect(inside).toBeDefined();
  const metadata = await sharp(Buffer.from(inside!, 'base64')).metadata();
  expect([metadata.width, metadata.exif, metadata.xmp]).toEqual([1200, undefined, undefined]);

  const viewer = await page.context().newPage();
  await viewer.setContent(html);
  await expect
    .poll(() =>
      viewer.locator('figure.lead-photo img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(1200);
  await viewer.screenshot({ path: '/tmp/dateline-photo-export.png', fullPage: true });
  await viewer.close();
});
