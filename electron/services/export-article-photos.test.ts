// A single article saved to disk with its photos: every photo address the page, the fragment and
// the ninjs item name is a file in photos/ beside it, no other photo is written there, a second
// export writes the same bytes, and a photo that cannot be made stops the export with words a
// reporter understands, writing nothing.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/api/contract';
import { emptyFields, type Article } from '../../shared/article';
import type { PhotoRef } from '../../shared/photos/photo-ref';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { sampleJpeg, samplePng } from '../../test-support/electron/photo-samples';
import {
  fileOfAddress,
  htmlPhotoAddresses,
  missingFiles,
  ninjsPhotoAddresses,
} from '../../test-support/electron/photo-references';
import { figureNode } from '../../test-support/shared/sample-photos';
import { exportArticle } from './export-article';
import { Library } from './library';
import { MediaStore } from './media/media-store';
import { TickerStore } from './ticker-store';

const SITE = 'https://news.example.org/world/';
let root: string;
let out: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-export-photos-'));
  out = await mkdtemp(path.join(os.tmpdir(), 'dateline-export-out-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

const sources = (siteUrl = SITE) => ({
  library,
  ticker: () => new TickerStore(root).get(),
  publication: { ...DEFAULT_PUBLICATION, name: 'Mekong Daily', siteUrl },
});

async function keep(name: string, bytes: Buffer, alt: string): Promise<PhotoRef> {
  const facts = await new MediaStore(root).add(name, bytes);
  return {
    hash: facts.hash,
    format: facts.format,
    width: facts.width,
    height: facts.height,
    alt,
    caption: 'At the landing.',
    credit: 'Sok Chan',
  };
}

async function articleWithPhotos(): Promise<Article> {
  const lead = await keep(
    'boats.jpg',
    await sampleJpeg({ width: 1700, height: 1275, gps: true, seed: 3 }),
    'Boats at dawn on the Tonle Sap',
  );
  const body = await keep('chart.png', await samplePng(700, 500, 4), 'A chart of the catch');
  return library.create({
    ...emptyFields(),
    headline: 'Fishers Return',
    standfirst: 'The catch is the best in five years.',
    byline: 'Sok Chan',
    dateline: 'Siem Reap',
    status: 'approved',
    leadPhoto: { ...lead, focusX: 0.3, focusY: 0.4 },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Boats came in early.' }] },
        figureNode(body),
        { type: 'paragraph', content: [{ type: 'text', text: 'Prices fell.' }] },
      ],
    },
  });
}

async function save(id: string, format: ExportFormat, file: string, now: Date, siteUrl = SITE) {
  const target = path.join(out, file);
  const result = await exportArticle(
    sources(siteUrl),
    { id, format, override: false },
    async () => target,
    now,
  );
  expect(result).toEqual({ kind: 'saved', path: target });
  return { target, content: await readFile(target, 'utf8') };
}

async function photosBeside(): Promise<Map<string, Buffer>> {
  const folder = path.join(out, 'photos');
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(folder)).sort()) {
    files.set(name, await readFile(path.join(folder, name)));
  }
  return files;
}

/** The photos/ files the addresses name, as names inside photos/. */
function namedFiles(addresses: string[], target: string, pageUrl?: string): string[] {
  const names = addresses.map((address) => {
    const file = fileOfAddress(address, target, pageUrl);
    return file ? path.relative(path.join(out, 'photos'), file) : address;
  });
  return [...new Set(names)].sort();
}

const FIRST = new Date('2026-03-01T08:00:00Z');
const LATER = new Date('2026-03-02T09:30:00Z');

