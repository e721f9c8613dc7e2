// Makes pastes from office suites read as they look. Word writes lists as paragraphs styled
// "mso-list" with the bullet or number as text; Google Docs marks bold and italic with inline
// styles and wraps everything in a <b> that is not bold. The page's CSP rightly ignores inline
// styles, so the schema's style rules cannot see them: they are turned into tags here, from the
// raw attribute text, before the editor parses the paste.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\s*(?:\d+|[a-z]|[ivxlcdm]+)[.)]/i;

interface ListParagraph {
  element: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
}

function readListParagraph(element: HTMLElement): ListParagraph | undefined {
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '');
  if (!match) return undefined;
  const marker = element.querySelector(
    '[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]',
  );
  const ordered = ORDERED_MARKER.test(marker?.textContent ?? '');
  marker?.remove();
  return { element, list: match[1]!, level: Number(match[2]), ordered };
}

const BOLD_WEIGHT = /font-weight\s*:\s*(bold(?:er)?|[6-9]00)\b/i;
const NORMAL_WEIGHT = /font-weight\s*:\s*(normal|[1-4]00)\b/i;
const ITALIC = /font-style\s*:\s*italic\b/i;

/** Wraps the contents of styled spans in strong/em and unwraps bold tags styled as normal. */
function convertInlineStyles(doc: Document): void {
  for (const element of [...doc.body.querySelectorAll<HTMLElement>('[style]')]) {
    const style = element.getAttribute('style') ?? '';
    if (element.tagName === 'B' && NORMAL_WEIGHT.test(style)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    const wrappers = [BOLD_WEIGHT.test(style) && 'strong', ITALIC.test(style) && 'em'].filter(
      (tag): tag is string => Boolean(tag),
    );
    for (const tag of wrappers) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    }
  }
}

/** Rewrites office markup into plain semantic HTML the schema reads. */
export function normalizeOfficeHtml(html: string): string {
  if (!/mso-list|style\s*=/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  convertOfficeLists(doc);
  convertInlineStyles(doc);
  return doc.body.innerHTML;
}

/** Replaces each run of consecutive Word list paragraphs with nested ul/ol elements. */
function convertOfficeLists(doc: Document): void {
  const items = [...doc.body.querySelectorAll('p')]
    .map((element) => readListParagraph(element))
    .filter((item): item is ListParagraph => item !== undefined);

  let stack: { level: number; list: HTMLElement; lastItem?: HTMLElement }[] = [];
  let previous: HTMLElement | undefined;
  for (const item of items) {
    const continues = previous !== undefined && previous.nextElementSibling === item.element;
    if (!continues) stack = [];
    while (stack.length > 0 && stack.at(-1)!.level > item.level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (top?.lastItem) top.lastItem.append(list);
      else item.element.before(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...item.element.childNodes);
    li.append(paragraph);
    top.list.append(li);
    top.lastItem = li;
    // Keep a placeholder where the paragraph was, so the next sibling check still works.
    const placeholder = doc.createElement('p');
    item.element.replaceWith(placeholder);
    previous = placeholder;
    previous.dataset.officeListPlaceholder = '';
  }
  for (const placeholder of doc.body.querySelectorAll('[data-office-list-placeholder]')) {
    placeholder.remove();
  }
}

export const OfficePaste = Extension.create({
  name: 'officePaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('officePaste'),
        props: { transformPastedHTML: (html) => normalizeOfficeHtml(html) },
      }),
    ];
  },
});
