// An article table as accessible HTML: its caption, the leading header rows in <thead> with
// column headers, the other rows in <tbody>, and a header cell in a body row as a row header.
import type { Node as PMNode } from '@tiptap/pm/model';
import { cleanCaption } from '../schema/article-table/caption';
import { cellSpan } from '../schema/article-table/spans';
import { escapeText } from './escape';

/** A row of header cells only heads columns; a header cell among data cells heads its row. */
export function isHeaderRow(row: PMNode): boolean {
  if (row.childCount === 0) return false;
  let header = true;
  row.forEach((cell) => {
    if (cell.type.spec.tableRole !== 'header_cell') header = false;
  });
  return header;
}

/** The table's HTML; `content` writes a cell's paragraphs. */
export function writeTableHtml(table: PMNode, content: (cell: PMNode) => string): string {
  const caption = cleanCaption(table.attrs.caption);
  let html = caption ? `<table><caption>${escapeText(caption)}</caption>` : '<table>';
  let headRows = 0;
  while (headRows < table.childCount && isHeaderRow(table.child(headRows))) headRows += 1;
  const rows = (from: number, to: number) => {
    let out = '';
    for (let i = from; i < to; i += 1) out += writeRow(table.child(i), content);
    return out;
  };
  if (headRows > 0) html += `<thead>${rows(0, headRows)}</thead>`;
  if (headRows < table.childCount) html += `<tbody>${rows(headRows, table.childCount)}</tbody>`;
  return `${html}</table>`;
}

function writeRow(row: PMNode, content: (cell: PMNode) => string): string {
  const scope = isHeaderRow(row) ? 'col' : 'row';
  let html = '<tr>';
  row.forEach((cell) => {
    const header = cell.type.spec.tableRole === 'header_cell';
    const tag = header ? 'th' : 'td';
    const colspan = cellSpan(cell.attrs.colspan);
    const rowspan = cellSpan(cell.attrs.rowspan);
    html += `<${tag}${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
    html += `${header ? ` scope="${scope}"` : ''}>${content(cell)}</${tag}>`;
  });
  return `${html}</tr>`;
}
