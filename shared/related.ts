// The rules of an article's "Related News" list: which links it may hold, how two links are told
// apart, and which title each one shows. Pure, so the editor, import and export agree.
import type { ArticleSummary, LinkTarget, RelatedLink } from './article';
import { newEntryId } from './ids';
import { isWebUrl } from './schema/link-policy';
import { checkWebAddress } from './schema/web-address';

/** Matches RelatedLinkSchema and ArticleFieldsSchema; checked here so the writer gets a message. */
export const RELATED_LIMIT = 50;
export const RELATED_TITLE_LIMIT = 300;

export const UNTITLED_ARTICLE = 'Untitled article';

/** A refusal in English (`message`) and by name (`problem`), which the interface words itself. */
export interface Refusal {
  ok: false;
  message: string;
  problem: string;
  values?: Record<string, string | number>;
}

export type RelatedCheck = { ok: true } | Refusal;
export type RelatedUrlCheck = { ok: true; url: string } | Refusal;

const refuse = (
  problem: string,
  message: string,
  values?: Record<string, string | number>,
): Refusal => ({ ok: false, message, problem, ...(values && { values }) });

/** A related link's address, by the one rule for typed web addresses (`checkWebAddress`). */
export const checkRelatedUrl = (input: string): RelatedUrlCheck =>
  checkWebAddress(input, 'related');

/**
 * A key under which two addresses of the same page are equal: host case, a "www." prefix, the
 * default port, http versus https, a trailing slash and the #fragment make no difference.
 * For comparing only; the address stored is the one the writer gave.
 */
export function normaliseUrlForComparison(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const defaultPort = parsed.port === '' || parsed.port === '80' || parsed.port === '443';
  const port = defaultPort ? '' : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  const query = parsed.search === '?' ? '' : parsed.search;
  return `web://${host}${port}${path}${query}`;
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  if (a.kind === 'article' && b.kind === 'article') return a.articleId === b.articleId;
  if (a.kind === 'url' && b.kind === 'url') {
    return normaliseUrlForComparison(a.url) === normaliseUrlForComparison(b.url);
  }
  return false;
}

/**
 * Whether `candidate` may join (or, with `replacing`, take the place of a link in) the list of
 * an article whose id is `selfId`.
 */
export function checkNewRelatedLink(
  existing: readonly RelatedLink[],
  candidate: LinkTarget,
  selfId: string,
  options: { replacing?: string } = {},
): RelatedCheck {
  const others = existing.filter((link) => link.id !== options.replacing);
  if (options.replacing === undefined && others.length >= RELATED_LIMIT) {
    return refuse('related-full', `Related news holds at most ${RELATED_LIMIT} links.`, {
      limit: RELATED_LIMIT,
    });
  }
  if (candidate.kind === 'article' && candidate.articleId === selfId) {
    return refuse('related-self', 'An article cannot be related to itself.');
  }
  if (candidate.kind === 'url') {
    const checked = checkRelatedUrl(candidate.url);
    if (!checked.ok) return checked;
  }
  const duplicate = others.find((link) => sameTarget(link.target, candidate));
  if (duplicate) {
    const what = candidate.kind === 'article' ? 'This article' : 'This web address';
    const title = duplicate.title.trim();
    const problem = `${candidate.kind === 'article' ? 'article' : 'page'}-linked`;
    return title
      ? refuse(`${problem}-as`, `${what} is already in the related news, as “${title}”.`, {
          title,
        })
      : refuse(problem, `${what} is already in the related news.`);
  }
  return { ok: true };
}

/** A title the writer typed: required for a web link, and no longer than the list allows. */
export function checkRelatedTitle(title: string): RelatedCheck {
  const trimmed = title.trim();
  if (trimmed === '') return refuse('title-empty', 'Type a title for the link.');
  if (trimmed.length > RELATED_TITLE_LIMIT) {
    return refuse('title-too-long', `Titles are limited to ${RELATED_TITLE_LIMIT} characters.`, {
      limit: RELATED_TITLE_LIMIT,
    });
  }
  return { ok: true };
}

export function newArticleLink(article: Pick<ArticleSummary, 'id' | 'headline'>): RelatedLink {
  return {
    id: newEntryId(),
    title: article.headline.trim().slice(0, RELATED_TITLE_LIMIT),
    titleEdited: false,
    target: { kind: 'article', articleId: article.id },
  };
}

