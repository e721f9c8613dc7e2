// Hostile and oversized imports: Word files that unpack to far more than they weigh (zip bombs,
// some with headers that lie about their sizes) and text files over the limit are refused with
// their sizes in words, nothing is written, and the host keeps answering throughout.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import { createDispatch, createHandlers } from './api-handlers';
import { importFile } from './import-file';
import { Library } from './library';
import { writeZip, type ZipEntry } from '../../test-support/electron/services/zip-writer';

let root: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bomb-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const PARAGRAPH =
  '<w:p><w:r><w:t>Floodwaters rose again overnight along the Mekong, officials said.</w:t></w:r></w:p>';

/** The main text of a Word file: `count` paragraphs (about 90 bytes each). */
function documentXml(count: number): Buffer {
  return Buffer.from(
    `${HEAD}<w:document xmlns:w="${W}"><w:body>${PARAGRAPH.repeat(count)}</w:body></w:document>`,
  );
}

function wordFile(document: Buffer, extra: ZipEntry[] = [], statedSize?: number): Uint8Array {
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    { name: 'word/document.xml', data: document, ...(statedSize ? { statedSize } : {}) },
    ...extra,
  ]);
}

async function refusal(promise: Promise<unknown>): Promise<DatelineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatelineError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

const articleCount = async () => (await readdir(path.join(root, 'articles'))).length;

describe('importing a Word file that unpacks to far more than it weighs', () => {
  it('refuses a small file whose text would unpack to 82 MB, saying both sizes, before unpacking it', async () => {
    const before = await articleCount();
    const bomb = wordFile(documentXml(828_000));
    const started = performance.now();
    const error = await refusal(importFile(library, 'flood-report.docx', bomb));
    const took = performance.now() - started;
    console.log(
      `A ${Math.round(bomb.byteLength / 1000)} KB Word file unpacking to 82 MB was refused in ${took.toFixed(1)} ms.`,
    );
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'flood-report.docx would unpack to 82 MB; Dateline opens Word files up to 50 MB unpacked. If it is a real document, split it into smaller files and import each.',
    );
    expect(await articleCount()).toBe(before);
  });

  it('refuses a zip bomb of fifteen such parts (1.2 GB unpacked)', async () => {
    const part = documentXml(828_000);
    const copies = Array.from({ length: 14 }, (_, index) => ({
      name: `word/copy${index}.xml`,
      data: part,
    }));
    const bomb = wordFile(part, copies);
    const before = await articleCount();
    const started = performance.now();
    const error = await refusal(importFile(library, 'bomb.docx', bomb));
    const took = performance.now() - started;
    console.log(
      `A ${(bomb.byteLength / 1e6).toFixed(1)} MB Word file unpacking to 1.2 GB was refused in ${took.toFixed(1)} ms.`,
    );
    expect(error.message).toMatch(/^bomb\.docx would unpack to 1\.2 GB; .* up to 50 MB unpacked\./);
    expect(await articleCount()).toBe(before);
  });

  it('refuses a file whose text alone is over the limit for one part, though the whole is under', async () => {
    const error = await refusal(importFile(library, 'long.docx', wordFile(documentXml(130_000))));
    expect(error.message).toBe(
      'long.docx could not be opened. Its text would unpack to 13 MB; Dateline opens Word files whose text and other parts are each up to 10 MB unpacked. If it is a real document, split it into smaller files and import each.',
    );
    // The interface words the same refusal in its own language from these.
    expect(error.toValue()).toMatchObject({
      reason: 'word-part-too-large',
      values: { name: 'long.docx', size: '13 MB', limit: '10 MB' },
    });
  });

  it('stops a file whose headers understate its size, and keeps answering', async () => {
    const before = await articleCount();
    const liar = wordFile(documentXml(828_000), [], 2_000);
    const error = await refusal(importFile(library, 'liar.docx', liar));
    console.log(`A Word file understating its size was stopped: ${error.message}`);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^liar\.docx /);
    expect(error.message).not.toMatch(/\n| {4}at /);
    expect(await articleCount()).toBe(before);
    expect((await library.list()).articles.length).toBe(before);
  });
});

