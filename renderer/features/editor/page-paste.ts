// Pasting a whole published page into an empty article fills every field at once, the way the
// importer reads a .txt file. A short paste into an empty article stays an ordinary paste. When
// the clipboard carries HTML (Word, Google Docs, a web page), the page is read from its blocks,
// so the body keeps its lists, headings, bold, italic and links.
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import type { ArticleSummary, TipTapNode } from '../../../shared/article';
import { blockText } from '../../../shared/import/inline';
import { parsePlainTextPage } from '../../../shared/import/plain-text';
import { recognisePage, type PageImport } from '../../../shared/import/recognise-page';
import type { FindArticle } from '../../../shared/import/related-section';
import { articleSchema } from '../../../shared/schema/extensions';
import { cleanPastedHtml } from './extensions/office-paste';

/** What a paste carries: always its plain text, and HTML when the source wrote some. */
export interface PastedClipboard {
  text: string;
  html: string;
}

/** Three or more non-empty lines: a headline and at least two paragraphs, or more. */
export function looksLikePage(text: string): boolean {
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() && ++lines >= 3) return true;
  }
  return false;
}

/** Reads a pasted page from its HTML when that holds the page's blocks, else from its text. */
export function readPastedPage(clipboard: PastedClipboard, findArticle?: FindArticle): PageImport {
  const blocks = clipboard.html ? htmlBlocks(clipboard.html) : [];
  // HTML with fewer than two blocks (one styled run, lines split by <br>) holds no page structure.
  if (blocks.filter((block) => blockText(block).trim()).length < 2) {
    return parsePlainTextPage(clipboard.text, { findArticle });
  }
  return recognisePage(blocks, { format: 'text', findArticle });
}

function htmlBlocks(html: string): TipTapNode[] {
  const schema = articleSchema();
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(html, { keepTables: 'table' in schema.nodes });
  const json = SchemaParser.fromSchema(schema).parse(container).toJSON() as {
    content?: TipTapNode[];
  };
  return json.content ?? [];
}

/** A library article whose headline is the given title, ignoring case and spacing. */
export function findByHeadline(
  articles: readonly ArticleSummary[],
  title: string,
): string | undefined {
  const wanted = normalize(title);
  return articles.find((article) => normalize(article.headline) === wanted)?.id;
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
