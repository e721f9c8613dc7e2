// Puts an exported page into the preview frame. The frame never loads the page as a document: it
// inherits the app's CSP, which refuses inline <style>, and it may run no scripts. So the page's
// body is parsed here and moved in, and the theme is adopted as a constructed stylesheet.
//
// A long article is tens of thousands of words: parsing and laying all of it out again after
// each pause in typing held the app for hundreds of milliseconds. So the page around the story is
// replaced only when it changed, and of the story only the blocks that differ from the last
// showing are parsed and swapped; the browser lays out only those. The story's blocks are all laid
// out when the Preview opens (a sixth of a second for 60,000 words): leaving those out of sight
// for later made the browser check each block's place on every frame while the writer typed.
import { pageStyles } from '../../../shared/export';
import { previewFontLinks } from './preview-fonts';
import { followAppTheme } from './preview-theme';
import type { PreviewPage } from './preview-page';

// The theme is the page's only <style>; body text is escaped, so the tag cannot occur in it.
const THEME_ELEMENT = /<style>[\s\S]*?<\/style>/;
const STORY = '.article-body';

interface Shown {
  shell: string;
  story: Element;
  blocks: string[];
  /** The nodes each block was parsed into, in order. */
  nodes: ChildNode[][];
}

const shown = new WeakMap<Document, Shown>();

/** Shows the page in the frame; false while the frame has no document to show it in. */
export function showPage(frame: HTMLIFrameElement, page: PreviewPage): boolean {
  const doc = frame.contentDocument;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !view) return false;
  let last = shown.get(doc);
  if (!last) prepare(doc, view);
  if (!last || last.shell !== page.shell || !last.story.isConnected) {
    last = showShell(doc, page.shell);
    shown.set(doc, last);
  }
  updateBlocks(doc, last, page.blocks);
  return true;
}

function showShell(doc: Document, shell: string): Shown {
  // A parsed document runs nothing and loads nothing; its body is then moved, not copied.
  const parsed = new DOMParser().parseFromString(shell.replace(THEME_ELEMENT, ''), 'text/html');
  doc.documentElement.lang = parsed.documentElement.lang;
  doc.documentElement.dir = parsed.documentElement.dir;
  doc.title = parsed.title;
  const body = doc.adoptNode(parsed.body);
  const story = body.querySelector(STORY) ?? body.appendChild(doc.createElement('div'));
  story.replaceChildren();
  doc.body.replaceWith(body);
  return { shell, story, blocks: [], nodes: [] };
}

/** Replaces the run of blocks between the unchanged start and the unchanged end. */
function updateBlocks(doc: Document, last: Shown, blocks: string[]): void {
  const before = last.blocks;
  let start = 0;
  while (start < before.length && start < blocks.length && before[start] === blocks[start]) {
    start += 1;
  }
  let end = 0;
  while (
    end < before.length - start &&
    end < blocks.length - start &&
    before[before.length - 1 - end] === blocks[blocks.length - 1 - end]
  ) {
    end += 1;
  }
  const removed = last.nodes.slice(start, before.length - end);
  const added = blocks.slice(start, blocks.length - end).map((html) => parseBlock(doc, html));
  // The first node after the run: a block may have written nothing (a photo that is not one).
  const next = last.nodes.slice(before.length - end).find((nodes) => nodes.length > 0)?.[0] ?? null;
  for (const nodes of removed) for (const node of nodes) node.remove();
  const fragment = doc.createDocumentFragment();
  for (const nodes of added) fragment.append(...nodes);
  last.story.insertBefore(fragment, next);
  last.nodes.splice(start, removed.length, ...added);
  last.blocks = blocks;
}

/** A block's nodes, parsed inert in a template of the frame's own document. */
function parseBlock(doc: Document, html: string): ChildNode[] {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return [...doc.importNode(template.content, true).childNodes];
}

function prepare(doc: Document, view: Window & typeof globalThis): void {
  // A sheet must be made by the frame's own window to be adopted by its document.
  const theme = new view.CSSStyleSheet();
  // The theme with the Khmer faces, so the preview draws Khmer as the exported page does.
  theme.replaceSync(followAppTheme(pageStyles(previewFontLinks())));
  doc.adoptedStyleSheets = [theme];
  // A followed link would replace the preview (the CSP refuses other pages in frames anyway).
  doc.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('a')) event.preventDefault();
  });
}
