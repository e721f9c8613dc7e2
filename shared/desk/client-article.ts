// A desk article's fields and its Yjs document, both ways: the fields of a local article seed
// the document once when it is filed, and the document gives back the fields the library saves,
// so the file in articles/ stays a full, readable copy.
import type { Schema } from '@tiptap/pm/model';
import {
  prosemirrorJSONToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProsemirrorJSON,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { emptyBody, type ArticleBody, type ArticleFields } from '../article';
import { writeFieldsIntoDoc } from './doc-fields';
import { FIGURE_NODE, photoOfFigure, PhotoRefSchema, type PhotoRef } from '../photos/photo-ref';
import {
  ARTICLE_BODY_ROOT,
  ARTICLE_META_ROOT,
  ARTICLE_RELATED_ROOT,
  ARTICLE_TAGS_ROOT,
  ARTICLE_TEXT_ROOTS,
} from './article-doc';

/** Whether nothing has been written into the document yet. */
export function isArticleDocEmpty(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

export function seedArticleDoc(doc: Y.Doc, fields: ArticleFields, schema: Schema): void {
  doc.transact(() => {
    for (const root of ARTICLE_TEXT_ROOTS) {
      if (fields[root]) doc.getText(root).insert(0, fields[root]);
    }
    prosemirrorJSONToYXmlFragment(schema, fields.body, doc.getXmlFragment(ARTICLE_BODY_ROOT));
    const meta = doc.getMap<unknown>(ARTICLE_META_ROOT);
    meta.set('language', fields.language);
    if (fields.section) meta.set('section', fields.section);
    if (fields.leadPhoto) meta.set('leadPhoto', { ...fields.leadPhoto });
    if (fields.tags.length > 0) doc.getArray<string>(ARTICLE_TAGS_ROOT).push(fields.tags);
    if (fields.related.length > 0) {
      doc.getArray(ARTICLE_RELATED_ROOT).push(fields.related.map((link) => ({ ...link })));
    }
  });
}

/** The article's fields as the document holds them; what it does not hold comes from `base`. */
export function articleFieldsFromDoc(doc: Y.Doc, base: ArticleFields): ArticleFields {
  const meta = doc.getMap<unknown>(ARTICLE_META_ROOT);
  const language = meta.get('language');
  const section = meta.get('section');
  const leadPhoto = PhotoRefSchema.safeParse(meta.get('leadPhoto'));
  const texts = Object.fromEntries(
    ARTICLE_TEXT_ROOTS.map((root) => [root, doc.getText(root).toString()]),
  ) as Record<(typeof ARTICLE_TEXT_ROOTS)[number], string>;
  const body = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(ARTICLE_BODY_ROOT)) as ArticleBody;
  return {
    ...base,
    ...texts,
    body: body.content?.length ? stripNulls(body) : emptyBody(),
    language: typeof language === 'string' ? language : base.language,
    section: typeof section === 'string' ? section : '',
    leadPhoto: leadPhoto.success ? leadPhoto.data : undefined,
    tags: doc.getArray<string>(ARTICLE_TAGS_ROOT).toArray(),
    related: doc.getArray(ARTICLE_RELATED_ROOT).toArray() as ArticleFields['related'],
  };
}

/** Yjs keeps unset attributes as null and marks without any as `attrs: {}`; the body leaves both out. */
function stripNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripNulls) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => v !== null && v !== undefined && !(k === 'attrs' && isEmptyObject(v)))
      .map(([k, v]) => [k, stripNulls(v)]),
  ) as T;
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/**
 * The photos the document shows, lead photo first, read from its shared types alone (no schema
 * needed): the laptop fetches their originals from the desk and sends it those it added.
 */
export function articlePhotosOfDoc(doc: Y.Doc): PhotoRef[] {
  const found: PhotoRef[] = [];
  const lead = PhotoRefSchema.safeParse(doc.getMap<unknown>(ARTICLE_META_ROOT).get('leadPhoto'));
  if (lead.success) found.push(lead.data);
  const visit = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === FIGURE_NODE) {
        const photo = photoOfFigure(child.getAttributes() as Record<string, unknown>);
        if (photo) found.push(photo);
      } else visit(child);
    }
  };
  visit(doc.getXmlFragment(ARTICLE_BODY_ROOT));
  return found;
}

/**
 * Brings the document to `fields` with the smallest changes that get there: a text field keeps
 * what it shares with the new text at either end, the body is updated node by node as the editor
 * would, and single values are set only where they differ. Run on this computer's copy before it
 * meets the desk, the changes merge with everyone else's like typing. Returns whether anything
 * changed.
 */
export function bringDocTo(doc: Y.Doc, fields: ArticleFields, schema: Schema): boolean {
  let changed = false;
  const noteChange = () => (changed = true);
  doc.on('update', noteChange);
  doc.transact(() => {
    const { body, ...rest } = fields;
    writeFieldsIntoDoc(doc, rest);
    updateYFragment(doc, doc.getXmlFragment(ARTICLE_BODY_ROOT), schema.nodeFromJSON(body), {
      mapping: new Map(),
      isOMark: new Map(),
    });
  });
  doc.off('update', noteChange);
  return changed;
}
