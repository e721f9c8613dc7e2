import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArticleFieldsSchema, emptyFields, type ArticleFields } from '../article';
import { articleSchema } from '../schema/extensions';
import {
  articleFieldsFromDoc,
  articlePhotosOfDoc,
  bringDocTo,
  isArticleDocEmpty,
  seedArticleDoc,
} from './client-article';

const fields: ArticleFields = {
  ...emptyFields(),
  headline: 'Floodwaters recede in Kampong Cham',
  standfirst: 'Farmers return to their fields.',
  byline: 'Sokha Chan',
  dateline: 'Kampong Cham',
  datelineDate: '2024-10-02',
  datelineAgency: 'AKP',
  section: 'National',
  tags: ['flood', 'farming'],
  notes: 'Check the figures with the ministry.',
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'The water' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Rain fell for ' },
          { type: 'text', text: 'three', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' days. ' },
          {
            type: 'text',
            text: 'More',
            marks: [{ type: 'link', attrs: { href: 'https://example.org/more' } }],
          },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ភ្នំពេញ' }] }],
          },
        ],
      },
    ],
  },
};

describe('a desk article’s fields and its Yjs document', () => {
  it('seeds a document that gives the same fields back, on another computer too', () => {
    const doc = new Y.Doc();
    expect(isArticleDocEmpty(doc)).toBe(true);
    seedArticleDoc(doc, fields, articleSchema());
    expect(isArticleDocEmpty(doc)).toBe(false);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    const back = articleFieldsFromDoc(elsewhere, emptyFields());
    expect(ArticleFieldsSchema.parse(back)).toEqual(back);
    expect(back.body).toEqual(fields.body);
    expect({ ...back, body: null }).toEqual({ ...fields, body: null });
  });

  it('merges two people’s edits to different fields', () => {
    const a = new Y.Doc();
    seedArticleDoc(a, fields, articleSchema());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.getText('headline').insert(0, 'Update: ');
    b.getText('notes').insert(0, 'Photo to come. ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fromA = articleFieldsFromDoc(a, emptyFields());
    expect(fromA).toEqual(articleFieldsFromDoc(b, emptyFields()));
    expect(fromA.headline).toBe('Update: Floodwaters recede in Kampong Cham');
    expect(fromA.notes).toBe('Photo to come. Check the figures with the ministry.');
  });

  it('carries the lead photo and the photos in the text to another computer', () => {
    const photo = {
      hash: 'a'.repeat(64),
      format: 'jpeg' as const,
      width: 1600,
      height: 900,
      alt: 'Boats moored on the Mekong at dusk',
      caption: 'The river at Kampong Cham.',
      credit: 'Sokha Chan',
    };
    const withPhotos: ArticleFields = {
      ...fields,
      leadPhoto: { ...photo, focusX: 0.3, focusY: 0.6 },
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Before the photo.' }] },
          { type: 'figure', attrs: { ...photo, hash: 'b'.repeat(64), alt: 'A flooded road' } },
        ],
      },
    };
    const doc = new Y.Doc();
    seedArticleDoc(doc, withPhotos, articleSchema());
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    const back = articleFieldsFromDoc(elsewhere, emptyFields());
    expect(back.leadPhoto).toEqual(withPhotos.leadPhoto);
    expect(back.body).toEqual(withPhotos.body);
    expect(articlePhotosOfDoc(elsewhere).map((found) => found.hash)).toEqual([
      'a'.repeat(64),
      'b'.repeat(64),
    ]);

    doc.getMap('meta').delete('leadPhoto');
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    expect(articleFieldsFromDoc(elsewhere, withPhotos).leadPhoto).toBeUndefined();
    expect(articlePhotosOfDoc(elsewhere).map((found) => found.hash)).toEqual(['b'.repeat(64)]);
  });
});

describe('bringing a desk article’s document to fields changed elsewhere', () => {
  const paragraph = (text: string) => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  });

  it('changes only what differs, so it merges with another person’s edits', () => {
    const start: ArticleFields = {
      ...fields,
      body: { type: 'doc', content: [paragraph('First.'), paragraph('Second.')] },
    };
    const mine = new Y.Doc();
    seedArticleDoc(mine, start, articleSchema());
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    expect(bringDocTo(mine, articleFieldsFromDoc(mine, start), articleSchema())).toBe(false);

    // Here: the headline, the first paragraph and the tags changed in the file.
    const changed = bringDocTo(
      mine,
      {
        ...start,
        headline: 'Floodwaters recede across Kampong Cham',
        tags: ['flood'],
        body: { type: 'doc', content: [paragraph('First, changed.'), paragraph('Second.')] },
      },
      articleSchema(),
    );
    expect(changed).toBe(true);
    // There: someone else added to the second paragraph and the standfirst meanwhile.
    const second = theirs.getXmlFragment('body').get(1) as Y.XmlElement;
    (second.get(0) as Y.XmlText).insert('Second.'.length, ' And more.');
    theirs.getText('standfirst').insert(0, 'Now: ');

    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    const merged = articleFieldsFromDoc(mine, emptyFields());
    expect(merged).toEqual(articleFieldsFromDoc(theirs, emptyFields()));
    expect(merged.headline).toBe('Floodwaters recede across Kampong Cham');
    expect(merged.standfirst).toBe('Now: Farmers return to their fields.');
    expect(merged.tags).toEqual(['flood']);
    expect(merged.body).toEqual({
      type: 'doc',
      content: [paragraph('First, changed.'), paragraph('Second. And more.')],
    });
  });

  it('removes a word taken out of the headline', () => {
    const doc = new Y.Doc();
    seedArticleDoc(doc, fields, articleSchema());
    expect(bringDocTo(doc, { ...fields, headline: 'Floodwaters recede' }, articleSchema())).toBe(
      true,
    );
    expect(doc.getText('headline').toString()).toBe('Floodwaters recede');
  });
});
