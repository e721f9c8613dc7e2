// Reads an imported file's bytes into a page (the article's fields and what was recognised). This
// is the heavy part of an import; it runs in the import worker, away from the host's requests.
import { DatelineError } from '../../shared/api/errors';
import { parsePlainTextPage, type PageImport } from '../../shared/import/plain-text';
import { readDocxPage } from './import-docx';

export interface PageJob {
  kind: 'text' | 'docx';
  name: string;
  bytes: Uint8Array;
  /** The library's articles by headline key (see headlineKey), for related links without an address. */
  headlines: [string, string][];
}

export async function readImportedPage(job: PageJob): Promise<PageImport> {
  const byHeadline = new Map(job.headlines);
  const findArticle = (title: string) => byHeadline.get(headlineKey(title));
  if (job.kind === 'docx') return readDocxPage(job.name, job.bytes, findArticle);
  return parsePlainTextPage(decodeText(job.name, job.bytes), { findArticle });
}

/** Headlines compared whatever their case and spacing. */
export function headlineKey(headline: string): string {
  return headline.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
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
      { reason: 'import-not-utf8', values: { name } },
    );
  }
}
