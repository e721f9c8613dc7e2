// Word documents' pictures kept as photos of the library, with the alt text Word held for them.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TipTapNode } from '../../../shared/article';
import { sampleJpeg, samplePng } from '../../../test-support/electron/photo-samples';
import { buildDocx, paragraph } from '../../../test-support/electron/services/docx-builder';
import { importFile } from '../import-file';
import { Library } from '../library';

let root: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-docx-photos-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

const figures = (body: { content?: TipTapNode[] }) =>
  (body.content ?? []).filter((node) => node.type === 'figure');

describe('pictures in an imported Word document', () => {
  it('become photos of the library with their alt text, where they stood', async () => {
    const png = await samplePng(320, 240);
    const bytes = await buildDocx(
      [
        { kind: 'paragraph', style: 'Title', runs: ['Photo Essay'] },
        paragraph('Phnom Penh: Before the picture.'),
        { kind: 'image' },
        paragraph('After the picture.'),
      ],
      { image: png },
    );
    const outcome = await importFile(library, 'essay.docx', bytes);
    const stored = await library.get(outcome.article.id);
    const [figure] = figures(stored.body);
    expect(figure?.attrs).toMatchObject({ format: 'png', width: 320, height: 240, alt: 'A photo' });
    expect(await readdir(path.join(root, 'media'))).toEqual([`${String(figure!.attrs!.hash)}.png`]);
    expect(stored.body.content!.map((node) => node.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
    ]);
    expect(outcome.report.notices).toEqual([]);
  });

  it('leave out a picture that is no photo, and say so', async () => {
    const bytes = await buildDocx([paragraph('Phnom Penh: Text.'), { kind: 'image' }]);
    const outcome = await importFile(library, 'broken.docx', bytes);
    expect(figures((await library.get(outcome.article.id)).body)).toEqual([]);
    expect(outcome.report.notices).toContain(
      '1 picture was left out: only JPEG, PNG, WebP and AVIF photos can be kept.',
    );
  });

  it('are kept as what their bytes are when the document names them wrongly', async () => {
    // Filed in the document as image1.png, image/png: the bytes are a JPEG.
    const jpeg = await sampleJpeg({ width: 300, height: 200 });
    const bytes = await buildDocx([paragraph('Phnom Penh: Text.'), { kind: 'image' }], {
      image: jpeg,
    });
    const outcome = await importFile(library, 'misnamed.docx', bytes);
    const [figure] = figures((await library.get(outcome.article.id)).body);
    expect(figure?.attrs).toMatchObject({ format: 'jpeg', width: 300, height: 200 });
    expect(await readdir(path.join(root, 'media'))).toEqual([`${String(figure!.attrs!.hash)}.jpg`]);
    expect(outcome.report.notices).toEqual([]);
  });
});
