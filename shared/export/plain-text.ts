// The article as plain text in the seed's page shape, which the plain-text importer reads back:
// the ticker line, the headline, the story with the dateline opening its first paragraph, the
// byline and "Related News" with one "Title - address" line per link.
import type { Article, ArticleBody, TipTapNode } from '../article';
import { dateOptions } from '../dates';
import { datelineLead, datelineOf, writeDateline, type WrittenDateline } from './dateline';
import { collectFacts } from './facts';
import { RELATED_HEADING } from './page-parts';
import { tableText } from './table-text';
import type { ExportContext } from './types';

export function renderPlainText(article: Article, context: ExportContext): string {
  const facts = collectFacts(article, context);
  const blocks: string[] = [];
  if (facts.ticker.length > 0) {
    // A bar inside a headline would split it in two when the line is read back.
    blocks.push(`${facts.ticker.map((entry) => entry.text.replace(/\|/g, '/')).join(' | ')} |`);
  }
  blocks.push(facts.headline);

  // Plain text always uses the seed's form, "Phnom Penh:", which the importer recognises.
  const dateline = writeDateline(datelineOf(article), {
    ...dateOptions(context.publication, facts.language),
    style: 'plain',
  });
  blocks.push(...storyParagraphs(article.body, dateline));
  if (facts.byline) blocks.push(`By ${facts.byline}`);

  // Only absolute web addresses are written: a line without one would be read back as story.
  const lines = facts.related.flatMap((entry) => {
    const url = absoluteWebUrl(entry.href, facts.canonicalUrl);
    return url ? [`${entry.title} - ${url}`] : [];
  });
  blocks.push(lines.length > 0 ? `${RELATED_HEADING}\n\n${lines.join('\n')}` : RELATED_HEADING);
  return `${blocks.join('\n\n')}\n`;
}

/** The story as paragraphs of text, the first opening with the dateline when there is one. */
export function storyParagraphs(body: ArticleBody, dateline?: WrittenDateline): string[] {
  const story = storyBlocks(body);
  if (dateline) {
    const lead = datelineLead(dateline);
    if (story.opensWithParagraph) story.blocks[0] = `${lead} ${story.blocks[0]}`;
    else story.blocks.unshift(lead);
  }
  return story.blocks;
}

interface StoryBlocks {
  blocks: string[];
  opensWithParagraph: boolean;
}

/**
 * The story's blocks as paragraphs of text. Hard breaks become line breaks; list items keep
 * their bullet or number so the text still reads as a list; a table is one block of rows.
 */
function storyBlocks(body: ArticleBody): StoryBlocks {
  const blocks: string[] = [];
  let opensWithParagraph = false;
  const push = (text: string, fromParagraph: boolean) => {
    if (text.trim() === '') return;
    if (blocks.length === 0) opensWithParagraph = fromParagraph;
    blocks.push(text);
  };
  const visit = (node: TipTapNode, depth: number): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      push(inlineLines(node), node.type === 'paragraph' && depth === 0);
    } else if (node.type === 'table') {
      push(tableText(node), false);
    } else if (node.type === 'bulletList' || node.type === 'orderedList') {
      const start = Number(node.attrs?.start ?? 1);
      (node.content ?? []).forEach((item, index) => {
        const marker =
          node.type === 'bulletList'
            ? '-'
            : `${Number.isFinite(start) ? start + index : index + 1}.`;
        visitItem(item, depth, marker);
      });
    } else {
      for (const child of node.content ?? []) visit(child, depth);
    }
  };
  const visitItem = (item: TipTapNode, depth: number, marker: string) => {
    const indent = '  '.repeat(depth);
    let marked = false;
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const text = inlineLines(child);
        if (text.trim() === '') continue;
        push(`${indent}${marked ? '  ' : `${marker} `}${text}`, false);
        marked = true;
      } else {
        visit(child, depth + 1);
      }
    }
  };
  for (const node of body.content ?? []) visit(node, 0);
  return { blocks, opensWithParagraph };
}

/** A paragraph's text, one line per hard break; lines left empty would split the paragraph. */
function inlineLines(node: TipTapNode): string {
  const lines = [''];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') lines.push('');
    else if (child.type === 'text') {
      lines[lines.length - 1] += (child.text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ');
    }
  }
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function absoluteWebUrl(href: string, pageUrl: string | undefined): string | undefined {
  const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';
  try {
    return isWeb(new URL(href)) ? href : undefined;
  } catch {
    // A relative address (another page of the edition) is on the site, when we know where.
  }
  if (!pageUrl) return undefined;
  try {
    const url = new URL(href, pageUrl);
    return isWeb(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
