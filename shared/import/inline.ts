// Small tools over TipTap JSON for the importers: text of a block, lines of a paragraph, and
// trimming the start of a paragraph without losing the marks on what remains.
import type { TipTapNode } from '../article';

export const textNode = (text: string): TipTapNode => ({ type: 'text', text });

export const paragraph = (content: TipTapNode[]): TipTapNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };

/** Inline content as text; a hard break reads as a newline. */
export function inlineText(nodes: readonly TipTapNode[] = []): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.text ?? '';
    else if (node.type === 'hardBreak') text += '\n';
  }
  return text;
}

/** A block's text: its own inline text, or its children's text one per line. */
export function blockText(block: TipTapNode): string {
  if (block.type === 'paragraph' || block.type === 'heading') return inlineText(block.content);
  return (block.content ?? []).map(blockText).join('\n');
}

export const isTextBlock = (block: TipTapNode | undefined): block is TipTapNode =>
  block?.type === 'paragraph' || block?.type === 'heading';

/** Splits inline content at its hard breaks. */
export function splitLines(nodes: readonly TipTapNode[] = []): TipTapNode[][] {
  const lines: TipTapNode[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'hardBreak') lines.push([]);
    else lines[lines.length - 1]?.push(node);
  }
  return lines;
}

/** Joins lines back with hard breaks. */
export function joinLines(lines: readonly TipTapNode[][]): TipTapNode[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'hardBreak' }, ...line]));
}

/** Inline content without its first `count` characters (a hard break counts as one). */
export function dropLeading(nodes: readonly TipTapNode[], count: number): TipTapNode[] {
  const out: TipTapNode[] = [];
  let left = count;
  for (const node of nodes) {
    const length = node.type === 'text' ? (node.text ?? '').length : 1;
    if (left >= length) {
      left -= length;
      continue;
    }
    if (left > 0 && node.type === 'text')
      out.push({ ...node, text: (node.text ?? '').slice(left) });
    else out.push(node);
    left = 0;
  }
  return out;
}