export function newUrlLink(url: string, title: string): RelatedLink {
  return { id: newEntryId(), title: title.trim(), titleEdited: true, target: { kind: 'url', url } };
}

export interface ResolvedRelatedLink {
  /** What the list shows. */
  title: string;
  /** The linked library article, when it is still in the library. */
  article?: ArticleSummary;
  /** A library link whose article was deleted (or moved to the trash). */
  missing: boolean;
  /** The title is the placeholder for an article without a headline; each language says it. */
  untitled: boolean;
}

/**
 * What a link shows, given the library as it is now. `library` is undefined while the library
 * has not been read yet, so nothing is flagged as missing before we know.
 */
export function resolveRelatedLink(
  link: RelatedLink,
  library: ReadonlyMap<string, ArticleSummary> | undefined,
): ResolvedRelatedLink {
  if (link.target.kind === 'url') return { title: link.title, missing: false, untitled: false };
  const article = library?.get(link.target.articleId);
  if (!article) {
    const untitled = !link.title.trim();
    return {
      title: untitled ? UNTITLED_ARTICLE : link.title.trim(),
      missing: library !== undefined,
      untitled,
    };
  }
  const untitled = !link.titleEdited && !article.headline.trim();
  const title = link.titleEdited ? link.title : article.headline.trim() || UNTITLED_ARTICLE;
  return { title, article, missing: false, untitled };
}

/** Stores each untouched library link under its article's current headline. */
export function withCurrentHeadlines(
  links: readonly RelatedLink[],
  library: ReadonlyMap<string, ArticleSummary>,
): RelatedLink[] {
  return links.map((link) => {
    if (link.titleEdited || link.target.kind !== 'article') return link;
    const headline = library.get(link.target.articleId)?.headline.trim();
    if (!headline || headline === link.title) return link;
    return { ...link, title: headline.slice(0, RELATED_TITLE_LIMIT) };
  });
}

/** The list with the item at `index` moved by `offset` places; unchanged when it cannot move. */
export function moveRelatedLink<T>(list: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}

export type RelatedEdit = { ok: true; links: RelatedLink[] } | Refusal;

/**
 * The list after the writer edited one link's title (and, for a web link, its address). For a
 * library link, an empty title or the current headline means "follow the headline" again.
 */
export function applyRelatedEdit(
  links: readonly RelatedLink[],
  linkId: string,
  edit: { title: string; url?: string },
  selfId: string,
  currentHeadline?: string,
): RelatedEdit {
  const link = links.find((item) => item.id === linkId);
  if (!link) return refuse('link-gone', 'This link is no longer in the list.');
  const title = edit.title.trim();
  let next: RelatedLink;
  if (link.target.kind === 'article') {
    const headline = currentHeadline?.trim();
    if (title === '' || title === headline) {
      next = { ...link, title: headline ?? link.title, titleEdited: false };
    } else {
      const checked = checkRelatedTitle(title);
      if (!checked.ok) return checked;
      next = { ...link, title, titleEdited: true };
    }
  } else {
    const address = checkRelatedUrl(edit.url ?? link.target.url);
    if (!address.ok) return address;
    const target = { kind: 'url', url: address.url } as const;
    const allowed = checkNewRelatedLink(links, target, selfId, { replacing: link.id });
    if (!allowed.ok) return allowed;
    const checked = checkRelatedTitle(title);
    if (!checked.ok) return checked;
    next = { ...link, title, titleEdited: true, target };
  }
  return { ok: true, links: links.map((item) => (item.id === linkId ? next : item)) };
}

/**
 * An article read from disk, without related links to anything but web pages: a hand-edited or
 * foreign file with a javascript: or data: related link still opens, with that link left out.
 * Takes and returns the parsed JSON before the schema checks it.
 */
export function withoutUnsafeRelated(value: unknown): unknown {
  const related = (value as { related?: unknown } | null)?.related;
  if (!Array.isArray(related)) return value;
  const safe = related.filter((link: unknown) => {
    const target = (link as { target?: { kind?: unknown; url?: unknown } } | null)?.target;
    return target?.kind !== 'url' || (typeof target.url === 'string' && isWebUrl(target.url));
  });
  return safe.length === related.length ? value : { ...(value as object), related: safe };
}
