// Word writes a list as paragraphs styled `mso-list:l<list> level<n>`, each opening with its
// bullet or number as text between <![if !supportLists]> and <![endif]>. This rebuilds them as
// nested ul/ol elements; a numbered list that resumes after other text keeps its number.
import { readStyle } from './style-declarations';

interface ListParagraph {
  element: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
  start: number;
}

interface OpenList {
  level: number;
  list: string;
  ordered: boolean;
  element: HTMLElement;
  lastItem?: HTMLElement;
}

const ORDERED_MARKER = /^\(?(\d+|[a-z]{1,4})[.)]$/i;

export function convertWordLists(doc: Document): void {
  let open: OpenList[] = [];
  let previous: Element | undefined;
  for (const paragraph of doc.body.querySelectorAll<HTMLElement>('p')) {
    const item = readListParagraph(paragraph);
    if (!item) continue;
    if (previous?.nextElementSibling !== paragraph) open = [];
    while (open.length > 0 && open.at(-1)!.level > item.level) open.pop();
    let top = open.at(-1);
    if (
      top &&
      top.level === item.level &&
      (top.ordered !== item.ordered || top.list !== item.list)
    ) {
      open.pop();
      top = open.at(-1);
    }
    if (!top || top.level < item.level) {
      const element = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (item.ordered && item.start > 1) element.setAttribute('start', String(item.start));
      if (top?.lastItem) top.lastItem.append(element);
      else paragraph.before(element);
      top = { level: item.level, list: item.list, ordered: item.ordered, element };
      open.push(top);
    }
    const li = doc.createElement('li');
    const content = doc.createElement('p');
    content.append(...paragraph.childNodes);
    li.append(content);
    top.element.append(li);
    top.lastItem = li;
    // An empty paragraph stays in its place until the run ends, so the next sibling check holds.
    previous = paragraph;
  }
  for (const paragraph of doc.body.querySelectorAll('p[data-word-list-item]')) paragraph.remove();
}

function readListParagraph(element: HTMLElement): ListParagraph | undefined {
  const match = /^l(\d+)\s+level(\d+)/i.exec(readStyle(element).get('mso-list') ?? '');
  if (!match) return undefined;
  const marker = takeMarker(element);
  const number = ORDERED_MARKER.exec(marker)?.[1];
  element.setAttribute('data-word-list-item', '');
  return {
    element,
    list: match[1]!,
    level: Number(match[2]),
    ordered: number !== undefined,
    start: number && /^\d+$/.test(number) ? Number(number) : 1,
  };
}

/** Removes the bullet or number Word wrote as text and returns it. */
function takeMarker(paragraph: HTMLElement): string {
  const hidden = removeConditionalRun(paragraph, '[if !supportLists]');
  if (hidden !== undefined) return hidden.replace(/\s+/g, '');
  const ignored = [...paragraph.querySelectorAll('[style]')].find(
    (element) => readStyle(element).get('mso-list')?.toLowerCase() === 'ignore',
  );
  ignored?.remove();
  return (ignored?.firstChild?.textContent ?? '').replace(/\s+/g, '');
}

/**
 * Removes what Word put between a downlevel condition (`<![if !supportLists]>`, read by the
 * parser as a comment) and its `<![endif]>`, and returns that text; undefined when absent.
 */
export function removeConditionalRun(root: Element, condition: string): string | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 0x80 /* NodeFilter.SHOW_COMMENT */);
  let start: Node | null;
  while ((start = walker.nextNode())) {
    if ((start as Comment).data.trim() !== condition) continue;
    let text = '';
    let node = start.nextSibling;
    while (node && !(node.nodeType === 8 && (node as Comment).data.trim() === '[endif]')) {
      const next = node.nextSibling;
      text += node.textContent ?? '';
      node.remove();
      node = next;
    }
    node?.remove();
    start.parentNode?.removeChild(start);
    return text;
  }
  return undefined;
}
