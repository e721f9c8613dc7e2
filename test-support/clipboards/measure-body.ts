// Measures what a body holds in the terms of a clipboard's expected structure: list items and
// nesting, numbered lists' first numbers, marked runs, headings, links, line breaks, table rows.
import type { ExpectedStructure } from './index';

interface JsonNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: JsonNode[];
}

const LISTS = new Set(['bulletList', 'orderedList']);

export function measureBody(body: JsonNode): ExpectedStructure {
  const found: ExpectedStructure = {
    listItems: 0,
    listDepth: 0,
    orderedStarts: [],
    bold: [],
    italic: [],
    underline: [],
    headings: [],
    links: [],
    hardBreaks: 0,
    tableRows: 0,
  };
  const visit = (node: JsonNode, depth: number, inHeader = false) => {
    if (node.type === 'listItem') found.listItems += 1;
    if (node.type === 'orderedList') found.orderedStarts.push(Number(node.attrs?.start ?? 1));
    if (node.type === 'hardBreak') found.hardBreaks += 1;
    if (node.type === 'heading') {
      found.headings.push({ level: Number(node.attrs?.level), text: textOf(node).trim() });
    }
    // A table is either the schema's own, or rows kept as paragraphs where it has none.
    if (node.type === 'tableRow') found.tableRows += 1;
    if (node.type === 'paragraph' && textOf(node).includes(' · ')) found.tableRows += 1;
    // A header cell is shown bold, as the bold first row it was read from.
    if (node.type === 'tableHeader') found.bold.push(textOf(node).trim());
    const header = inHeader || node.type === 'tableHeader';
    if ((node.type === 'paragraph' || node.type === 'heading') && !header) {
      collectMarks(node, found);
    }
    const inner = LISTS.has(node.type) ? depth + 1 : depth;
    found.listDepth = Math.max(found.listDepth, inner);
    for (const child of node.content ?? []) visit(child, inner, header);
  };
  visit(body, 0);
  return found;
}

function textOf(node: JsonNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

/** Adjacent text nodes sharing a mark make one run. */
function collectMarks(block: JsonNode, found: ExpectedStructure): void {
  const runs: Record<'bold' | 'italic' | 'underline', string[]> = {
    bold: found.bold,
    italic: found.italic,
    underline: found.underline,
  };
  const open: Partial<Record<string, string>> = {};
  const close = (type: string) => {
    const text = open[type]?.trim();
    if (text && type in runs) runs[type as keyof typeof runs].push(text);
    delete open[type];
  };
  for (const node of block.content ?? []) {
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    for (const type of Object.keys(open)) if (!marks.has(type)) close(type);
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link' && !open.link) found.links.push(String(mark.attrs?.href));
      open[mark.type] = (open[mark.type] ?? '') + (node.text ?? '');
    }
  }
  for (const type of Object.keys(open)) close(type);
}
