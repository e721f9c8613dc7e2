// A desk article's fields as its open screen needs them, read from the shared document: the
// single values the settings show (following every change, whoever made it), the whole article
// for the Preview, the checklist and Export, and a counter that moves on every change.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as Y from 'yjs';
import type { Article, RelatedLink } from '../../../shared/article';
import {
  ARTICLE_META_ROOT,
  ARTICLE_RELATED_ROOT,
  ARTICLE_TAGS_ROOT,
} from '../../../shared/desk/article-doc';
import { articleFieldsFromDoc } from '../../../shared/desk/client-article';
import { PhotoRefSchema, type PhotoRef } from '../../../shared/photos/photo-ref';
import { observable } from '../../lib/observable';
import type { DraftFields } from '../editor/use-article-draft';
import { fieldsOf } from './desk-article-copy';
import { useDeskStore } from './desk-store';
import { setMetaValue, setRelated, setTags } from '../../../shared/desk/doc-fields';

export interface DeskValues {
  language: string;
  section: string;
  tags: string[];
  related: RelatedLink[];
  leadPhoto: PhotoRef | undefined;
}

function readValues(doc: Y.Doc, fallbackLanguage: string): DeskValues {
  const meta = doc.getMap<unknown>(ARTICLE_META_ROOT);
  const language = meta.get('language');
  const section = meta.get('section');
  const photo = PhotoRefSchema.safeParse(meta.get('leadPhoto'));
  return {
    language: typeof language === 'string' ? language : fallbackLanguage,
    section: typeof section === 'string' ? section : '',
    tags: doc.getArray<string>(ARTICLE_TAGS_ROOT).toArray(),
    related: doc.getArray<RelatedLink>(ARTICLE_RELATED_ROOT).toArray(),
    leadPhoto: photo.success ? photo.data : undefined,
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useDeskFields(doc: Y.Doc, article: Article) {
  const [values, setValues] = useState(() => readValues(doc, article.language));
  // Bumped on every change to the document; the open panels listen, nothing else re-renders.
  const version = useMemo(() => observable(0), []);
  // The lead photo panel keeps its own state, so a photo it did not set itself remounts it.
  const [photoKey, setPhotoKey] = useState(0);
  const photoShown = useRef(values.leadPhoto);

  useEffect(() => {
    const meta = doc.getMap(ARTICLE_META_ROOT);
    const tags = doc.getArray(ARTICLE_TAGS_ROOT);
    const related = doc.getArray(ARTICLE_RELATED_ROOT);
    const reread = () => {
      const next = readValues(doc, article.language);
      setValues(next);
      if (!sameJson(next.leadPhoto, photoShown.current)) {
        photoShown.current = next.leadPhoto;
        setPhotoKey((key) => key + 1);
      }
    };
    const bump = () => version.set(version.get() + 1);
    reread();
    meta.observe(reread);
    tags.observe(reread);
    related.observe(reread);
    doc.on('update', bump);
    return () => {
      meta.unobserve(reread);
      tags.unobserve(reread);
      related.unobserve(reread);
      doc.off('update', bump);
    };
  }, [doc, article.language, version]);

  const readArticle = useCallback(
    (): Article => ({
      ...article,
      ...articleFieldsFromDoc(doc, fieldsOf(article)),
      status: useDeskStore.getState().entries[article.id]?.status ?? article.status,
    }),
    [doc, article],
  );
  /** The fields but the body, cheaply: read on every change by the line under the headline. */
  const readFields = useCallback((): DraftFields => {
    const { body: _body, ...rest } = fieldsOf(article);
    return {
      ...rest,
      byline: doc.getText('byline').toString(),
      dateline: doc.getText('dateline').toString(),
    };
  }, [doc, article]);

  return {
    values,
    version,
    photoKey,
    readArticle,
    readFields,
    setSection: (section: string) => setMetaValue(doc, 'section', section),
    setLanguage: (language: string) => setMetaValue(doc, 'language', language),
    setTags: (tags: string[]) => setTags(doc, tags),
    setRelated: (links: RelatedLink[]) => setRelated(doc, links),
    setLeadPhoto: (photo: PhotoRef | undefined) => {
      // Kept as the document will give it back (the schema's key order), so it compares equal.
      photoShown.current = photo && PhotoRefSchema.parse(photo);
      setMetaValue(doc, 'leadPhoto', photo);
    },
  };
}

export type DeskFields = ReturnType<typeof useDeskFields>;
