import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import { emptyFields } from '../../shared/article';
import { docToPlainText } from '../../shared/text/doc-text';
import { importFile } from './import-file';
import { Library } from './library';
import { buildDocx, paragraph } from '../../test-support/electron/services/docx-builder';

const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const seedFile = path.join(fixtures, 'seed-article.txt');

let root: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-import-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const articleFiles = async () => (await readdir(path.join(root, 'articles'))).sort();

async function refusal(promise: Promise<unknown>): Promise<DatelineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatelineError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('importFile', () => {
  it.skipIf(!existsSync(seedFile))('stores the seed page as a new article', async () => {
    const before = await articleFiles();
    const outcome = await importFile(library, 'seed-article.txt', await readFile(seedFile));

    expect(outcome.article.headline).toBe(
      'CHRC Rejects International Allegations of Deteriorating Human Rights',
    );
    expect(outcome.article.wordCount).toBeGreaterThan(300);
    expect(outcome.report.tickerHeadlines).toHaveLength(5);
    const stored = JSON.parse(
      await readFile(path.join(root, 'articles', `${outcome.article.id}.json`), 'utf8'),
    );
    expect(stored).toMatchObject({
      headline: outcome.article.headline,
      dateline: 'Phnom Penh',
      language: 'en',
      revision: 1,
    });
    expect(stored.body.content).toHaveLength(8);
    expect(await articleFiles()).toEqual([...before, `${outcome.article.id}.json`].sort());
  });

  it('reads .text and .md files as plain text, and strips a byte-order mark', async () => {
    const text = await importFile(library, 'note.TEXT', utf8('\ufeffA Headline\n\nA body.'));
    expect(text.article.headline).toBe('A Headline');
    const markdown = await importFile(
      library,
      'note.md',
      utf8('# Not markup\n\n**stays** as typed'),
    );
    const stored = await library.get(markdown.article.id);
    expect(stored.headline).toBe('# Not markup');
    expect(docToPlainText(stored.body)).toBe('**stays** as typed');
  });

  it('reads UTF-16 text saved with its byte-order mark', async () => {
    const utf16 = Buffer.from('\ufeffទំព័រ\u200bខ្មែរ\n\nភ្នំពេញ ៖ អត្ថបទ។', 'utf16le');
    const outcome = await importFile(library, 'unicode.txt', utf16);
    const stored = await library.get(outcome.article.id);
    expect(stored).toMatchObject({ headline: 'ទំព័រ\u200bខ្មែរ', dateline: 'ភ្នំពេញ', language: 'km' });
  });

  it('refuses text that is not UTF-8, and writes nothing', async () => {
    const before = await articleFiles();
    const error = await refusal(
      importFile(library, 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/latin1\.txt is not a UTF-8 text file/);
    expect(await articleFiles()).toEqual(before);
  });

  it('refuses other file types, naming the ones it can read', async () => {
    const pdf = await refusal(importFile(library, 'story.pdf', utf8('%PDF-1.7')));
    expect(pdf.code).toBe('invalid-input');
    expect(pdf.message).toBe(
      'Dateline can import plain text (.txt, .text, .md) and Word documents (.docx); story.pdf is neither.',
    );
    const doc = await refusal(importFile(library, 'old.doc', utf8('x')));
    expect(doc.message).toMatch(/older Word document \(\.doc\).*save it as a \.docx/);
    const bare = await refusal(importFile(library, 'README', utf8('x')));
    expect(bare.code).toBe('invalid-input');
  });

  it('refuses a damaged Word document and an empty file, and writes nothing', async () => {
    const before = await articleFiles();
    const docx = await buildDocx([paragraph('Some text')]);
    const damaged = await refusal(importFile(library, 'cut.docx', docx.slice(0, docx.length / 2)));
    expect(damaged.message).toMatch(/cut\.docx could not be read as a Word document/);
    const empty = await refusal(importFile(library, 'empty.txt', utf8(' \n\n ')));
    expect(empty.message).toBe('empty.txt has no text to import.');
    expect(await articleFiles()).toEqual(before);
  });

  it('stores a Word document with what its report says was left out', async () => {
    const bytes = await buildDocx([
      { kind: 'paragraph', style: 'Title', runs: ['Market Day'] },
      paragraph('Phnom Penh: Stalls opened early.'),
      { kind: 'image' },
    ]);
    const outcome = await importFile(library, 'market.docx', bytes);
    // The document's picture is no photo (only a PNG's signature), so it stays out.
    expect(outcome.report.notices).toEqual([
      '1 picture was left out: only JPEG, PNG, WebP and AVIF photos can be kept.',
    ]);
    const stored = await library.get(outcome.article.id);
    expect(stored).toMatchObject({ headline: 'Market Day', dateline: 'Phnom Penh' });
    expect(docToPlainText(stored.body)).toBe('Stalls opened early.');
  });

  it('links related titles to library articles by headline, ignoring case', async () => {
    const existing = await library.create({ ...emptyFields(), headline: 'Bridge Tolls Cut' });
    const page = [
      'Budget Passed',
      '',
      'The vote was close.',
      '',
      'Related News',
      'BRIDGE TOLLS CUT',
      'Nobody Wrote This One',
    ].join('\n');
    const outcome = await importFile(library, 'budget.txt', utf8(page));
    const stored = await library.get(outcome.article.id);
    expect(stored.related).toEqual([
      {
        id: expect.any(String),
        title: 'BRIDGE TOLLS CUT',
        titleEdited: false,
        target: { kind: 'article', articleId: existing.id },
      },
    ]);
    expect(docToPlainText(stored.body)).toBe(
      'The vote was close.\n\nRelated News\n\nNobody Wrote This One',
    );
    expect(outcome.report.recognised.relatedLinks).toBe(1);
    expect(outcome.report.notices).toHaveLength(1);
  });
});
