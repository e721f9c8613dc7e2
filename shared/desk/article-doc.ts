// The layout of a desk article's Yjs document: which shared types hold which fields. Only
// content lives here; workflow facts (status, approvals, assignee) are kept by the desk server
// in the desk directory, which clients can read but never write.
import { ArticleIdSchema } from '../ids';

/** The document every member reads: the desk's articles, people, ticker and publication. */
export const DESK_DOC_NAME = 'desk';

const ARTICLE_DOC_PREFIX = 'article:';

export function articleDocName(id: string): string {
  return `${ARTICLE_DOC_PREFIX}${ArticleIdSchema.parse(id)}`;
}

/** The article id a document name stands for, or null when it names no desk article. */
export function articleIdOf(docName: string): string | null {
  if (!docName.startsWith(ARTICLE_DOC_PREFIX)) return null;
  const id = docName.slice(ARTICLE_DOC_PREFIX.length);
  return ArticleIdSchema.safeParse(id).success ? id : null;
}

/**
 * Root types of an article document. Each text field is its own Y.Text so two people typing in
 * the headline merge letter by letter; the body is the XmlFragment TipTap's Collaboration
 * extension binds to (`field: 'body'`).
 */
export const ARTICLE_TEXT_ROOTS = [
  'headline',
  'shortHeadline',
  'standfirst',
  'byline',
  'dateline',
  'datelineDate',
  'datelineAgency',
  'notes',
] as const;
export type ArticleTextRoot = (typeof ARTICLE_TEXT_ROOTS)[number];

export const ARTICLE_BODY_ROOT = 'body';
/**
 * Y.Map of single values, last writer wins: language (BCP 47), section, and the lead photo (a
 * plain object in the shape of `PhotoRefSchema`, absent when the article has none).
 */
export const ARTICLE_META_ROOT = 'meta';
export const ARTICLE_META_KEYS = ['language', 'section', 'leadPhoto'] as const;
/** Y.Array of tag strings. */
export const ARTICLE_TAGS_ROOT = 'tags';
/** Y.Array of related links, each a plain object in the shape of `RelatedLinkSchema`. */
export const ARTICLE_RELATED_ROOT = 'related';

export const ARTICLE_ROOTS: readonly string[] = [
  ...ARTICLE_TEXT_ROOTS,
  ARTICLE_BODY_ROOT,
  ARTICLE_META_ROOT,
  ARTICLE_TAGS_ROOT,
  ARTICLE_RELATED_ROOT,
];

/** The keys a client may create in a root map; a root absent here takes no keys at all. */
export const ARTICLE_ROOT_KEYS: Readonly<Record<string, readonly string[]>> = {
  [ARTICLE_META_ROOT]: ARTICLE_META_KEYS,
};
