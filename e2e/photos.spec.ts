// A lead photo added through the file chooser: its alt text asked for first, the GPS position
// it holds named, its focal point set by a click, and the photo seen in the saved file, the
// Preview and the exported page, which carries it without any of the original's metadata.
// Body photos dropped onto the body or pasted into it: asked for their alt text, shown in the
// editor and the Preview, saved with their hash beside their original; an SVG, or a file that
// is not a photo, refused with the reason and nothing added.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { SVG_WITH_SCRIPT, sampleJpeg, samplePng } from '../test-support/electron/photo-samples';
import type { Locator } from '@playwright/test';
import { expect, test, type DatelineApp } from './fixtures';

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

/** What a drop or a paste hands the body: a real DataTransfer holding one File. */
interface HandedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Drops `file` onto the body, after its last paragraph, as a file dragged from the desktop does. */
async function dropOnBody(
  app: DatelineApp,
  file: HandedFile,
  body: Locator = app.body(),
): Promise<void> {
  const target = body.locator('p').last();
  const box = (await target.boundingBox())!;
  await target.evaluate(
    (element, { name, type, data, x, y }) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      const at = {
        dataTransfer: transfer,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      };
      element.dispatchEvent(new DragEvent('dragenter', at));
      element.dispatchEvent(new DragEvent('dragover', at));
      element.dispatchEvent(new DragEvent('drop', at));
    },
    {
      name: file.name,
      type: file.type,
      data: file.bytes.toString('base64'),
      x: box.x + box.width - 2,
      y: box.y + box.height - 2,
    },
  );
}

