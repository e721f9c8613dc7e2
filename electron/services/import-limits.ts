// How large an imported file may be, checked before anything is unpacked or parsed: a Word file
// is a zip whose stated sizes are read first, so a small file that would unpack to gigabytes is
// refused in a moment instead of exhausting the host's memory.
import { DatelineError } from '../../shared/api/errors';
import { readZipDirectory, ZipFormatError, type ZipPart } from './zip-directory';

/** All of a Word file's parts together, unpacked: hundreds of pages of text with photos. */
export const MAX_WORD_UNPACKED = 50_000_000;
/** Any one part unpacked; the main text of a 220,000-character article is about 1 MB. */
export const MAX_WORD_PART = 10_000_000;
/** A Word document has a few dozen parts. */
export const MAX_WORD_PARTS = 5_000;
/** A text page of about 800,000 words; its article file stays within the library's limit. */
export const MAX_TEXT_FILE = 5_000_000;

const SPLIT = 'If it is a real document, split it into smaller files and import each.';

export function checkTextSize(name: string, bytes: Uint8Array): void {
  if (bytes.byteLength <= MAX_TEXT_FILE) return;
  throw new DatelineError(
    'invalid-input',
    `${name} is ${formatSize(bytes.byteLength)}; Dateline imports text files up to ${formatSize(MAX_TEXT_FILE)}. ${SPLIT}`,
    {
      reason: 'text-file-too-large',
      values: { name, size: formatSize(bytes.byteLength), limit: formatSize(MAX_TEXT_FILE) },
    },
  );
}

export function checkWordSizes(name: string, bytes: Uint8Array): void {
  let parts;
  try {
    parts = readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw new DatelineError(
      'invalid-input',
      `${name} could not be read as a Word document (${error.message}). It may be damaged, or not really a .docx file; open it in Word, save it again as .docx, and import that.`,
      { reason: 'word-damaged', values: { name } },
    );
  }
  if (parts.length > MAX_WORD_PARTS) {
    throw new DatelineError(
      'invalid-input',
      `${name} holds ${parts.length.toLocaleString('en')} parts, far more than a Word document has, so it was not opened.`,
      { reason: 'word-too-many-parts', values: { name, parts: parts.length } },
    );
  }
  const total = parts.reduce((sum, part) => sum + part.size, 0);
  if (total > MAX_WORD_UNPACKED) {
    throw new DatelineError(
      'invalid-input',
      `${name} would unpack to ${formatSize(total)}; Dateline opens Word files up to ${formatSize(MAX_WORD_UNPACKED)} unpacked. ${SPLIT}`,
      {
        reason: 'word-too-large',
        values: { name, size: formatSize(total), limit: formatSize(MAX_WORD_UNPACKED) },
      },
    );
  }
  const largest = parts.reduce<ZipPart | undefined>(
    (big, part) => (!big || part.size > big.size ? part : big),
    undefined,
  );
  if (largest && largest.size > MAX_WORD_PART) {
    const what = largest.name === 'word/document.xml' ? 'Its text' : 'One of its parts';
    throw new DatelineError(
      'invalid-input',
      `${name} could not be opened. ${what} would unpack to ${formatSize(largest.size)}; Dateline opens Word files whose text and other parts are each up to ${formatSize(MAX_WORD_PART)} unpacked. ${SPLIT}`,
      {
        reason: 'word-part-too-large',
        values: { name, size: formatSize(largest.size), limit: formatSize(MAX_WORD_PART) },
      },
    );
  }
}

/** "240 KB", "82 MB", "1.2 GB": decimal units, as file managers show them. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  for (const [unit, label] of units) {
    if (bytes >= unit) {
      const value = bytes / unit;
      const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
      return `${shown.toLocaleString('en')} ${label}`;
    }
  }
  return `${bytes} bytes`;
}
