// The lines that close a story: bylines ("Article in English by ..."), the agency sign-off
// ("--AKP") and the wire's credit line ("(Reporting by ...; Editing by ...)"). Bylines leave the
// body for the Byline field; a credit line, and a sign-off with nowhere else to go, stay as the
// story's last lines, so nothing a page credits is lost.
import type { TipTapNode } from '../article';
import { matchByline, matchCredit, matchSignOff } from './byline';
import { inlineText, joinLines, splitLines } from './inline';

export interface ClosingCredits {
  /** Names from byline lines, first line first. */
  bylines: string[];
  /** Reporters and writers a credit line names. */
  creditAuthors: string[];
}

// A story closes with a few such lines at most; a long run of them is a list, not credits.
const MOST_LINES = 6;

/**
 * Reads the closing lines from the end of the body, removing the bylines (at most `most`) and
 * the sign-offs `takeAgency` accepts.
 */
export function takeClosingCredits(
  body: TipTapNode[],
  most: number,
  takeAgency: (agency: string) => boolean,
): ClosingCredits {
  const bylines: string[] = [];
  const creditAuthors: string[] = [];
  const kept: TipTapNode[][] = [];
  let blockIndex = body.length - 1;
  let lines = lastLines(body[blockIndex]);
  let seen = 0;
  while (lines && seen < MOST_LINES) {
    const line = lines.at(-1);
    if (line === undefined) {
      blockIndex -= 1;
      lines = lastLines(body[blockIndex]);
      continue;
    }
    const text = inlineText(line);
    const name = bylines.length < most ? matchByline(text) : undefined;
    const credit = name === undefined ? matchCredit(text) : undefined;
    const agency = name === undefined && !credit ? matchSignOff(text) : undefined;
    if (name === undefined && !credit && agency === undefined) break;
    seen += 1;
    if (name !== undefined) bylines.unshift(name);
    else if (credit) creditAuthors.unshift(...credit);
    if (credit || (agency !== undefined && !takeAgency(agency))) kept.unshift(line);
    lines.pop();
    setLines(body, blockIndex, lines);
  }
  // What was kept goes back, in its order, as the story's last lines.
  if (kept.length > 0) body.push({ type: 'paragraph', content: joinLines(kept) });
  return { bylines, creditAuthors };
}

function lastLines(block: TipTapNode | undefined): TipTapNode[][] | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const lines = splitLines(block.content);
  while (lines.length > 0 && inlineText(lines.at(-1)).trim() === '') lines.pop();
  return lines;
}

/** Puts a paragraph's remaining lines back; a paragraph left empty goes. */
function setLines(body: TipTapNode[], index: number, lines: TipTapNode[][]): void {
  const block = body[index]!;
  if (lines.length > 0) body[index] = { ...block, content: joinLines(lines) };
  else body.splice(index, 1);
}
