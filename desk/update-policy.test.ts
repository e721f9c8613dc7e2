// What the desk takes from a client: content in an article's known fields, nothing in the
// directory, nothing past the size cap.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DESK_DOC_NAME } from '../shared/desk/article-doc';
import { judgeUpdate } from './update-policy';

function change(
  edit: (doc: Y.Doc) => void,
  base = new Y.Doc(),
): { base: Y.Doc; update: Uint8Array } {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(client);
  edit(client);
  return { base, update: Y.encodeStateAsUpdate(client, before) };
}

const judge = (docName: string, base: Y.Doc, update: Uint8Array, storedBytes = 0) =>
  judgeUpdate({ docName, update, doc: base, storedBytes, maxDocumentBytes: 1_000 });

describe('the update policy', () => {
  it("takes text in an article's fields, body and known metadata", () => {
    const { base, update } = change((doc) => {
      doc.getText('headline').insert(0, 'Floods');
      doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')]);
      doc.getMap('meta').set('section', 'Nation');
      doc.getArray('tags').push(['weather']);
    });
    expect(judge('article:x', base, update)).toEqual({ take: true, empty: false });
  });

  it('refuses workflow fields planted in an article', () => {
    const root = change((doc) => doc.getMap('workflow').set('status', 'approved'));
    expect(judge('article:x', root.base, root.update)).toMatchObject({
      take: false,
      code: 'forbidden',
    });
    const key = change((doc) => doc.getMap('meta').set('status', 'approved'));
    expect(judge('article:x', key.base, key.update)).toMatchObject({
      take: false,
      code: 'forbidden',
    });
  });

  it('refuses any change to the desk directory, and takes a client that only catches up', () => {
    const base = new Y.Doc();
    base.getMap('articles').set('a', { status: 'draft' });
    const forged = change((doc) => doc.getMap('articles').set('a', { status: 'approved' }), base);
    expect(judge(DESK_DOC_NAME, base, forged.update)).toMatchObject({
      take: false,
      code: 'forbidden',
    });
    expect(judge(DESK_DOC_NAME, base, Y.encodeStateAsUpdate(base))).toMatchObject({ take: true });
  });

  it('refuses what is not a Yjs update, and what would pass the size cap', () => {
    expect(judge('article:x', new Y.Doc(), new Uint8Array([9, 9, 9, 9]))).toMatchObject({
      take: false,
      code: 'invalid',
    });
    const big = change((doc) => doc.getText('notes').insert(0, 'x'.repeat(600)));
    expect(judge('article:x', big.base, big.update, 0)).toMatchObject({ take: true });
    expect(judge('article:x', big.base, big.update, 500)).toMatchObject({
      take: false,
      code: 'too-large',
    });
  });
});
