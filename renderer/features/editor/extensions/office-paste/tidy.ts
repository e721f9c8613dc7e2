// Clears what office suites leave around the text: Word's <o:p> and downlevel conditions, a
// list nested straight inside a list (Google Docs), line breaks standing between blocks, and
// paragraphs that hold nothing but spaces.
import { removeConditionalRun } from './word-lists';

const BLOCK = /^(P|DIV|H[1-6]|UL|OL|TABLE|BLOCKQUOTE)$/;
const HIDDEN_RUNS = ['[if !supportLists]', '[if !supportLineBreakNewLine]'];

export function removeOfficeLeftovers(doc: Document): void {
  for (const condition of HIDDEN_RUNS) {
    while (removeConditionalRun(doc.body, condition) !== undefined);
  }
  for (const element of [...doc.body.getElementsByTagName('o:p')]) element.remove();
}

export function tidyStructure(doc: Document): void {
  for (const list of [...doc.body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')]) {
    const previous = list.previousElementSibling;
    if (previous?.tagName === 'LI') previous.append(list);
    else {
      const item = doc.createElement('li');
      list.replaceWith(item);
      item.append(list);
    }
  }
  for (const br of [...doc.body.querySelectorAll('br')]) {
    const parent = br.parentElement;
    if (parent && (parent === doc.body || parent.tagName === 'DIV') && standsBetweenBlocks(br)) {
      br.remove();
    }
  }
  for (const paragraph of [...doc.body.querySelectorAll('p')]) {
    const empty = !paragraph.textContent?.replace(/[\s\u00a0]/g, '');
    if (empty && !paragraph.querySelector('img')) paragraph.remove();
  }
}

function standsBetweenBlocks(br: Element): boolean {
  const side = (node: Node | null, step: (node: Node) => Node | null): boolean => {
    while (node && node.nodeType === 3 && !node.textContent?.trim()) node = step(node);
    return !node || (node.nodeType === 1 && BLOCK.test((node as Element).tagName)) || isBr(node);
  };
  return (
    side(br.previousSibling, (node) => node.previousSibling) &&
    side(br.nextSibling, (node) => node.nextSibling)
  );
}

const isBr = (node: Node): boolean => node.nodeType === 1 && (node as Element).tagName === 'BR';