describe('the limits of the worker that reads imported files', () => {
  const readable = () => wordFile(documentXml(20_000));

  it('reads a file within the limits', async () => {
    const started = performance.now();
    const outcome = await importFile(library, 'fine.docx', readable());
    console.log(`A 2 MB Word text was imported in ${(performance.now() - started).toFixed(0)} ms.`);
    expect(outcome.report.recognised.paragraphs).toBeGreaterThan(1_000);
  });

  it('ends a read that needs more memory than allowed, and the host carries on', async () => {
    const error = await refusal(
      importFile(library, 'heavy.docx', readable(), { memoryMb: 16, timeoutMs: 60_000 }),
    );
    expect(error.message).toBe(
      'heavy.docx needs more memory to read than Dateline gives one import, so it was not imported. If it is a real document, split it into smaller files and import each.',
    );
    const outcome = await importFile(library, 'after.docx', wordFile(documentXml(10)));
    expect(outcome.article.headline).not.toBe('');
  });

  it('ends a read that takes longer than allowed', async () => {
    const error = await refusal(
      importFile(library, 'slow.docx', readable(), { memoryMb: 1536, timeoutMs: 30 }),
    );
    expect(error.message).toBe(
      'slow.docx took more than 1 second to read, so Dateline stopped reading it; nothing was imported. If it is a real document, split it into smaller files and import each.',
    );
    expect(error.toValue()).toMatchObject({
      reason: 'import-too-slow',
      values: { name: 'slow.docx', seconds: 1 },
    });
    expect(await articleCount()).toBe(1);
  });
});

describe('importing a text file over the limit', () => {
  it('refuses it with its size and the limit', async () => {
    const text = Buffer.from(`Headline\n\n${'A line of the report.\n'.repeat(260_000)}`);
    const error = await refusal(importFile(library, 'huge.txt', text));
    expect(error.message).toBe(
      'huge.txt is 5.7 MB; Dateline imports text files up to 5 MB. If it is a real document, split it into smaller files and import each.',
    );
    expect(error.toValue()).toMatchObject({
      reason: 'text-file-too-large',
      values: { name: 'huge.txt', size: '5.7 MB', limit: '5 MB' },
    });
  });
});

describe('while a large Word file is imported', () => {
  it('answers other requests at once', async () => {
    const dispatch = createDispatch(
      createHandlers({
        library: () => library,
        appInfo: () => ({ host: 'web', libraryPath: root, notices: [] }),
      }),
    );
    const data = Buffer.from(wordFile(documentXml(50_000))).toString('base64');
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let importing = true;
    const started = performance.now();
    const imported = dispatch('importFile', { name: 'budget-papers.docx', data }).finally(() => {
      importing = false;
    });
    const answeredDuring: number[] = [];
    let slowest = 0;
    while (importing) {
      const asked = performance.now();
      const listing = await dispatch('listArticles', {});
      expect(listing.ok).toBe(true);
      slowest = Math.max(slowest, performance.now() - asked);
      if (importing) answeredDuring.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const outcome = await imported;
    const took = performance.now() - started;
    loop.disable();
    expect(outcome.ok).toBe(true);
    const gaps = answeredDuring.map((at, index) => at - (answeredDuring[index - 1] ?? 0));
    const widest = Math.max(...gaps, took - (answeredDuring.at(-1) ?? 0));
    console.log(
      `During a ${(took / 1000).toFixed(1)} s import of a 5 MB Word text, ${answeredDuring.length} listings answered; the slowest took ${slowest.toFixed(0)} ms, the widest gap between answers was ${widest.toFixed(0)} ms, and the event loop was held up for at most ${(loop.max / 1e6).toFixed(0)} ms.`,
    );
    // The listing keeps answering through the import, not only before and after it.
    expect(answeredDuring.length).toBeGreaterThan(5);
    expect(widest).toBeLessThan(took / 4);
  });
});
