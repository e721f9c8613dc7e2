// Reads a news page from its blocks: ticker line, headline, dateline, byline, body and related
// links. Plain text and Word documents both come through here, so both are read the same way.
// Whatever is not recognised stays in the body.
import { emptyBody, emptyFields, type ArticleFields, type TipTapNode } from '../article';
import { matchByline } from './byline';
import { takeClosingCredits } from './closing-credits';
import { joinDateline, matchDateline, type DatelineParts } from './dateline';
import { blockText, dropLeading, inlineText, isTextBlock, paragraph, splitLines } from './inline';
import { detectLanguage } from './language';
import {
  isRelatedHeading,
  readRelatedLines,
  type FindArticle,
  type RelatedLine,
} from './related-section';
import { parseTickerLine } from './ticker-line';
import type { ImportReport } from './types';
import { plural, pluralForm } from '../text/plural';

export interface PageOptions {
  format: ImportReport['format'];
  /** A headline the document itself marks (a Word title); otherwise the first line is judged. */
  headline?: string;
  findArticle?: FindArticle;
}

export interface PageImport {
  fields: ArticleFields;
  report: ImportReport;
  /** Titles under "Related News" with no web address that no article matched; kept in the body. */
  relatedTitles: string[];
}

const MAX_HEADLINE = 300;
const MAX_TICKER_ITEMS = 50;
const MAX_BYLINE_LINES = 3;

export function recognisePage(input: readonly TipTapNode[], options: PageOptions): PageImport {
  const notices: string[] = [];
  let blocks = input.filter((block) => !isTextBlock(block) || blockText(block).trim() !== '');

  let tickerHeadlines =
    blocks[0]?.type === 'paragraph' ? parseTickerLine(blockText(blocks[0])) : undefined;
  if (tickerHeadlines) blocks = blocks.slice(1);
  if (tickerHeadlines && tickerHeadlines.length > MAX_TICKER_ITEMS) {
    notices.push(
      `The page lists ${tickerHeadlines.length} ticker headlines; only the first ${MAX_TICKER_ITEMS} are offered for the ticker.`,
    );
    tickerHeadlines = tickerHeadlines.slice(0, MAX_TICKER_ITEMS);
  }

  let headline = options.headline?.trim() || undefined;
  if (headline === undefined && looksLikeHeadline(blocks[0], blocks[1])) {
    headline = blockText(blocks[0]!).trim();
    blocks = blocks.slice(1);
  }

  const bylines: string[] = [];
  const opening = blocks[0]?.type === 'paragraph' ? blockText(blocks[0]) : '';
  const openingByline = opening.includes('\n') ? undefined : matchByline(opening);
  if (openingByline) {
    bylines.push(openingByline);
    blocks = blocks.slice(1);
  }

  const headingAt = findLastIndex(blocks, (block) => isRelatedHeading(firstLineText(block)));
  const body = headingAt >= 0 ? blocks.slice(0, headingAt) : [...blocks];
  const dateline = takeDateline(body);
  // A sign-off ("--AKP") goes into the dateline's agency; without a dateline it stays in the text.
  const takeAgency = (agency: string): boolean => {
    if (!dateline || (dateline.agency && dateline.agency.toLowerCase() !== agency.toLowerCase())) {
      return false;
    }
    dateline.agency ??= agency;
    return true;
  };
  const closing = takeClosingCredits(body, MAX_BYLINE_LINES - bylines.length, takeAgency);
  for (const name of closing.bylines) if (!bylines.includes(name)) bylines.push(name);
  // The wire's "(Reporting by ...)" stays as the story's last line and names the byline if none did.
  if (bylines.length === 0) bylines.push(...closing.creditAuthors);

  // The heading's own block may carry the first items on the lines under it.
  const [headingLine = [], ...firstItems] =
    headingAt >= 0 ? splitLines(blocks[headingAt]!.content) : [];
  const related = readRelatedLines(
    headingAt >= 0
      ? [...firstItems.map(relatedLine), ...blocks.slice(headingAt + 1).flatMap(relatedLines)]
      : [],
    options.findArticle,
  );
  if (related.leftover.length > 0) {
    // The heading stays with what was kept under it, as the heading (or paragraph) it was.
    const heading = { ...blocks[headingAt]!, content: headingLine };
    body.push(heading, ...related.leftover.map((line) => paragraph(line.nodes)));
    const count = related.leftover.length;
    notices.push(
      `${plural(count, 'line')} under “Related News” had no web address and matched no headline in the library, so ${pluralForm(count, { one: 'it was', other: 'they were' })} kept at the end of the body.`,
    );
  }

  const language = detectLanguage([headline ?? '', ...body.map(blockText)].join('\n'));
  const fields: ArticleFields = {
    ...emptyFields(),
    headline: headline ?? '',
    byline: bylines.join(', '),
    dateline: dateline?.place ?? '',
    datelineDate: dateline?.date ?? '',
    datelineAgency: dateline?.agency ?? '',
    language,
    body: body.length > 0 ? { type: 'doc', content: body } : emptyBody(),
    related: related.links,
  };
  const report: ImportReport = {
    format: options.format,
    recognised: {
      ...(headline ? { headline } : {}),
      ...(dateline ? { dateline: joinDateline(dateline) } : {}),
      ...(fields.byline ? { byline: fields.byline } : {}),
      language,
      paragraphs: body.length,
      relatedLinks: related.links.length,
      relatedSection: headingAt >= 0,
    },
    tickerHeadlines: tickerHeadlines ?? [],
    notices,
  };
  return { fields, report, relatedTitles: related.unmatchedTitles };
}