/** Pastes `file` into the body where the caret is, as an image copied to the clipboard is. */
async function pasteIntoBody(app: DatelineApp, file: HandedFile): Promise<void> {
  await app.body().evaluate(
    (element, { name, type, data }) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { name: file.name, type: file.type, data: file.bytes.toString('base64') },
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function startStory(app: DatelineApp, headline: string): Promise<void> {
  await app.newArticle();
  await app.field('Headline').fill(headline);
  await app.body().click();
  await app.page.keyboard.type('Farmers met at the pagoda before dawn.');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('The pumps run on sunlight.');
  await app.waitForSaved();
}

/** The alt text asked for before the photo goes in, then the words given. */
async function giveWords(app: DatelineApp, alt: string, caption: string): Promise<void> {
  const dialog = app.page.getByRole('dialog', { name: 'Photo details' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Alt text')).toBeFocused();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write the alt text first');
  await dialog.getByLabel('Alt text').fill(alt);
  await dialog.getByLabel('Caption').fill(caption);
  await dialog.getByLabel('Credit').fill('Sok Chan');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

/** The body's figure shows in the editor, on disk with its hash, its original in media/, and in the Preview. */
async function expectBodyPhoto(
  app: DatelineApp,
  headline: string,
  photo: { alt: string; caption: string; bytes: Buffer; ending: string },
): Promise<void> {
  const { page } = app;
  const inEditor = app.body().getByRole('img', { name: photo.alt });
  await expect(inEditor).toBeVisible();
  await expect.poll(() => inEditor.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  await expect(app.body().locator('figure figcaption')).toContainText(photo.caption);
  await app.waitForSaved();

  const hash = sha256(photo.bytes);
  const stored = (await app.storedArticles()).find((article) => article.headline === headline) as {
    body: { content: { type: string; attrs?: Record<string, unknown> }[] };
  };
  const figures = stored.body.content.filter((node) => node.type === 'figure');
  expect(figures.map((figure) => figure.attrs)).toEqual([
    expect.objectContaining({ hash, alt: photo.alt, caption: photo.caption, credit: 'Sok Chan' }),
  ]);
  const original = await readFile(path.join(app.libraryDir, 'media', `${hash}.${photo.ending}`));
  expect(original.equals(photo.bytes)).toBe(true);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.frameLocator('iframe[title="Page preview"]');
  const shown = preview.locator('figure.photo:not(.lead-photo) img');
  await expect(shown).toHaveAttribute('alt', photo.alt);
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  await expect(preview.locator('figure.photo figcaption')).toContainText(photo.caption);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
}

test('a photo dropped onto the body is asked for its alt text and lands in the article', async ({
  app,
}) => {
  const headline = 'Solar pumps reach Battambang';
  await startStory(app, headline);
  const bytes = await sampleJpeg({ width: 800, height: 600, seed: 9 });
  await dropOnBody(app, { name: 'pumps.jpg', type: 'image/jpeg', bytes });
  await giveWords(app, 'A solar pump beside a rice paddy', 'The first pump in Sangkae.');
  await expectBodyPhoto(app, headline, {
    alt: 'A solar pump beside a rice paddy',
    caption: 'The first pump in Sangkae.',
    bytes,
    ending: 'jpg',
  });
  // Dropped after the second paragraph: the story's words stay in their order before it.
  await expect(app.body().locator('p').nth(1)).toHaveText('The pumps run on sunlight.');
});

test('an image pasted into the body is asked for its alt text and lands in the article', async ({
  app,
}) => {
  const headline = 'Diesel prices rise again';
  await startStory(app, headline);
  const bytes = await samplePng(800, 500, 11);
  // What Chromium hands a page for an image copied from another program.
  await pasteIntoBody(app, { name: 'image.png', type: 'image/png', bytes });
  await giveWords(app, 'A chart of diesel prices through the dry season', 'Diesel, 2024–2025.');
  await expectBodyPhoto(app, headline, {
    alt: 'A chart of diesel prices through the dry season',
    caption: 'Diesel, 2024–2025.',
    bytes,
    ending: 'png',
  });
});

test('a dropped SVG or a file that is not a photo is refused, saying why, and nothing is added', async ({
  app,
}) => {
  const { page } = app;
  const headline = 'Nothing to see here';
  await startStory(app, headline);
  const before = await app.body().innerHTML();

  await dropOnBody(app, { name: 'logo.svg', type: 'image/svg+xml', bytes: SVG_WITH_SCRIPT });
  await expect(page.getByRole('alert')).toHaveText(
    'This is an SVG drawing, which can carry scripts, so it was not added. Save it as PNG or JPEG first.',
  );
  await dropOnBody(app, {
    name: 'notes.jpg',
    type: 'image/jpeg',
    bytes: Buffer.from('Meeting notes: call the ministry at nine.\n'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a JPEG, PNG, WebP or AVIF photo, so it was not added.',
  );
  await expect(page.getByRole('dialog', { name: 'Photo details' })).toHaveCount(0);
  await expect(app.body().locator('figure')).toHaveCount(0);
  expect(await app.body().innerHTML()).toBe(before);
  await app.waitForSaved();
  const stored = (await app.storedArticles()).find((article) => article.headline === headline) as {
    body: { content: { type: string }[] };
  };
  expect(stored.body.content.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  expect(existsSync(path.join(app.libraryDir, 'media'))).toBe(false);
});

test('the alt-text question as a body photo is added, pictured in English and in Khmer', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const km = JSON.parse(
    await readFile(path.join('renderer', 'i18n', 'km', 'photos.json'), 'utf8'),
  ) as Record<string, string>;
  const editor = JSON.parse(
    await readFile(path.join('renderer', 'i18n', 'km', 'editor.json'), 'utf8'),
  ) as Record<string, string>;
  const shell = JSON.parse(
    await readFile(path.join('renderer', 'i18n', 'km', 'shell.json'), 'utf8'),
  ) as Record<string, string>;
  const headline = 'Floods close the river road';
  await startStory(app, headline);
  const bytes = await sampleJpeg({ width: 1600, height: 1067, gps: true, seed: 4 });

  const askedIn = async (language: string, heading: string, done: string, body: Locator) => {
    await dropOnBody(app, { name: 'road.jpg', type: 'image/jpeg', bytes }, body);
    const dialog = page.getByRole('dialog', { name: heading });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toBeVisible();
    // The whole question, its photo and its buttons fit the window: nothing to scroll to.
    const box = (await dialog.boundingBox())!;
    const window = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(window.height);
    await expect(dialog.getByRole('button', { name: done })).toBeInViewport({ ratio: 1 });
    await page.evaluate(() => document.fonts.ready);
    const file = testInfo.outputPath(`photo-alt-text-${language}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(`the alt-text question (${language})`, {
      path: file,
      contentType: 'image/png',
    });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };

  await askedIn('en', 'Photo details', 'Done', app.body());

  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Interface language', exact: true }).selectOption('km');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: shell['shell.library']!, exact: true })
    .click();
  await page.getByRole('button', { name: headline }).click();
  const body = page.getByRole('textbox', { name: editor['editor.body']! });
  await expect(body).toBeVisible();
  await askedIn('km', km['photos.dialog.heading']!, km['photos.dialog.done']!, body);
  // Cancelled both times: nothing went into the story.
  await expect(body.locator('figure')).toHaveCount(0);
});
