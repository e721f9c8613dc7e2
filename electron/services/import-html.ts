// Turns the HTML a Word document was converted to into TipTap blocks, in Node: happy-dom parses
// it with scripting off, and ProseMirror reads it through the article schema, which keeps only
// what an article can hold (links only to http, https and mailto addresses; tables with their
// rows, a bold first row read as the header row, a table inside a cell read as its words).
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import type { Element, HTMLElement } from 'happy-dom';
import type { TipTapNode } from '../../shared/article';
import { parseTickerLine } from '../../shared/import/ticker-line';
import { articleSchema } from '../../shared/schema/extensions';

export interface DroppedContent {
  images: number;
}

export interface HtmlBlocks {
  blocks: TipTapNode[];
  /** The document's own title, when it opens with one (after a ticker line, if any). */
  headline?: string;
  dropped: DroppedContent;
}

const MAX_HEADLINE = 1_000;

export async function htmlToBlocks(html: string): Promise<HtmlBlocks> {
  // Loaded on first use: a whole browser DOM is a slow start for hosts that never import Word.
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(
      `<!DOCTYPE html><html><body>${html}</body></html>`,
      'text/html',
    );
    const body = document.body;
    const dropped = { images: pictureFigures(body) };
    const headline = takeTitle(body);
    // The schema has headings of level 2 and 3 only.
    for (const heading of [...body.querySelectorAll('h1')]) rename(heading, 'h2');
    for (const heading of [...body.querySelectorAll('h4, h5, h6')]) rename(heading, 'h3');
    const doc = SchemaParser.fromSchema(articleSchema()).parse(body as unknown as Node);
    const json = doc.toJSON() as { content?: TipTapNode[] };
    return { blocks: json.content ?? [], ...(headline ? { headline } : {}), dropped };
  } finally {
    await window.happyDOM.abort();
    await window.happyDOM.close();
  }
}

/** Removes the first-level heading that opens the document and returns its text. */
function takeTitle(body: HTMLElement): string | undefined {
  const [first, second] = Array.from(body.children);
  const opensWithTicker =
    first?.tagName === 'P' && parseTickerLine(first.textContent) !== undefined;
  const candidate = opensWithTicker ? second : first;
  if (candidate?.tagName !== 'H1') return undefined;
  const text = candidate.textContent.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_HEADLINE) return undefined;
  candidate.remove();
  return text;
}

/**
 * Turns the document's own pictures (named `pending-N` by the Word reader) into photo figures
 * after the block they stood in, keeping their alt text; any other image is removed and counted.
 */
function pictureFigures(body: HTMLElement): number {
  let removed = 0;
  for (const image of [...body.querySelectorAll('img')]) {
    const src = image.getAttribute('src') ?? '';
    if (/^pending-\d+$/.test(src)) {
      const figure = image.ownerDocument.createElement('figure');
      figure.setAttribute('data-hash', src);
      figure.setAttribute('data-alt', (image.getAttribute('alt') ?? '').trim());
      const block = image.closest('p, li, td, th, blockquote') ?? image;
      block.after(figure);
    } else {
      removed += 1;
    }
    image.remove();
  }
  return removed;
}

function rename(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
}
