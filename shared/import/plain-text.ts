// Reads a page of plain text in the shape newsroom sites publish: a ticker line, the headline,
// the story (its first paragraph opening with the dateline), bylines and "Related News".
// The text is only ever text: nothing in it is read as markup.
import type { TipTapNode } from '../article';
import { joinLines, paragraph, textNode } from './inline';
import { normalizeText } from './normalize-text';
import { recognisePage, type PageImport } from './recognise-page';
import type { FindArticle } from './related-section';
import { parseTickerLine } from './ticker-line';

export type { PageImport } from './recognise-page';

export interface PlainTextOptions {
  /** Turns a related title without a web address into a link to the article with that headline. */
  findArticle?: FindArticle;
}

export function parsePlainTextPage(text: string, options: PlainTextOptions = {}): PageImport {
  return recognisePage(textBlocks(normalizeText(text)), {
    format: 'text',
    findArticle: options.findArticle,
  });
}

/**
 * Paragraphs are separated by blank lines, and lines inside one are kept apart by hard breaks;
 * a text with no blank lines has one paragraph per line. The ticker line and the headline stand
 * alone either way, because pages often put the story straight under them.
 */
function textBlocks(text: string): TipTapNode[] {
  const lines = text.split('\n').map((line) => line.trim());
  const separated = hasBlankLineBetweenText(lines);
  const blocks: TipTapNode[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0)
      blocks.push(paragraph(joinLines(current.map((line) => [textNode(line)]))));
    current = [];
  };
  let seen = 0;
  let standAlone = 1;
  for (const line of lines) {
    if (line === '') {
      flush();
      continue;
    }
    seen += 1;
    if (seen === 1 && parseTickerLine(line)) standAlone = 2;
    current.push(line);
    if (!separated || seen <= standAlone) flush();
  }
  flush();
  return blocks;
}

function hasBlankLineBetweenText(lines: readonly string[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line !== '') {
      if (blankAfterText) return true;
      seenText = true;
    } else if (seenText) {
      blankAfterText = true;
    }
  }
  return false;
}
