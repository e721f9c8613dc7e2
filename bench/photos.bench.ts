// An edition of 1,000 approved articles with one 12-megapixel lead photo each (made here with
// sharp, each a different file): seconds and peak memory to export it with every web size made,
// the same export again when the sizes are in the cache (each export in a process of its own, as
// the command line runs it), and the bytes a page's photo weighs at each width and format. Run with `npm run bench photos`; `npm run bench -- photos --photos 100`
// (or BENCH_PHOTOS=100) for a shorter run.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { DEFAULT_PUBLICATION } from '../shared/publication';
import { fullRenditions, cropRendition, CROP_NAMES } from '../shared/photos/renditions';
import { writeEdition } from '../electron/services/edition';
import { Library } from '../electron/services/library';
import { PHOTOS_AT_ONCE } from '../electron/services/media/export-photos';
import { MediaStore } from '../electron/services/media/media-store';

const { values: options } = parseArgs({
  options: { photos: { type: 'string' } },
  allowPositionals: true,
});
const PHOTOS = Number(options.photos ?? process.env.BENCH_PHOTOS ?? 1_000);
if (!Number.isInteger(PHOTOS) || PHOTOS < 1) throw new Error('--photos takes a whole number');
const WIDTH = 4000;
const HEIGHT = 3000;

/** A 12 MP scene with soft shapes and fine grain, closer to a photo than to noise. */
async function basePhoto(): Promise<Buffer> {
  const data = Buffer.alloc(WIDTH * HEIGHT * 3);
  let seed = 7;
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) & 15;
      const at = (y * WIDTH + x) * 3;
      const sky = y < HEIGHT * 0.45;
      data[at] =
        (sky ? 120 + (y * 80) / HEIGHT : 60 + ((x * 90) / WIDTH) * Math.sin(y / 97)) + grain;
      data[at + 1] = (sky ? 160 + (x * 40) / WIDTH : 110 + 60 * Math.cos(x / 131)) + grain;
      data[at + 2] = (sky ? 220 - (y * 60) / HEIGHT : 50 + 40 * Math.sin((x + y) / 211)) + grain;
    }
  }
  return sharp(data, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer();
}

/** The same pixels with a comment naming `index`: a different file, so a different hash. */
function variant(base: Buffer, index: number): Buffer {
  const text = Buffer.from(`photo ${index}`);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([base.subarray(0, 2), segment, text, base.subarray(2)]);
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** In a process of its own, so one export's memory never colours the other's: an edition. */
async function exportChild(root: string): Promise<void> {
  const library = await Library.open(root, { searchIndex: 'when-searched' });
  const ids = (await library.list()).articles.map((article) => article.id);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const outcome = await writeEdition(
    {
      library,
      ticker: () => Promise.reject(new Error('no ticker')),
      publication: { ...DEFAULT_PUBLICATION, siteUrl: 'https://news.example.org/' },
    },
    ids,
    {
      folder: path.join(root, 'edition'),
      format: 'page',
      override: true,
      now: new Date('2026-01-01T00:00:00Z'),
    },
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  await library.close();
  if (outcome.state !== 'done') throw new Error(outcome.failure?.message ?? outcome.state);
  console.log(
    JSON.stringify({
      seconds: Math.round(seconds * 10) / 10,
      // The kernel's high-water mark for the process, and the highest sampled every 50 ms.
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      sampledPeakRssMb: mb(peak),
    }),
  );
}

function exportOnce(root: string): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), 'export-child', root],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`The edition failed: ${run.stdout}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-photos-'));
  const out = path.join(root, 'edition');
  try {
    const library = await Library.open(root);
    const media = new MediaStore(root);
    const base = await basePhoto();
    const ids: string[] = [];
    for (let index = 0; index < PHOTOS; index += 1) {
      const facts = await media.add(`photo-${index}.jpg`, variant(base, index));
      const article = await library.create({
        headline: `Story ${index} with a photo`,
        standfirst: 'A standfirst.',
        byline: 'Staff',
        status: 'approved',
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] }],
        },
        leadPhoto: { ...facts, alt: `Photo ${index}`, caption: 'A caption.', credit: 'Staff' },
      });
      ids.push(article.id);
    }
    await library.close();
    // The first export makes every size; the second finds them all in the size cache.
    const first = exportOnce(root);
    const photoFiles = (await readdir(path.join(out, 'photos'))).length;
    const again = exportOnce(root);
    const reopened = await Library.open(root, { searchIndex: 'when-searched' });

    // What one page's lead photo weighs at each width, in each format.
    const photo = (await reopened.get(ids[0]!)).leadPhoto!;
    const perWidth: Record<string, Record<string, number>> = {};
    for (const size of fullRenditions(photo)) {
      const bytes = (await stat(path.join(out, 'photos', size.file))).size;
      (perWidth[String(size.width)] ??= {})[size.format] = bytes;
    }
    const crops: Record<string, number> = {};
    for (const crop of CROP_NAMES) {
      crops[crop] = (await stat(path.join(out, 'photos', cropRendition(photo, crop).file))).size;
    }
    console.log(
      JSON.stringify(
        {
          benchmark: 'photos',
          articles: PHOTOS,
          photosAtOnce: PHOTOS_AT_ONCE,
          libvipsThreadsPerPhoto: sharp.concurrency(),
          originalBytes: variant(base, 0).length,
          photoFilesWritten: photoFiles,
          firstExport: first,
          secondExportWithCachedSizes: again,
          bytesPerWidth: perWidth,
          cropBytes: crops,
        },
        null,
        2,
      ),
    );
    await reopened.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'export-child') await exportChild(process.argv[3]!);
else await main();
