// An edition's photos on disk: every photo address of every file it writes is a file in photos/,
// photos/ holds nothing no file names, an article whose photo cannot be made has no file and is
// listed as left out with the reason, and the same library exports the same bytes again.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/api/contract';
import { emptyFields, type ArticleFields } from '../../shared/article';
import type { PhotoRef } from '../../shared/photos/photo-ref';
import { DEFAULT_PUBLICATION, type Publication } from '../../shared/publication';
import { sampleJpeg, samplePng } from '../../test-support/electron/photo-samples';
import {
  htmlPhotoAddresses,
  missingFiles,
  ninjsPhotoAddresses,
} from '../../test-support/electron/photo-references';
import { figureNode } from '../../test-support/shared/sample-photos';
import { writeEdition } from './edition';
import { Library } from './library';
import { MediaStore } from './media/media-store';
import { TickerStore } from './ticker-store';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const SITE_URL = 'https://news.example.org/';

let scratch: string;
let library: Library;
let out: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-edition-photos-'));
  library = await Library.open(path.join(scratch, 'library'));
  out = path.join(scratch, 'out');
});
afterEach(async () => {
  await library.close();
  await rm(scratch, { recursive: true, force: true });
});

async function keep(name: string, bytes: Buffer, alt: string): Promise<PhotoRef> {
  const facts = await new MediaStore(library.root).add(name, bytes);
  const { hash, format, width, height } = facts;
  return { hash, format, width, height, alt, caption: 'On the river.', credit: 'Sok Chan' };
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const story = (headline: string, extra: Partial<ArticleFields> = {}) =>
  library.create({
    ...emptyFields(),
    headline,
    standfirst: `All about ${headline}.`,
    byline: 'Sok Chan',
    dateline: 'Kratie',
    body: { type: 'doc', content: [paragraph(`${headline}: the story.`)] },
    status: 'approved',
    ...extra,
  });

/**
 * Three stories, written in the order of their headlines: "Boats" and "Ferries" share a photo,
 * "Ferries" links to "Weir", and Weir's lead photo is then taken out of the library.
 */
async function libraryWithMissingPhoto() {
  const boats = await keep('boats.jpg', await sampleJpeg({ width: 700, height: 500 }), 'Boats');
  const chart = await keep('chart.png', await samplePng(520, 400, 3), 'A chart of the catch');
  const weirPhoto = await keep(
    'weir.jpg',
    await sampleJpeg({ width: 640, height: 480, seed: 5 }),
    'The weir at dusk',
  );
  const weir = await story('Weir Closes', { leadPhoto: weirPhoto });
  const ferries = await story('Ferries Run Late', {
    leadPhoto: boats,
    related: [
      {
        id: 'link-weir',
        title: '',
        titleEdited: false,
        target: { kind: 'article', articleId: weir.id },
      },
    ],
  });
  const boatsStory = await story('Boats Come Home', {
    leadPhoto: boats,
    body: { type: 'doc', content: [paragraph('The catch.'), figureNode(chart)] },
  });
  await rm(path.join(library.root, 'media', `${weirPhoto.hash}.jpg`));
  return { weir, ferries, boatsStory };
}

async function exportEdition(
  format: ExportFormat,
  folder = out,
  siteUrl = '',
): ReturnType<typeof writeEdition> {
  const publication: Publication = { ...DEFAULT_PUBLICATION, name: 'Mekong Daily', siteUrl };
  const { articles } = await library.list();
  return writeEdition(
    { library, ticker: () => new TickerStore(library.root).get(), publication },
    articles.filter((article) => article.status === 'approved').map((article) => article.id),
    { folder, format, override: false, now: NOW },
  );
}

/** Every file under `folder`, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Each article file's photo addresses, read back from the folder. */
async function addressesOf(folder: string, format: ExportFormat, siteUrl = '') {
  const named = new Map<string, string[]>();
  for (const file of await filesUnder(folder)) {
    if (file.startsWith('photos/') || file.startsWith('fonts/')) continue;
    const content = await readFile(path.join(folder, file), 'utf8');
    const addresses =
      format === 'ninjs' ? ninjsPhotoAddresses(content) : htmlPhotoAddresses(content);
    const onSite = addresses.map((address) =>
      siteUrl && address.startsWith(siteUrl) ? address.slice(siteUrl.length) : address,
    );
    named.set(file, onSite);
  }
  return named;
}

describe('an edition with photos', { timeout: 60_000 }, () => {
  it('leaves out an article whose photo is gone, and writes no page naming a missing file', async () => {
    const { weir, ferries, boatsStory } = await libraryWithMissingPhoto();
    const outcome = await exportEdition('page');

    expect(outcome.state).toBe('done');
    expect(outcome.skipped).toEqual([
      {
        articleId: weir.id,
        headline: 'Weir Closes',
        reason:
          'The photo “The weir at dusk” is not in this library any more. Add the photo to the article again.',
        wording: {
          reason: 'export-photo-missing',
          values: { photo: 'The weir at dusk', named: 'yes' },
        },
      },
    ]);
    const pages = outcome.written.filter((file) => file.articleId !== undefined);
    expect(pages.map((page) => page.articleId).sort()).toEqual([boatsStory.id, ferries.id].sort());
    expect(existsSync(path.join(out, 'weir-closes.html'))).toBe(false);

    // Every address of every page is a file beside it, and photos/ holds nothing else.
    const named = await addressesOf(out, 'page');
    const everyAddress = [...named.values()].flat();
    for (const [file, addresses] of named) {
      expect(missingFiles(addresses, path.join(out, file)), file).toEqual([]);
    }
    expect(named.get('boats-come-home.html')!.length).toBeGreaterThan(0);
    const photoFiles = (await filesUnder(out)).filter((file) => file.startsWith('photos/'));
    expect(photoFiles).toEqual([...new Set(everyAddress)].sort());
    // Without the site's address no page names a crop, so none is written.
    expect(photoFiles.some((file) => /-(16x9|4x3|1x1)-/.test(file))).toBe(false);
    // The photo both pages show is copied once.
    expect(new Set(outcome.written.map((file) => file.file)).size).toBe(outcome.written.length);

    // The page that linked to the left-out story was written again without the link.
    const ferriesPage = await readFile(path.join(out, 'ferries-run-late.html'), 'utf8');
    expect(ferriesPage).not.toContain('weir-closes.html');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('Weir Closes');
  });

  it('writes the same bytes when the unchanged library is exported again', async () => {
    await libraryWithMissingPhoto();
    const first = await exportEdition('page', out, SITE_URL);
    const again = path.join(scratch, 'again');
    const second = await exportEdition('page', again, SITE_URL);
    expect(second.skipped).toEqual(first.skipped);
    const files = await filesUnder(out);
    expect(await filesUnder(again)).toEqual(files);
    for (const file of files) {
      expect(await readFile(path.join(again, file)), file).toEqual(
        await readFile(path.join(out, file)),
      );
    }
    // Into the same folder too: nothing changes.
    await exportEdition('page', out, SITE_URL);
    for (const file of files) {
      expect(await readFile(path.join(again, file)), file).toEqual(
        await readFile(path.join(out, file)),
      );
    }
  });

  it('writes the crops a page names on the site, and each is there', async () => {
    await libraryWithMissingPhoto();
    await exportEdition('page', out, SITE_URL);
    const named = await addressesOf(out, 'page', SITE_URL);
    const photoFiles = (await filesUnder(out)).filter((file) => file.startsWith('photos/'));
    expect(photoFiles).toEqual([...new Set([...named.values()].flat())].sort());
    expect(photoFiles.some((file) => /-16x9-/.test(file))).toBe(true);
  });

  it.each(['fragment', 'ninjs', 'text'] as const)(
    'writes exactly the photos each %s file names',
    async (format) => {
      const { weir } = await libraryWithMissingPhoto();
      const outcome = await exportEdition(format);
      expect(outcome.state).toBe('done');
      const named = await addressesOf(out, format);
      for (const [file, addresses] of named) {
        expect(missingFiles(addresses, path.join(out, file)), file).toEqual([]);
      }
      const everyAddress = [...new Set([...named.values()].flat())].sort();
      const photoFiles = (await filesUnder(out)).filter((file) => file.startsWith('photos/'));
      expect(photoFiles).toEqual(everyAddress);
      // Plain text names no photo, and a fragment is the body, without the lead photo: Weir's
      // story is written, as it names none of the photo that is gone.
      const leftOut = format === 'ninjs' ? [weir.id] : [];
      expect(outcome.skipped.map((skip) => skip.articleId)).toEqual(leftOut);
      if (format === 'text') expect(existsSync(path.join(out, 'photos'))).toBe(false);
      else expect(photoFiles.length).toBeGreaterThan(0);
    },
  );
});
