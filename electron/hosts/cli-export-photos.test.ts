// `dateline export ID` of an article with photos: the page, the fragment and the ninjs item each
// find every photo they name in photos/ beside them, the same bytes on a second export, and an
// article whose photo is gone is named with the reason.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields } from '../../shared/article';
import { sampleJpeg, samplePng } from '../../test-support/electron/photo-samples';
import {
  htmlPhotoAddresses,
  missingFiles,
  ninjsPhotoAddresses,
} from '../../test-support/electron/photo-references';
import { figureNode } from '../../test-support/shared/sample-photos';
import { Library } from '../services/library';
import { MediaStore } from '../services/media/media-store';
import { runCli } from './cli-run';

let scratch: string;
let libraryDir: string;
let out: string;
let id: string;
let leadHash: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-photos-'));
  libraryDir = path.join(scratch, 'library');
  out = path.join(scratch, 'site');
  const library = await Library.open(libraryDir);
  const media = new MediaStore(libraryDir);
  const words = { alt: 'Boats at dawn', caption: 'At the landing.', credit: 'Sok Chan' };
  const lead = await media.add('boats.jpg', await sampleJpeg({ width: 1300, height: 900 }));
  const chart = await media.add('chart.png', await samplePng(600, 400, 5));
  const photo = (facts: typeof lead) => ({
    hash: facts.hash,
    format: facts.format,
    width: facts.width,
    height: facts.height,
    ...words,
  });
  leadHash = lead.hash;
  const article = await library.create({
    ...emptyFields(),
    headline: 'Fishers Return',
    status: 'approved',
    leadPhoto: photo(lead),
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Boats came in early.' }] },
        figureNode({ ...photo(chart), alt: 'A chart of the catch' }),
      ],
    },
  });
  id = article.id;
  await library.close();
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function dateline(...argv: string[]) {
  const output: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => output.push(text), err: (text) => output.push(text) },
    { userData: path.join(scratch, 'user-data') },
  );
  return { code, output: output.join('\n') };
}

const exportAs = (format: string) =>
  dateline('export', id, '--library', libraryDir, '--out', out, '--format', format);

async function photoFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(path.join(out, 'photos'))).sort()) {
    files.set(name, await readFile(path.join(out, 'photos', name)));
  }
  return files;
}

describe('dateline export of one article with photos', { timeout: 60_000 }, () => {
  it('writes the page with every photo it names beside it, the same bytes twice', async () => {
    expect((await exportAs('page')).code).toBe(0);
    const page = path.join(out, 'fishers-return.html');
    const html = await readFile(page, 'utf8');
    const addresses = htmlPhotoAddresses(html);
    expect(addresses.length).toBeGreaterThan(8);
    expect(missingFiles(addresses, page)).toEqual([]);
    const first = await photoFiles();

    expect((await exportAs('page')).code).toBe(0);
    expect(await readFile(page, 'utf8')).toBe(html);
    expect(await photoFiles()).toEqual(first);
  });

  it('writes exactly the photos a fragment and a ninjs item name', async () => {
    const fragment = await exportAs('fragment');
    expect(fragment.code).toBe(0);
    expect(fragment.output).toContain('photos/');
    const fragmentFile = path.join(out, 'fishers-return.fragment.html');
    const inFragment = htmlPhotoAddresses(await readFile(fragmentFile, 'utf8'));
    expect(inFragment.length).toBeGreaterThan(0);
    expect(missingFiles(inFragment, fragmentFile)).toEqual([]);
    // The fragment is the body: its lead photo is not in it, nor written.
    expect([...(await photoFiles()).keys()].some((name) => name.startsWith(leadHash))).toBe(false);

    await rm(out, { recursive: true });
    expect((await exportAs('ninjs')).code).toBe(0);
    const item = path.join(out, 'fishers-return.ninjs.json');
    const inItem = ninjsPhotoAddresses(await readFile(item, 'utf8'));
    expect(missingFiles(inItem, item)).toEqual([]);
    expect([...(await photoFiles()).keys()]).toEqual(
      [...new Set(inItem.map((address) => address.replace('photos/', '')))].sort(),
    );
  });

  it('names an article whose photo is gone, and why', async () => {
    await rm(path.join(libraryDir, 'media', `${leadHash}.jpg`));
    const ninjs = await exportAs('ninjs');
    expect(ninjs.code).toBe(1);
    expect(ninjs.output).toContain(
      `Fishers Return (${id}): The photo “Boats at dawn” is not in this library any more. Add the photo to the article again.`,
    );
  });
});
