// The article schema has no table yet. Until it does, a pasted table is kept as readable text:
// one paragraph per row, its cells joined by " · ". Once the schema holds tables, the cleaner
// leaves them alone and the schema's own rules read them (see keepTables in clean-pasted-html).
const CELL_SEPARATOR = ' · ';
const CELL_BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6';

export function flattenTables(doc: Document): void {
  const outermost = [...doc.body.querySelectorAll('table')].filter(
    (table) => !table.parentElement?.closest('table'),
  );
  for (const table of outermost) {
    const paragraphs: HTMLElement[] = [];
    const caption = table.querySelector('caption');
    if (caption?.textContent?.trim()) paragraphs.push(paragraphOf(doc, [caption.childNodes]));
    for (const row of table.querySelectorAll('tr')) {
      if (row.closest('table') !== table) continue;
      const cells = [...row.children].filter(
        (cell) => cell.tagName === 'TD' || cell.tagName === 'TH',
      );
      const contents = cells.map((cell) => cellContent(doc, cell)).filter((nodes) => nodes.length);
      if (contents.length > 0) paragraphs.push(paragraphOf(doc, contents));
    }
    table.replaceWith(...paragraphs);
  }
}

function paragraphOf(doc: Document, cells: Iterable<Iterable<Node>>): HTMLElement {
  const paragraph = doc.createElement('p');
  let first = true;
  for (const nodes of cells) {
    if (!first) paragraph.append(CELL_SEPARATOR);
    paragraph.append(...nodes);
    first = false;
  }
  return paragraph;
}

/** A cell's inline content; its paragraphs are kept apart by line breaks. */
function cellContent(doc: Document, cell: Element): Node[] {
  const blocks = [...cell.querySelectorAll(CELL_BLOCKS)].filter(
    (block) => !block.querySelector(CELL_BLOCKS) && block.textContent?.trim(),
  );
  if (blocks.length === 0) return cell.textContent?.trim() ? [...cell.childNodes] : [];
  return blocks.flatMap((block, index) => [
    ...(index > 0 ? [doc.createElement('br')] : []),
    ...block.childNodes,
  ]);
}
