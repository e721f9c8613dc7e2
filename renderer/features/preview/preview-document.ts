// Puts an exported page into the preview frame. The frame never loads the page as a document: it
// inherits the app's CSP, which refuses inline <style>, and it may run no scripts. So the page's
// body is parsed here and moved in, and the theme is adopted as a constructed stylesheet.
import { pageStyles } from '../../../shared/export';
import { previewFontLinks } from './preview-fonts';

// The theme is the page's only <style>; body text is escaped, so the tag cannot occur in it.
const THEME_ELEMENT = /<style>[\s\S]*?<\/style>/;

const prepared = new WeakSet<Document>();

/** Shows the page in the frame; false while the frame has no document to show it in. */
export function showPage(frame: HTMLIFrameElement, page: string): boolean {
  const doc = frame.contentDocument;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !view) return false;
  if (!prepared.has(doc)) prepare(doc, view);
  // A parsed document runs nothing and loads nothing; its body is then moved, not copied.
  const parsed = new DOMParser().parseFromString(page.replace(THEME_ELEMENT, ''), 'text/html');
  doc.documentElement.lang = parsed.documentElement.lang;
  doc.documentElement.dir = parsed.documentElement.dir;
  doc.title = parsed.title;
  doc.body.replaceWith(doc.adoptNode(parsed.body));
  return true;
}

function prepare(doc: Document, view: Window & typeof globalThis): void {
  // A sheet must be made by the frame's own window to be adopted by its document.
  const theme = new view.CSSStyleSheet();
  // The theme with the Khmer faces, so the preview draws Khmer as the exported page does.
  theme.replaceSync(pageStyles(previewFontLinks()));
  doc.adoptedStyleSheets = [theme];
  // A followed link would replace the preview (the CSP refuses other pages in frames anyway).
  doc.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('a')) event.preventDefault();
  });
  prepared.add(doc);
}
