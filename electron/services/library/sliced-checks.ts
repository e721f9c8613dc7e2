// The body and article checks run a slice of a long body at a time, pausing between slices, so a
// 5 MB article is checked without holding other requests up. Each answers exactly what the check
// of the whole would, or undefined when anything fails (the caller then checks the whole, once,
// for its message).
import type { ContentMatch } from '@tiptap/pm/model';
import {
  ArticleSchema,
  TipTapNodeSchema,
  type Article,
  type ArticleBody,
  type TipTapNode,
} from '../../../shared/article';
import { articleSchema } from '../../../shared/schema/extensions';
import { checkBody } from '../../../shared/schema/sanitize-body';
import { WorkBudget } from '../work-budget';

/** Top-level blocks per slice: well under a millisecond of checking each. */
export const SLICE_BLOCKS = 200;

const BlocksSchema = TipTapNodeSchema.array();

/** The blocks of a body long enough to be worth slicing; undefined otherwise. */
function longContent(body: unknown): TipTapNode[] | undefined {
  const content = (body as { content?: unknown } | null)?.content;
  return Array.isArray(content) && content.length > SLICE_BLOCKS
    ? (content as TipTapNode[])
    : undefined;
}

async function eachSlice<T>(
  blocks: TipTapNode[],
  check: (slice: TipTapNode[]) => T[] | undefined,
): Promise<T[] | undefined> {
  const budget = new WorkBudget();
  const out: T[] = [];
  for (let start = 0; start < blocks.length; start += SLICE_BLOCKS) {
    await budget.pause();
    const checked = check(blocks.slice(start, start + SLICE_BLOCKS));
    if (!checked) return undefined;
    for (const block of checked) out.push(block);
  }
  return out;
}

/** As checkBody: disallowed links dropped, every block checked against the editor's schema. */
export async function cleanBodyInSlices(body: ArticleBody): Promise<ArticleBody | undefined> {
  const blocks = longContent(body);
  if (!blocks) return undefined;
  let doc: ArticleBody | undefined;
  const content = await eachSlice(blocks, (slice) => {
    const checked = checkBody({ ...body, content: slice });
    if (!checked.ok) return undefined;
    doc ??= checked.body;
    return checked.body.content ?? [];
  });
  // Each slice fits on its own; the document's own rule must hold for all the blocks together.
  if (!content || !doc || !fitsDocument(content)) return undefined;
  return { ...doc, content };
}

/** As ArticleSchema.safeParse: the article without its blocks first, then the blocks in slices. */
export async function validateInSlices(article: unknown): Promise<Article | undefined> {
  const body = (article as { body?: unknown } | null)?.body;
  const blocks = longContent(body);
  if (!blocks) return undefined;
  const head = ArticleSchema.safeParse({
    ...(article as object),
    body: { ...(body as object), content: [] },
  });
  if (!head.success) return undefined;
  const content = await eachSlice(blocks, (slice) => {
    const parsed = BlocksSchema.safeParse(slice);
    return parsed.success ? parsed.data : undefined;
  });
  if (!content) return undefined;
  return { ...head.data, body: { ...head.data.body, content } };
}

function fitsDocument(blocks: TipTapNode[]): boolean {
  const schema = articleSchema();
  let match: ContentMatch | null = schema.topNodeType.contentMatch;
  for (const block of blocks) {
    const type = schema.nodes[block.type];
    match = type ? match.matchType(type) : null;
    if (!match) return false;
  }
  return match.validEnd;
}