/** A short single line; one opening with a dateline is a headline only if it does not read as a lead paragraph. */
function looksLikeHeadline(block: TipTapNode | undefined, next: TipTapNode | undefined): boolean {
  if (!isTextBlock(block)) return false;
  const text = blockText(block).trim();
  if (text.length === 0 || text.length > MAX_HEADLINE || text.includes('\n')) return false;
  if (isRelatedHeading(text) || matchByline(text)) return false;
  if (!matchDateline(text)) return true;
  // "សម្ដេចតេជោ៖ ..." heads a story as often as "ភ្នំពេញ ៖ ..." opens one.
  const nextOpensWithDateline = isTextBlock(next) && matchDateline(blockText(next)) !== undefined;
  return nextOpensWithDateline || !/[.។!?"”’]$/.test(text);
}

/** Moves the dateline out of the first paragraph; the paragraph keeps the rest of its text. */
function takeDateline(body: TipTapNode[]): DatelineParts | undefined {
  const lead = body[0];
  if (lead?.type !== 'paragraph') return undefined;
  const found = matchDateline(inlineText(lead.content));
  if (!found) return undefined;
  const rest = dropLeading(lead.content ?? [], found.length);
  if (inlineText(rest).trim() === '') body.shift();
  else body[0] = { ...lead, content: rest };
  const { length: _length, ...parts } = found;
  return parts;
}

/** The lines of a block under "Related News": list items and hard-broken lines each count as one. */
function relatedLines(block: TipTapNode): RelatedLine[] {
  if (block.type !== 'paragraph' && block.type !== 'heading') {
    return (block.content ?? []).flatMap(relatedLines);
  }
  return splitLines(block.content).map(relatedLine);
}

function relatedLine(nodes: TipTapNode[]): RelatedLine {
  const href = nodes
    .flatMap((node) => node.marks ?? [])
    .find((mark) => mark.type === 'link' && typeof mark.attrs?.href === 'string')?.attrs?.href;
  return { text: inlineText(nodes), nodes, ...(typeof href === 'string' ? { href } : {}) };
}

/** The first line of a paragraph or heading, read only as far as a heading could go. */
function firstLineText(block: TipTapNode): string {
  if (!isTextBlock(block)) return '';
  let text = '';
  for (const node of block.content ?? []) {
    if (node.type === 'hardBreak' || text.length > 60) break;
    if (node.type === 'text') text += node.text ?? '';
  }
  return text;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
