// A desk article's state and file on this computer: each state written lands in the file, and a
// file changed without the desk editor (while this computer had left the desk, say) is merged
// into the document when it opens again, never written over, and merges with the desk's changes.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { articleFieldsFromDoc, seedArticleDoc } from '../../shared/desk/client-article';
import { articleSchema } from '../../shared/schema/extensions';
import { DeskCopies } from './desk-copy';
import { writeDeskState } from './desk-state';
import { Library } from './library';

const ID = '6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const filed: ArticleFields = {
  ...emptyFields(),
  headline: 'Rice prices rise in Battambang',
  body: { type: 'doc', content: [paragraph('Traders blame the floods.'), paragraph('More soon.')] },
};

let library: Library;
let copies: DeskCopies;
let desk: Y.Doc;

beforeEach(async () => {
  library = await Library.open(await mkdtemp(path.join(os.tmpdir(), 'desk-copy-')));
  await library.create({}, ID);
  copies = new DeskCopies(() => library);
  // The desk's document, and this laptop's copy of it as last written.
  desk = new Y.Doc();
  seedArticleDoc(desk, filed, articleSchema());
  await copies.write(ID, Y.encodeStateAsUpdate(desk), 'draft');
});
afterEach(() => library.close());

const fieldsOfState = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return articleFieldsFromDoc(doc, emptyFields());
};

describe('a desk article’s copies on this computer', () => {
  it('saves every state written into the readable file, with the desk’s status', async () => {
    desk.getText('headline').insert(0, 'Update: ');
    await copies.write(ID, Y.encodeStateAsUpdate(desk), 'edited');
    const file = await library.get(ID);
    expect(file.headline).toBe('Update: Rice prices rise in Battambang');
    expect(file.status).toBe('edited');
    expect(file.body).toEqual(filed.body);
  });

  it('opens an untouched copy as it was kept', async () => {
    const state = await copies.read(ID);
    expect(Buffer.from(state!).equals(Buffer.from(Y.encodeStateAsUpdate(desk)))).toBe(true);
  });

  it('merges words written into the file without the desk editor with the desk’s own', async () => {
    // This computer had left the desk: the article was edited as a library article.
    const file = await library.get(ID);
    await library.save(ID, file.revision, {
      ...filed,
      status: file.status,
      headline: 'Rice prices rise again in Battambang',
      body: {
        type: 'doc',
        content: [paragraph('Traders blame the floods and the roads.'), paragraph('More soon.')],
      },
    });
    // Meanwhile on the desk, someone changed the second paragraph.
    const second = desk.getXmlFragment('body').get(1) as Y.XmlElement;
    (second.get(0) as Y.XmlText).insert(0, 'Prices: ');

    const opened = await copies.read(ID);
    const here = fieldsOfState(opened!);
    expect(here.headline).toBe('Rice prices rise again in Battambang');
    // Back on the desk: both people's words, in both copies.
    const merged = new Y.Doc();
    Y.applyUpdate(merged, opened!);
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(desk));
    Y.applyUpdate(desk, Y.encodeStateAsUpdate(merged));
    const fields = articleFieldsFromDoc(desk, emptyFields());
    expect(fields.headline).toBe('Rice prices rise again in Battambang');
    expect(fields.body).toEqual({
      type: 'doc',
      content: [
        paragraph('Traders blame the floods and the roads.'),
        paragraph('Prices: More soon.'),
      ],
    });
    // The state on disk holds the merge's starting point, so a second open changes nothing.
    const again = await copies.read(ID);
    expect(Buffer.from(again!).equals(Buffer.from(opened!))).toBe(true);
  });

  it('never takes an older file over a newer state left by a crash between the two writes', async () => {
    desk.getText('headline').insert(0, 'Update: ');
    // The state was written, then the host stopped before the file was saved.
    await writeDeskState(library.root, ID, Y.encodeStateAsUpdate(desk));
    const opened = await copies.read(ID);
    expect(fieldsOfState(opened!).headline).toBe('Update: Rice prices rise in Battambang');
    await copies.write(ID, opened!, 'draft');
    const file = JSON.parse(
      await readFile(path.join(library.root, 'articles', `${ID}.json`), 'utf8'),
    ) as { headline: string };
    expect(file.headline).toBe('Update: Rice prices rise in Battambang');
  });

  it('records a status the desk took in the file at once, with who changed it', async () => {
    await copies.setStatus(ID, 'approved', 'Dara');
    const file = await library.get(ID);
    expect(file.status).toBe('approved');
    const versions = await library.listVersions(ID);
    expect(JSON.stringify(versions)).toContain('Dara');
    // The file still matches the state: opening it changes nothing.
    const opened = await copies.read(ID);
    expect(Buffer.from(opened!).equals(Buffer.from(Y.encodeStateAsUpdate(desk)))).toBe(true);
  });

  it('refuses bytes that are no shared state and keeps the last good copy', async () => {
    const before = await copies.read(ID);
    await expect(copies.write(ID, new Uint8Array([0xde, 0xad, 0xbe, 0xef]))).rejects.toThrow(
      /could not be read/,
    );
    expect(Buffer.from((await copies.read(ID))!).equals(Buffer.from(before!))).toBe(true);
    // A copy damaged on disk opens from the desk instead.
    await writeDeskState(library.root, ID, new Uint8Array([1, 2, 3]));
    expect(await copies.read(ID)).toBeNull();
  });
});
