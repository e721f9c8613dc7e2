// Two people changing a desk article's settings at once: each change lands in the shared
// document, and changes to different fields (or different tags and links) are all kept.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyFields, type RelatedLink } from '../article';
import { articleFieldsFromDoc, seedArticleDoc } from './client-article';
import type { PhotoRef } from '../photos/photo-ref';
import { articleSchema } from '../schema/extensions';
import { setMetaValue, setRelated, setTags, writeFieldsIntoDoc } from './doc-fields';

const base = { ...emptyFields(), tags: ['floods', 'roads', 'weather'] };

function pair(): [Y.Doc, Y.Doc] {
  const first = new Y.Doc();
  seedArticleDoc(first, base, articleSchema());
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  return [first, second];
}

/** Exchanges what each document has that the other lacks, as the desk would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const read = (doc: Y.Doc) => articleFieldsFromDoc(doc, base);

const link = (id: string, title: string): RelatedLink => ({
  id,
  title,
  titleEdited: true,
  target: { kind: 'url', url: `https://example.org/${id}` },
});

const photo: PhotoRef = {
  hash: 'a'.repeat(64),
  format: 'jpeg',
  width: 1600,
  height: 900,
  alt: 'The river road under water',
  caption: 'Water over the road',
  credit: 'Sokha',
};

describe('a desk article’s settings in its shared document', () => {
  it('keeps both people’s changes to different fields', () => {
    const [reporter, editor] = pair();
    setMetaValue(editor, 'section', 'National');
    setTags(reporter, [...base.tags, 'Mekong']);
    sync(reporter, editor);
    for (const doc of [reporter, editor]) {
      expect(read(doc).section).toBe('National');
      expect(read(doc).tags).toEqual(['floods', 'roads', 'weather', 'Mekong']);
    }
  });

  it('keeps a tag one person added while the other removed another', () => {
    const [reporter, editor] = pair();
    setTags(reporter, ['floods', 'weather']);
    setTags(editor, ['floods', 'roads', 'weather', 'rain']);
    sync(reporter, editor);
    expect(read(reporter).tags).toEqual(['floods', 'weather', 'rain']);
    expect(read(editor).tags).toEqual(read(reporter).tags);
  });

  it('changes only the related link that changed', () => {
    const [reporter, editor] = pair();
    setRelated(reporter, [link('a1', 'First'), link('b2', 'Second')]);
    sync(reporter, editor);
    setRelated(reporter, [link('a1', 'First, retitled'), link('b2', 'Second')]);
    setRelated(editor, [link('a1', 'First'), link('b2', 'Second'), link('c3', 'Third')]);
    sync(reporter, editor);
    expect(read(editor).related.map((item) => item.title)).toEqual([
      'First, retitled',
      'Second',
      'Third',
    ]);
    expect(read(reporter).related).toEqual(read(editor).related);
  });

  it('sets and removes the lead photo, and writes nothing when nothing changed', () => {
    const [doc] = pair();
    setMetaValue(doc, 'leadPhoto', { ...photo, focusX: undefined });
    expect(read(doc).leadPhoto).toEqual(photo);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    setMetaValue(doc, 'leadPhoto', photo);
    setTags(doc, base.tags);
    expect(updates).toHaveLength(0);
    setMetaValue(doc, 'leadPhoto', undefined);
    expect(read(doc).leadPhoto).toBeUndefined();
    expect(doc.getMap('meta').has('leadPhoto')).toBe(false);
  });

  it('writes a whole version’s fields in one change', () => {
    const [doc] = pair();
    const version = {
      ...base,
      headline: 'Floods close the river road',
      standfirst: 'Water rose overnight.',
      section: 'National',
      language: 'km',
      tags: ['floods'],
      related: [link('a1', 'First')],
      leadPhoto: photo,
    };
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const { body: _body, ...fields } = version;
    writeFieldsIntoDoc(doc, fields);
    expect(transactions).toBe(1);
    const { body: _read, ...back } = read(doc);
    expect(back).toEqual(fields);
  });
});
