// The pieces of a spelling pass: which paragraphs to look at (those changed and those on screen),
// the underlines for their wrong words, and whether those differ from the ones shown.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, type DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellChecker } from './spell-client';
import { findWords } from './spell-words';

/** Where `doc` differs from the document last checked, in `doc`'s positions. */
export function changedRange(before: PMNode | null, doc: PMNode): [number, number] | null {
  if (!before) return null;
  const start = before.content.findDiffStart(doc.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(doc.content)?.b ?? start;
  return [Math.min(start, end), Math.max(start, end)];
}

export function sameUnderlines(
  current: DecorationSet,
  spans: Array<[number, number]>,
  next: Decoration[],
): boolean {
  const key = (decoration: Decoration) => `${decoration.from}:${decoration.to}`;
  const had = new Set(spans.flatMap(([from, to]) => current.find(from, to).map(key)));
  return had.size === next.length && next.every((decoration) => had.has(key(decoration)));
}

export interface Block {
  pos: number;
  node: PMNode;
}

/** The paragraphs (and headings, list items, cells) in `ranges`. */
export function blocksIn(doc: PMNode, wanted: Array<[number, number]>): Block[] {
  const size = doc.content.size;
  const ranges = wanted.map(([from, to]): [number, number] => [
    Math.max(0, Math.min(from, size)),
    Math.min(to, size),
  ]);
  const blocks = new Map<number, PMNode>();
  for (const [from, to] of ranges) {
    if (from > to) continue;
    doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      blocks.set(pos, node);
      return false;
    });
  }
  return [...blocks].map(([pos, node]) => ({ pos, node }));
}

/**
 * The part of the document on screen, as whole top-level blocks: the first block reaching below
 * the top of the screen to the last one starting above its bottom, found by halving the list of
 * blocks. ProseMirror's posAtCoords, used before, measured the lines of the text under the point
 * to find the very letter, which held the page for milliseconds in a long article while the
 * writer typed; a block is all a spelling pass needs.
 */
export function visibleRange(view: EditorView): [number, number] {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 2;
  const bottom = Math.min(box.bottom, window.innerHeight) - 2;
  if (bottom <= top) return [1, 0];
  const blocks = view.dom.children;
  if (blocks.length === 0) return [0, view.state.doc.content.size];
  const first = blocks[firstReaching(blocks, top)]!;
  const last = blocks[firstReaching(blocks, bottom)]!;
  const size = view.state.doc.content.size;
  try {
    const start = view.posAtDOM(first, 0);
    const end = view.posAtDOM(last, last.childNodes.length);
    if (start >= 0 && end >= start) return [start, Math.min(end, size)];
  } catch {
    // Not a block of the document (a widget): the whole document is looked at below.
  }
  return [0, size];
}

/** The first of `blocks` whose bottom is below `y`, or the last one. */
function firstReaching(blocks: HTMLCollection, y: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = high;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > y) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}

/** Underlines for a block's wrong words, but not one still being typed. */
export function misspelt(
  { pos, node }: Block,
  checker: SpellChecker,
  typing: (from: number, to: number) => boolean,
): Decoration[] {
  const decorations: Decoration[] = [];
  node.forEach((child, offset) => {
    if (!child.isText || !child.text) return;
    const start = pos + 1 + offset;
    for (const found of findWords(child.text)) {
      const from = start + found.start;
      const to = start + found.end;
      if (typing(from, to)) continue;
      if (checker.verdict(found.word) !== false) continue;
      decorations.push(
        Decoration.inline(
          from,
          to,
          { class: 'spelling-error', 'data-word': found.word },
          { word: found.word },
        ),
      );
    }
  });
  return decorations;
}
