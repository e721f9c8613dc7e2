// Makes the tables of a stored body sound before the body is checked: spans and captions are
// put in range, a table with missing cells is filled out, and a table that cannot be read as one
// (wrong nodes inside, or too large to lay out) becomes one paragraph of words per row, so a
// hand-edited or damaged file loses no words and never refuses to open for a table's sake.
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { fixTables, TableMap } from '@tiptap/pm/tables';
import type { TipTapNode } from '../../article';
import { cleanCaption } from './caption';
import { cellSpan } from './spans';

/** Past this many slots (columns times rows) a table is not laid out but read as text. */
const MAX_SLOTS = 250_000;

/** The node with every table in it repaired or turned into paragraphs. */
export function repairTables(node: TipTapNode, schema: Schema): TipTapNode {
  if (!node.content) return node;
  const content: TipTapNode[] = [];
  for (const child of node.content) {
    if (child.type === 'table') content.push(...repairTable(child, schema));
    else content.push(repairTables(child, schema));
  }
  return { ...node, content };
}

function repairTable(table: TipTapNode, schema: Schema): TipTapNode[] {
  const rows = listOf(table.content);
  const tidy: TipTapNode = {
    ...table,
    attrs: { ...table.attrs, caption: cleanCaption(table.attrs?.caption) },
    content: rows.map((row) => ({
      ...row,
      ...(Array.isArray(row.content) ? { content: row.content.map(tidyCell) } : {}),
    })),
  };
  if (tooLarge(tidy)) return asParagraphs(table);
  try {
    const node = PMNode.fromJSON(schema, tidy);
    node.check();
    if (TableMap.get(node).problems === null) return [tidy];
    const state = EditorState.create({ doc: schema.topNodeType.create(null, node) });
    const fixed = fixTables(state)?.doc.firstChild ?? node;
    fixed.check();
    return [fixed.toJSON() as TipTapNode];
  } catch {
    return asParagraphs(table);
  }
}

function tidyCell(cell: TipTapNode): TipTapNode {
  if (cell.type !== 'tableCell' && cell.type !== 'tableHeader') return cell;
  return {
    ...cell,
    attrs: { colspan: cellSpan(cell.attrs?.colspan), rowspan: cellSpan(cell.attrs?.rowspan) },
  };
}

function tooLarge(table: TipTapNode): boolean {
  let width = 0;
  const rows = listOf(table.content);
  let height = rows.length;
  for (const [index, row] of rows.entries()) {
    let rowWidth = 0;
    for (const cell of listOf(row.content)) {
      rowWidth += cellSpan(cell.attrs?.colspan);
      height = Math.max(height, index + cellSpan(cell.attrs?.rowspan));
    }
    width = Math.max(width, rowWidth);
  }
  return width * height > MAX_SLOTS;
}

/** One paragraph per row (or per block the table holds instead), its cells set apart by a bar. */
function asParagraphs(table: TipTapNode): TipTapNode[] {
  const caption = cleanCaption(table.attrs?.caption);
  const lines = [
    ...(caption ? [caption] : []),
    ...listOf(table.content).map((row) =>
      listOf(row.content)
        .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
        .filter((text) => text !== '')
        .join(' | '),
    ),
  ];
  if (table.content === undefined || !Array.isArray(table.content)) {
    lines.push(textOf(table).replace(/\s+/g, ' ').trim());
  }
  return lines
    .filter((line) => line !== '')
    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
}

const listOf = (value: unknown): TipTapNode[] => (Array.isArray(value) ? value : []);

function textOf(node: TipTapNode): string {
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.content)) return '';
  return node.content.map(textOf).join(' ');
}
