// Tables in an article: TipTap's table nodes, with a caption, cells that hold paragraphs only
// (a table in a cell or a list in a cell is read as paragraphs of its words) and no column
// widths, so whatever is typed or pasted exports as a plain, accessible table.
import type { Attributes } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { isBoldHeaderCell } from './bold-header';
import { readCellContent } from './cell-content';
import { cleanCaption } from './caption';
import { cellSpan, spanAttribute } from './spans';

export { cleanCaption };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleTable: {
      /** Sets or clears the caption of the table around the selection. */
      setTableCaption: (caption: string) => ReturnType;
    };
  }
}

const cellAttributes = (): Attributes => ({
  colspan: {
    default: 1,
    parseHTML: (element) => cellSpan(element.getAttribute('colspan')),
    renderHTML: (attrs) => spanAttribute('colspan', attrs.colspan),
  },
  rowspan: {
    default: 1,
    parseHTML: (element) => cellSpan(element.getAttribute('rowspan')),
    renderHTML: (attrs) => spanAttribute('rowspan', attrs.rowspan),
  },
});

const ArticleTable = Table.extend({
  addAttributes() {
    return {
      caption: {
        default: null,
        parseHTML: (element) =>
          cleanCaption(
            [...element.children].find((child) => child.tagName === 'CAPTION')?.textContent,
          ),
        rendered: false,
      },
    };
  },
  parseHTML() {
    // The caption is read into the attribute above; its words are not a row of the table.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },
  renderHTML({ node }) {
    const caption = cleanCaption(node.attrs.caption);
    // Shown above the table as it will be published; edited from the table menu.
    return caption
      ? ['table', ['caption', { contenteditable: 'false' }, caption], ['tbody', 0]]
      : ['table', ['tbody', 0]];
  },
  addCommands() {
    return {
      ...this.parent?.(),
      setTableCaption:
        (caption: string) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { caption: cleanCaption(caption) }),
    };
  },
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      'Mod-Alt-t': () =>
        this.editor.commands.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    };
  },
}).configure({ resizable: false, View: null, allowTableNodeSelection: false });

const ArticleTableHeader = TableHeader.extend({
  content: 'paragraph+',
  addAttributes: cellAttributes,
  parseHTML() {
    return [
      { tag: 'th', getContent: (dom, schema) => readCellContent(dom, schema) },
      {
        // A bold first row from Word or Google Docs is the header row it looks like.
        tag: 'td',
        priority: 60,
        getAttrs: (element) => (isBoldHeaderCell(element) ? null : false),
        getContent: (dom, schema) => readCellContent(dom, schema, true),
      },
    ];
  },
});

const ArticleTableCell = TableCell.extend({
  content: 'paragraph+',
  addAttributes: cellAttributes,
  parseHTML() {
    return [{ tag: 'td', getContent: (dom, schema) => readCellContent(dom, schema) }];
  },
});

export const articleTableExtensions = [
  ArticleTable,
  TableRow,
  ArticleTableHeader,
  ArticleTableCell,
];
