// Checks a stored body against the article schema, drops links the policy refuses, keeps
// nothing on a link but its address and makes tables sound (article-table/repair-tables.ts).
import { Node as PMNode } from '@tiptap/pm/model';
import type { ArticleBody, TipTapNode } from '../article';
import { repairTables } from './article-table/repair-tables';
import { articleSchema } from './extensions';
import { isAllowedLinkUrl } from './link-policy';

export type BodyCheck = { ok: true; body: ArticleBody } | { ok: false; message: string };

/** Returns the body with disallowed link marks removed, or why it does not fit the schema. */
export function checkBody(body: ArticleBody): BodyCheck {
  const cleaned = repairTables(stripDisallowedLinks(body), articleSchema()) as ArticleBody;
  try {
    const node = PMNode.fromJSON(articleSchema(), cleaned);
    node.check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The article body has content Dateline cannot hold (${reason}).` };
  }
  return { ok: true, body: cleaned };
}

function stripDisallowedLinks(node: TipTapNode): TipTapNode {
  const out: TipTapNode = { ...node };
  if (node.marks) {
    out.marks = node.marks
      .filter(
        (mark) =>
          mark.type !== 'link' ||
          (typeof mark.attrs?.href === 'string' && isAllowedLinkUrl(mark.attrs.href)),
      )
      // A link keeps its address only: target, rel, class or title from a pasted page or a
      // hand-edited file would otherwise choose how the published link opens.
      .map((mark) =>
        mark.type === 'link'
          ? { type: 'link', attrs: { href: normalizeHref(String(mark.attrs?.href)) } }
          : mark,
      );
    if (out.marks.length === 0) delete out.marks;
  }
  if (node.content) out.content = node.content.map(stripDisallowedLinks);
  return out;
}

/** Quotes, spaces and other characters a URL may not hold are percent-encoded, as browsers do. */
function normalizeHref(href: string): string {
  try {
    return new URL(href.trim()).href;
  } catch {
    return href;
  }
}
