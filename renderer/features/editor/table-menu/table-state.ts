// What the table menu shows about the selection: whether it is in a table, and that table's
// header row, header column and caption. Read through a selector, so typing in a cell does not
// re-render the menu unless one of these changes.
import type { Editor } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';

export interface TableState {
  inTable: boolean;
  canInsert: boolean;
  headerRow: boolean;
  headerColumn: boolean;
  caption: string;
}

const isHeader = (cell: PMNode | null | undefined) => cell?.type.spec.tableRole === 'header_cell';

function tableAround(editor: Editor): PMNode | undefined {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.spec.tableRole === 'table') return node;
  }
  return undefined;
}

export function readTableState(editor: Editor): TableState {
  const table = tableAround(editor);
  const rows: PMNode[] = [];
  table?.forEach((row) => void rows.push(row));
  const first = rows[0];
  let headerRow = first !== undefined && first.childCount > 0;
  first?.forEach((cell) => {
    if (!isHeader(cell)) headerRow = false;
  });
  const body = headerRow ? rows.slice(1) : rows;
  const headerColumn = body.length > 0 && body.every((row) => isHeader(row.firstChild));
  return {
    inTable: table !== undefined,
    canInsert: table === undefined && editor.can().insertTable(),
    headerRow,
    headerColumn,
    caption: typeof table?.attrs.caption === 'string' ? table.attrs.caption : '',
  };
}
