// Brings an article file written by an older Dateline up to the current schema version.
// Each step takes one version to the next; a file is never rewritten just for being read.
import { ARTICLE_SCHEMA_VERSION } from './article';
import { newEntryId } from './ids';
import { splitDateline } from './import/dateline';

type Json = Record<string, unknown>;

const steps: Record<number, (article: Json) => Json> = {
  // Version 2 adds the newsroom fields and points related links at articles or URLs.
  1: (article) => ({
    ...article,
    schemaVersion: 2,
    shortHeadline: '',
    section: '',
    tags: [],
    notes: '',
    related: Array.isArray(article.related)
      ? article.related.map((link: Json) => ({
          id: newEntryId(),
          title: typeof link?.title === 'string' ? link.title : '',
          titleEdited: true,
          target: { kind: 'url', url: typeof link?.url === 'string' ? link.url : '' },
        }))
      : [],
  }),
  // Version 3 keeps the dateline's date and agency apart from its place.
  2: (article) => {
    if (typeof article.dateline !== 'string') return { ...article, schemaVersion: 3 };
    const parts = splitDateline(article.dateline);
    return {
      ...article,
      schemaVersion: 3,
      dateline: parts.place,
      datelineDate: parts.date ?? '',
      datelineAgency: parts.agency ?? '',
    };
  },
  // Version 4 can carry an approval record and corrections; an older file has neither, since
  // who approved it and when was never kept.
  3: (article) => ({ ...article, schemaVersion: 4 }),
};

/** Returns the article in the current shape, or the input unchanged when it is not an older one. */
export function migrateArticle(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let article = raw as Json;
  while (
    typeof article.schemaVersion === 'number' &&
    article.schemaVersion < ARTICLE_SCHEMA_VERSION &&
    steps[article.schemaVersion]
  ) {
    article = steps[article.schemaVersion]!(article);
  }
  return article;
}
