// Web sizes on a real library folder: no GPS or camera data in any of them, the same bytes on
// every export (from the cache or made again), and each size made only once.
import { mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBody } from '../../../shared/article';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { sampleJpeg, samplePng } from '../../../test-support/electron/photo-samples';
import { writeExportPhotos } from './export-photos';
import { collectUnusedMedia } from './media-gc';
import { MediaStore } from './media-store';
import { CACHE_FOLDER, SIZE_ENCODING } from './renditions';

let root: string;
let out: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-photos-'));
  out = await mkdtemp(path.join(os.tmpdir(), 'dateline-edition-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

async function addPhoto(name: string, bytes: Buffer): Promise<PhotoRef> {
  const facts = await new MediaStore(root).add(name, bytes);
  return { ...facts, alt: 'Boats at dawn', caption: '', credit: '', focusX: 0.3, focusY: 0.4 };
}

const withLead = (id: string, leadPhoto: PhotoRef) => ({ id, leadPhoto, body: emptyBody() });

async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const name of (await readdir(folder)).sort()) {
    found.set(name, await readFile(path.join(folder, name)));
  }
  return found;
}

describe('the photos an export writes', { timeout: 60_000 }, () => {
  it('carry no EXIF, XMP or IPTC: the GPS position and the camera stay home', async () => {
    const photo = await addPhoto(
      'phone.jpg',
      await sampleJpeg({ gps: true, width: 1700, height: 1275 }),
    );
    const original = await sharp(
      await readFile(path.join(root, 'media', `${photo.hash}.jpg`)),
    ).metadata();
    expect(original.exif?.length).toBeGreaterThan(0);
    const { written } = await writeExportPhotos(root, out, [withLead('a1234567', photo)]);
    // 480, 800, 1200 and 1600 px in WebP and JPEG, and three crops.
    expect(written).toHaveLength(11);
    for (const file of written) {
      const metadata = await sharp(await readFile(path.join(out, file))).metadata();
      expect({ file, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({
        file,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
    }
  });

  it('turn the photo upright before cutting sizes, as the camera said', async () => {
    const photo = await addPhoto(
      'turned.jpg',
      await sampleJpeg({ width: 900, height: 600, orientation: 6 }),
    );
    const { written } = await writeExportPhotos(root, out, [withLead('a1234567', photo)]);
    const full = written.find((file) => file.includes('-600-full.jpg'))!;
    const metadata = await sharp(await readFile(path.join(out, full))).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([600, 900, undefined]);
  });

  it('give a clear background white in JPEG, which has no transparency, and keep it in WebP', async () => {
    const clear = await sharp({
      create: { width: 640, height: 480, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const photo = await addPhoto('chart.png', clear);
    const { written } = await writeExportPhotos(root, out, [withLead('a1234567', photo)]);
    const jpeg = written.find((file) => file.endsWith('-480-full.jpg'))!;
    const webp = written.find((file) => file.endsWith('-480-full.webp'))!;
    const { data } = await sharp(await readFile(path.join(out, jpeg)))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([255, 255, 255]);
    const webpPixels = await sharp(await readFile(path.join(out, webp)))
      .ensureAlpha()
      .raw()
      .toBuffer();
    expect(webpPixels[3]).toBe(0);
  });

  it('are byte for byte the same on a second export, made again or taken from the cache', async () => {
    const lead = await addPhoto('a.jpg', await sampleJpeg({ width: 900, height: 600, seed: 5 }));
    const body = await addPhoto('b.png', await samplePng(700, 500, 6));
    const articles = [
      withLead('a1234567', lead),
      {
        id: 'b1234567',
        body: {
          type: 'doc' as const,
          content: [{ type: 'figure', attrs: { ...body, focusX: undefined, focusY: undefined } }],
        },
      },
    ];
    const first = await writeExportPhotos(root, out, articles);
    const firstFiles = await filesIn(path.join(out, 'photos'));
    expect(first.made).toBe(first.written.length);

    const again = await writeExportPhotos(root, out, articles);
    expect(again.made).toBe(0);
    expect(await filesIn(path.join(out, 'photos'))).toEqual(firstFiles);

    await rm(path.join(root, CACHE_FOLDER), { recursive: true });
    await rm(path.join(out, 'photos'), { recursive: true });
    const remade = await writeExportPhotos(root, out, articles);
    expect(remade.made).toBe(first.made);
    expect(await filesIn(path.join(out, 'photos'))).toEqual(firstFiles);
  });

  it('are made again, not taken from the cache, when an earlier encoding made them', async () => {
    const photo = await addPhoto('a.jpg', await sampleJpeg({ width: 900, height: 600, seed: 7 }));
    const articles = [withLead('a1234567', photo)];
    const first = await writeExportPhotos(root, out, articles);
    const firstFiles = await filesIn(path.join(out, 'photos'));
    const cache = path.join(root, CACHE_FOLDER);
    const cached = await readdir(cache);
    expect(cached).toHaveLength(first.made);
    for (const name of cached) expect(name.endsWith(`.${SIZE_ENCODING}`)).toBe(true);

    // What an earlier version left: the same sizes under its own names, with other bytes.
    for (const name of cached) {
      const earlier = name.slice(0, -SIZE_ENCODING.length - 1);
      await rename(path.join(cache, name), path.join(cache, `${earlier}.enc0-sharp0.34.0`));
      await writeFile(path.join(cache, earlier), 'made by an earlier version');
    }
    await rm(path.join(out, 'photos'), { recursive: true });
    const remade = await writeExportPhotos(root, out, articles);
    expect(remade.made).toBe(first.made);
    expect(await filesIn(path.join(out, 'photos'))).toEqual(firstFiles);

    // Tidying keeps this encoding's sizes of a photo still in use and removes the others.
    expect(await collectUnusedMedia(new MediaStore(root))).toBe(0);
    expect((await readdir(cache)).sort()).toEqual([...cached].sort());
  });

  it('are cached under the encoding of the sharp in use, so an upgrade makes them again', () => {
    expect(SIZE_ENCODING.endsWith(`-sharp${sharp.versions.sharp}`)).toBe(true);
  });

  it('are byte for byte the same made several at once as made one at a time', async () => {
    const articles = [];
    for (let seed = 1; seed <= 4; seed += 1) {
      const photo = await addPhoto(
        `p${seed}.jpg`,
        await sampleJpeg({ width: 900 + seed * 50, height: 600, seed }),
      );
      articles.push(withLead(`a${seed}234567`, photo));
    }
    const oneByOne = await writeExportPhotos(root, out, articles, undefined, { atOnce: 1 });
    const alone = await filesIn(path.join(out, 'photos'));
    await rm(path.join(root, CACHE_FOLDER), { recursive: true });
    await rm(path.join(out, 'photos'), { recursive: true });

    const together = await writeExportPhotos(root, out, articles, undefined, { atOnce: 3 });
    expect(together.made).toBe(oneByOne.made);
    expect(together.written).toEqual(oneByOne.written);
    expect(await filesIn(path.join(out, 'photos'))).toEqual(alone);
  });

  it('copy a photo two pages show once', async () => {
    const photo = await addPhoto('shared.jpg', await sampleJpeg({ width: 500, height: 400 }));
    const { written } = await writeExportPhotos(root, out, [
      withLead('a1234567', photo),
      withLead('b1234567', photo),
    ]);
    expect(new Set(written).size).toBe(written.length);
  });
});

describe('emptying the trash of photos', () => {
  it('removes only originals nothing in the library names, once they are a day old', async () => {
    const media = new MediaStore(root);
    const used = await media.add(
      'used.jpg',
      await sampleJpeg({ width: 200, height: 100, seed: 1 }),
    );
    const inHistory = await media.add(
      'old.jpg',
      await sampleJpeg({ width: 200, height: 100, seed: 2 }),
    );
    const unused = await media.add(
      'gone.jpg',
      await sampleJpeg({ width: 200, height: 100, seed: 3 }),
    );
    const fresh = await media.add(
      'new.jpg',
      await sampleJpeg({ width: 200, height: 100, seed: 4 }),
    );
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(root, 'articles'), { recursive: true });
    await mkdir(path.join(root, 'history', 'a1234567'), { recursive: true });
    await writeFile(
      path.join(root, 'articles', 'a1234567.json'),
      JSON.stringify({ leadPhoto: { hash: used.hash } }),
    );
    await writeFile(
      path.join(root, 'history', 'a1234567', 'v1.json'),
      JSON.stringify({ hash: inHistory.hash }),
    );
    await writeExportPhotos(root, out, [
      withLead('a1234567', { ...unused, alt: '', caption: '', credit: '' }),
    ]);
    const dayAgo = new Date(Date.now() - 25 * 60 * 60_000);
    for (const photo of [used, inHistory, unused]) {
      await utimes(path.join(root, 'media', `${photo.hash}.jpg`), dayAgo, dayAgo);
    }

    expect(await collectUnusedMedia(media)).toBe(1);
    const left = (await media.list()).map((entry) => entry.hash).sort();
    expect(left).toEqual([used.hash, inHistory.hash, fresh.hash].sort());
    const cached = await readdir(path.join(root, CACHE_FOLDER));
    expect(cached.some((name) => name.startsWith(unused.hash))).toBe(false);
  });
});
