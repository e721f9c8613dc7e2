// Imports a plain-text page or a Word document into the library as a new article. Sizes are
// checked first, the file is read in a worker, and nothing is written unless all of it was read.
import path from 'node:path';
import type { ImportOutcome } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import { copyHeadline } from '../../shared/copy-headline';
import type { PageImport } from '../../shared/import/plain-text';
import { findSameArticle } from './import-duplicate';
import { checkTextSize, checkWordSizes } from './import-limits';
import { headlineKey, type PageJob } from './import-page';
import { readPageInWorker, type WorkerLimits } from './import-runner';
import { documentImages, keepDocumentImages } from './media/import-photos';
import { summarizeWithCount, type Library } from './library';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const SUPPORTED = 'plain text (.txt, .text, .md) and Word documents (.docx)';

/**
 * What to do when the file's story is already in the library: `ask` refuses with a conflict that
 * names the article (the interface then asks), `copy` imports it named as a copy; left out, it is
 * imported as it is (the command line's way).
 */
export type IfAlreadyThere = 'ask' | 'copy';

export async function importFile(
  library: Library,
  name: string,
  bytes: Uint8Array,
  limits?: WorkerLimits,
  ifAlreadyThere?: IfAlreadyThere,
): Promise<ImportOutcome> {
  const extension = path.extname(name).toLowerCase();
  let kind: PageJob['kind'];
  if (TEXT_EXTENSIONS.has(extension)) {
    checkTextSize(name, bytes);
    kind = 'text';
  } else if (extension === '.docx') {
    checkWordSizes(name, bytes);
    kind = 'docx';
  } else {
    throw new DatelineError('invalid-input', unsupportedMessage(name, extension), {
      reason: extension === '.doc' ? 'import-old-word' : 'import-unsupported',
      values: { name },
    });
  }
  const headlines = await libraryHeadlines(library);
  const page = await readPageInWorker({ kind, name, bytes, headlines }, limits);
  // Word's pictures become photos of the library before the article names them.
  const images = documentImages(page);
  if (images.length > 0) {
    const pictures = await keepDocumentImages(
      library.root,
      page.fields.body,
      images,
      path.basename(name, extension),
    );
    page.fields.body = pictures.body;
    if (pictures.notice) page.report.notices.push(pictures.notice);
  }
  if (isEmpty(page)) {
    throw new DatelineError('invalid-input', `${name} has no text to import.`, {
      reason: 'import-empty',
      values: { name },
    });
  }
  const fields = { ...page.fields };
  if (ifAlreadyThere) {
    const same = await findSameArticle(library, fields);
    if (same && ifAlreadyThere === 'ask') {
      throw new DatelineError(
        'conflict',
        `${name} is already in the library as “${same.headline}”: open it, or import a copy.`,
        { reason: 'import-duplicate', values: { name, id: same.id, headline: same.headline } },
      );
    }
    if (same) fields.headline = copyHeadline(fields.headline, fields.language ?? 'en');
  }
  const article = await library.create(fields);
  return { article: summarizeWithCount(article), report: page.report };
}

function unsupportedMessage(name: string, extension: string): string {
  if (extension === '.doc') {
    return `${name} is an older Word document (.doc), which Dateline cannot read. Open it in Word, save it as a .docx document, and import that.`;
  }
  return `Dateline can import ${SUPPORTED}; ${name} is neither.`;
}

/** Related titles without an address link to the article with that exact headline, any case. */
async function libraryHeadlines(library: Library): Promise<[string, string][]> {
  const { articles } = await library.list();
  const byHeadline = new Map<string, string>();
  // The listing is newest first; the newest article with a headline wins.
  for (const article of articles) {
    const key = headlineKey(article.headline);
    if (key && !byHeadline.has(key)) byHeadline.set(key, article.id);
  }
  return [...byHeadline];
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
