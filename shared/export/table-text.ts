// An article table as plain text a reader can follow: the caption, then one line per row with
// the cells set apart by " | ", and a line of dashes under the header rows, as Markdown
// writes one.
import type { TipTapNode } from '../article';
import { cleanCaption } from '../schema/article-table/caption';

const isHeaderRow = (row: TipTapNode) =>
  (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');

export function tableText(table: TipTapNode): string {
  const lines: string[] = [];
  const caption = cleanCaption(table.attrs?.caption);
  if (caption) lines.push(caption);
  const rows = table.content ?? [];
  let headRows = 0;
  while (headRows < rows.length && isHeaderRow(rows[headRows]!)) headRows += 1;
  rows.forEach((row, index) => {
    const cells = (row.content ?? []).map(cellText);
    if (cells.every((cell) => cell === '') && index >= headRows) return;
    lines.push(cells.join(' | '));
    if (index === headRows - 1) {
      lines.push(cells.map(() => '---').join(' | '));
    }
  });
  return lines.join('\n');
}

/** A cell's words on one line: its paragraphs and line breaks become single spaces. */
function cellText(cell: TipTapNode): string {
  const words: string[] = [];
  const visit = (node: TipTapNode) => {
    if (node.type === 'text') words.push(node.text ?? '');
    else if (node.type === 'hardBreak') words.push(' ');
    else {
      for (const child of node.content ?? []) visit(child);
      if (node.type === 'paragraph') words.push(' ');
    }
  };
  visit(cell);
  return words.join('').replace(/\s+/g, ' ').trim();
}
