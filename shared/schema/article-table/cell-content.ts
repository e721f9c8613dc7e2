// What a table cell holds when it is read from HTML (a pasted table, a Word document): its
// paragraphs, with anything else an article cell cannot hold turned into paragraphs of the same
// words, so a heading, a list or a table inside a cell keeps its text.
import {
  DOMParser as SchemaParser,
  Fragment,
  type Node as PMNode,
  type Schema,
} from '@tiptap/pm/model';

/** The cell element's content as paragraphs; bold dropped from `plainHeader` cells. */
export function readCellContent(cell: Node, schema: Schema, plainHeader = false): Fragment {
  const doc = SchemaParser.fromSchema(schema).parse(cell);
  const paragraphs: PMNode[] = [];
  collectParagraphs(doc, schema, paragraphs);
  const bold = schema.marks.bold;
  const kept = plainHeader && bold ? paragraphs.map((p) => withoutMark(p, bold)) : paragraphs;
  // Empty paragraphs are spacing, not words; an empty cell is given one by the parser.
  return Fragment.fromArray(kept.filter((p) => p.content.size > 0));
}

function collectParagraphs(node: PMNode, schema: Schema, out: PMNode[]): void {
  const paragraph = schema.nodes.paragraph!;
  node.forEach((child) => {
    if (child.isTextblock) {
      out.push(paragraph.create(null, child.content));
    } else if (child.type.spec.tableRole === 'table') {
      // A table inside a cell becomes one line per row, its cells set apart by a bar.
      child.forEach((row) => out.push(rowAsParagraph(row, schema)));
    } else {
      collectParagraphs(child, schema, out);
    }
  });
}

function rowAsParagraph(row: PMNode, schema: Schema): PMNode {
  const parts: PMNode[] = [];
  row.forEach((cell) => {
    const text: PMNode[] = [];
    cell.forEach((block) => block.content.forEach((inline) => void text.push(inline)));
    if (text.length === 0) return;
    if (parts.length > 0) parts.push(schema.text(' | '));
    parts.push(...text);
  });
  return schema.nodes.paragraph!.create(null, parts);
}

function withoutMark(paragraph: PMNode, mark: NonNullable<Schema['marks'][string]>): PMNode {
  const content: PMNode[] = [];
  paragraph.content.forEach(
    (inline) => void content.push(inline.mark(mark.removeFromSet(inline.marks))),
  );
  return paragraph.copy(Fragment.fromArray(content));
}
