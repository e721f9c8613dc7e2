// Writes a desk article's single-value fields into its shared document: the meta map's values,
// the tags and related-news arrays (changed only where they differ, so two people editing
// different entries both keep theirs), and a whole version's fields when one is restored.
import * as Y from 'yjs';
import type { ArticleFields, RelatedLink } from '../article';
import {
  ARTICLE_META_ROOT,
  ARTICLE_RELATED_ROOT,
  ARTICLE_TAGS_ROOT,
  ARTICLE_TEXT_ROOTS,
} from './article-doc';
import type { PhotoRef } from '../photos/photo-ref';

type MetaKey = 'language' | 'section' | 'leadPhoto';

/** A plain copy without the keys whose value is undefined, which a shared map cannot hold. */
function plain<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Replaces `before` by `after` in `text` by deleting and inserting only the middle that differs. */
export function applyTextChange(text: Y.Text, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  text.doc!.transact(() => {
    if (before.length - start - end > 0) text.delete(start, before.length - start - end);
    if (after.length - start - end > 0) text.insert(start, after.slice(start, after.length - end));
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets one meta value; an empty section or no lead photo removes the key, as seeding leaves it. */
export function setMetaValue(doc: Y.Doc, key: MetaKey, value: string | PhotoRef | undefined) {
  const meta = doc.getMap<unknown>(ARTICLE_META_ROOT);
  doc.transact(() => {
    if (value === undefined || value === '') {
      if (meta.has(key)) meta.delete(key);
    } else if (!sameJson(meta.get(key), value)) {
      meta.set(key, typeof value === 'string' ? value : plain(value));
    }
  });
}

/**
 * Makes `array` hold `next` by deleting and inserting only the run between the longest common
 * start and end, so entries others changed or added elsewhere in the list are left alone.
 */
export function replaceArray<T>(
  array: Y.Array<T>,
  next: readonly T[],
  same: (a: T, b: T) => boolean = sameJson,
): void {
  const before = array.toArray();
  let start = 0;
  while (start < before.length && start < next.length && same(before[start]!, next[start]!)) {
    start++;
  }
  let end = 0;
  while (
    end < before.length - start &&
    end < next.length - start &&
    same(before[before.length - 1 - end]!, next[next.length - 1 - end]!)
  ) {
    end++;
  }
  const removed = before.length - start - end;
  const added = next.slice(start, next.length - end);
  if (removed === 0 && added.length === 0) return;
  array.doc!.transact(() => {
    if (removed > 0) array.delete(start, removed);
    if (added.length > 0) array.insert(start, added);
  });
}

export function setTags(doc: Y.Doc, tags: readonly string[]): void {
  replaceArray(doc.getArray<string>(ARTICLE_TAGS_ROOT), tags);
}

export function setRelated(doc: Y.Doc, related: readonly RelatedLink[]): void {
  replaceArray(
    doc.getArray<RelatedLink>(ARTICLE_RELATED_ROOT),
    related.map((link) => plain({ ...link, target: plain(link.target) })),
  );
}

/**
 * Puts an earlier version's fields (all but the body, which the editor writes) into the document
 * in one transaction, changing only what differs from what the document holds now.
 */
export function writeFieldsIntoDoc(doc: Y.Doc, fields: Omit<ArticleFields, 'body'>): void {
  doc.transact(() => {
    for (const root of ARTICLE_TEXT_ROOTS) {
      const text = doc.getText(root);
      applyTextChange(text, text.toString(), fields[root] ?? '');
    }
    setMetaValue(doc, 'language', fields.language);
    setMetaValue(doc, 'section', fields.section);
    setMetaValue(doc, 'leadPhoto', fields.leadPhoto);
    setTags(doc, fields.tags);
    setRelated(doc, fields.related);
  });
}