describe('a single article saved to disk with its photos', { timeout: 60_000 }, () => {
  it('writes a page whose every photo address is a file in photos/ beside it, the same bytes twice', async () => {
    const article = await articleWithPhotos();
    const { target, content } = await save(article.id, 'page', 'fishers.html', FIRST);
    const pageUrl = new URL('fishers-return.html', SITE).href;
    const addresses = htmlPhotoAddresses(content);
    // Both photos in two formats at their widths, the lead's three crops, the social cards.
    expect(addresses.filter((a) => a.startsWith('photos/')).length).toBeGreaterThan(10);
    expect(content).toContain(`<meta property="og:image" content="${SITE}photos/`);
    expect(content).toContain(`<meta name="twitter:image" content="${SITE}photos/`);
    expect(content).not.toContain('data:image');
    expect(missingFiles(addresses, target, pageUrl)).toEqual([]);
    // Exactly the files named, no more.
    const first = await photosBeside();
    expect([...first.keys()]).toEqual(namedFiles(addresses, target, pageUrl));

    const again = await save(article.id, 'page', 'fishers.html', LATER);
    expect(again.content).toBe(content);
    expect(await photosBeside()).toEqual(first);
    expect((await readdir(out)).sort()).toEqual(['fishers.html', 'photos']);
  });

  it('names photos/ beside the page when the site is not known, and writes no crops it does not name', async () => {
    const article = await articleWithPhotos();
    const { target, content } = await save(article.id, 'page', 'fishers.html', FIRST, '');
    const addresses = htmlPhotoAddresses(content);
    expect(content).not.toContain('og:image');
    expect(missingFiles(addresses, target)).toEqual([]);
    const written = [...(await photosBeside()).keys()];
    expect(written).toEqual(namedFiles(addresses, target));
    expect(written.some((name) => /-(16x9|4x3|1x1)-/.test(name))).toBe(false);
  });

  it('writes the fragment’s body photos beside it, relative to it', async () => {
    const article = await articleWithPhotos();
    const { target, content } = await save(article.id, 'fragment', 'fishers.fragment.html', FIRST);
    const addresses = htmlPhotoAddresses(content);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((address) => address.startsWith('photos/'))).toBe(true);
    expect(missingFiles(addresses, target)).toEqual([]);
    expect([...(await photosBeside()).keys()]).toEqual(namedFiles(addresses, target));
    // The fragment is the body: the lead photo is not in it, so its sizes are not written.
    const lead = article.leadPhoto!.hash;
    expect([...(await photosBeside()).keys()].some((name) => name.startsWith(lead))).toBe(false);
  });

  it('writes every rendition a ninjs item names, on the site or beside it', async () => {
    const article = await articleWithPhotos();
    const pageUrl = new URL('fishers-return.html', SITE).href;
    const onSite = await save(article.id, 'ninjs', 'fishers.ninjs.json', FIRST);
    const addresses = ninjsPhotoAddresses(onSite.content);
    expect(addresses.every((address) => address.startsWith(`${SITE}photos/`))).toBe(true);
    expect(missingFiles(addresses, onSite.target, pageUrl)).toEqual([]);
    expect([...(await photosBeside()).keys()]).toEqual(
      namedFiles(addresses, onSite.target, pageUrl),
    );

    await rm(out, { recursive: true });
    const beside = await save(article.id, 'ninjs', 'fishers.ninjs.json', FIRST, '');
    const relative = ninjsPhotoAddresses(beside.content);
    expect(relative.every((address) => address.startsWith('photos/'))).toBe(true);
    expect(missingFiles(relative, beside.target)).toEqual([]);
  });

  it('writes no photos for plain text', async () => {
    const article = await articleWithPhotos();
    await save(article.id, 'text', 'fishers.txt', FIRST);
    expect(await readdir(out)).toEqual(['fishers.txt']);
  });

  it('stops, writing nothing, when a photo is no longer in the library, and says which', async () => {
    const article = await articleWithPhotos();
    await rm(path.join(root, 'media', `${article.leadPhoto!.hash}.jpg`));
    const refused = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      async () => path.join(out, 'fishers.html'),
    ).catch((error: Error) => error);
    expect((refused as Error).message).toBe(
      'Not exported: The photo “Boats at dawn on the Tonle Sap” is not in this library any more. Add the photo to the article again.',
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('stops, writing nothing, when a photo’s file is damaged, and says so without the image library’s words', async () => {
    const article = await articleWithPhotos();
    const chart = (await new MediaStore(root).list()).find(
      (entry) => entry.hash !== article.leadPhoto!.hash,
    )!;
    const bytes = await readFile(chart.file);
    await writeFile(chart.file, bytes.subarray(0, 200));
    const refused = await exportArticle(
      sources(),
      { id: article.id, format: 'fragment', override: false },
      async () => path.join(out, 'fishers.fragment.html'),
    ).catch((error: Error) => error);
    expect((refused as Error).message).toBe(
      'Not exported: The photo “A chart of the catch” could not be read: its file is damaged or is not a photo. Add the photo to the article again.',
    );
    expect(existsSync(path.join(out, 'fishers.fragment.html'))).toBe(false);
    expect(existsSync(path.join(out, 'photos'))).toBe(false);
  });
});

describe('a single page handed back for download', () => {
  it('carries its photos inside it, and says which photo it could not carry', async () => {
    const article = await articleWithPhotos();
    const handed = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      undefined,
    );
    if (handed.kind !== 'download') throw new Error(`handed back as ${handed.kind}`);
    const inside = htmlPhotoAddresses(handed.content).filter((a) => !/^https?:/.test(a));
    expect(inside).toHaveLength(2);
    expect(inside.every((address) => address.startsWith('data:image/jpeg;base64,'))).toBe(true);

    await rm(path.join(root, 'media', `${article.leadPhoto!.hash}.jpg`));
    await rm(path.join(root, '.dateline', 'media-cache'), { recursive: true });
    const refused = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      undefined,
    ).catch((error: Error) => error);
    expect((refused as Error).message).toBe(
      'Not exported: The photo “Boats at dawn on the Tonle Sap” is not in this library any more. Add the photo to the article again.',
    );
  });
});
