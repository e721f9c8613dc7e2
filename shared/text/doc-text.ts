// Plain text of a TipTap document, without a DOM: blocks separated by blank lines.
import type { ArticleBody, TipTapNode } from '../article';

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
]);

export function docToPlainText(doc: ArticleBody): string {
  return docBlocks(doc).join('\n\n');
}

/** The text of each paragraph and heading that holds any, in order: the plain text's blocks. */
export function docBlocks(doc: ArticleBody): string[] {
  const blocks: string[] = [];
  const visit = (node: TipTapNode): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push(inlineText(node));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const node of doc.content ?? []) visit(node);
  return blocks.filter((block) => block.length > 0);
}

function inlineText(node: TipTapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (BLOCK_TYPES.has(node.type) && node.type !== 'paragraph' && node.type !== 'heading') return '';
  return (node.content ?? []).map(inlineText).join('');
}
