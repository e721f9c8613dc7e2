// Imports a plain-text page or a Word document into the library as a new article. Nothing is
// written unless the whole file could be read.
import path from 'node:path';
import type { ImportOutcome } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import { parsePlainTextPage, type PageImport } from '../../shared/import/plain-text';
import type { FindArticle } from '../../shared/import/related-section';
import { readDocxPage } from './import-docx';
import { summarizeWithCount, type Library } from './library';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const SUPPORTED = 'plain text (.txt, .text, .md) and Word documents (.docx)';

export async function importFile(
  library: Library,
  name: string,
  bytes: Uint8Array,
): Promise<ImportOutcome> {
  const extension = path.extname(name).toLowerCase();
  const findArticle = await headlineFinder(library);
  let page: PageImport;
  if (TEXT_EXTENSIONS.has(extension)) {
    page = parsePlainTextPage(decodeText(name, bytes), { findArticle });
  } else if (extension === '.docx') {
    page = await readDocxPage(name, bytes, findArticle);
  } else {
    throw new DatelineError('invalid-input', unsupportedMessage(name, extension));
  }
  if (isEmpty(page)) {
    throw new DatelineError('invalid-input', `${name} has no text to import.`);
  }
  const article = await library.create(page.fields);
  return { article: summarizeWithCount(article), report: page.report };
}

function unsupportedMessage(name: string, extension: string): string {
  if (extension === '.doc') {
    return `${name} is an older Word document (.doc), which Dateline cannot read. Open it in Word, save it as a .docx document, and import that.`;
  }
  return `Dateline can import ${SUPPORTED}; ${name} is neither.`;
}

/** UTF-8 (with or without a byte-order mark), or UTF-16 when the file starts with its mark. */
function decodeText(name: string, bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DatelineError(
      'invalid-input',
      `${name} is not a UTF-8 text file, so its letters cannot be read reliably. Save it again as UTF-8 (in Notepad: Save As, Encoding "UTF-8") and import that.`,
    );
  }
}

/** Related titles without an address link to the article with that exact headline, any case. */
async function headlineFinder(library: Library): Promise<FindArticle> {
  const { articles } = await library.list();
  const byHeadline = new Map<string, string>();
  // The listing is newest first; the newest article with a headline wins.
  for (const article of articles) {
    const key = headlineKey(article.headline);
    if (key && !byHeadline.has(key)) byHeadline.set(key, article.id);
  }
  return (title) => byHeadline.get(headlineKey(title));
}

function headlineKey(headline: string): string {
  return headline.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isEmpty({ fields, report }: PageImport): boolean {
  return (
    !fields.headline &&
    report.recognised.paragraphs === 0 &&
    report.tickerHeadlines.length === 0 &&
    fields.related.length === 0 &&
    !fields.dateline &&
    !fields.byline
  );
}
