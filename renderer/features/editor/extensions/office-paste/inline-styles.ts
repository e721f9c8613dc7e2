// Turns styled runs into the tags the schema reads: Google Docs and web pages mark bold, italic
// and underline with inline styles only. A bold tag styled as normal weight (Google Docs wraps
// its whole clipboard in one) is not bold; Word's `mso-bidi-font-weight` is not a font weight.
import { fontWeight, isItalic, isUnderlined, readStyle } from './style-declarations';

const BOLD_TAGS = new Set(['B', 'STRONG']);
const ITALIC_TAGS = new Set(['I', 'EM']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function convertInlineStyles(doc: Document): void {
  for (const element of [...doc.body.querySelectorAll<HTMLElement>('[style]')]) {
    const style = readStyle(element);
    const weight = fontWeight(style);
    const italic = isItalic(style);
    if (
      (BOLD_TAGS.has(element.tagName) && weight === 'normal') ||
      (ITALIC_TAGS.has(element.tagName) && italic === false)
    ) {
      unwrap(element);
      continue;
    }
    // Headings are bold by their own style; a bold run inside one is no emphasis.
    const inHeading = hasAncestor(element, (node) => HEADINGS.has(node.tagName));
    const tags = [
      weight === 'bold' && !inHeading && !BOLD_TAGS.has(element.tagName) && 'strong',
      italic === true && !ITALIC_TAGS.has(element.tagName) && 'em',
      isUnderlined(style) === true &&
        element.tagName !== 'U' &&
        !hasAncestor(element, (node) => node.tagName === 'A') &&
        'u',
    ].filter((tag): tag is string => Boolean(tag));
    // What the style said is now in tags; left in place, the schema's own style rules would read
    // it where no CSP stops them and not where one does.
    element.removeAttribute('style');
    if (HEADINGS.has(element.tagName) || tags.length === 0) continue;
    for (const tag of tags) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    }
  }
}

/** The element or one around it passes the test (a link is underlined only to look like one). */
function hasAncestor(element: Element, test: (node: Element) => boolean): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (test(node)) return true;
  }
  return false;
}

export function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}
