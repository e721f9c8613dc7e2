// Why a photo could not be made ready for the web, in words a reporter can act on: which photo
// (by its alt text or caption) and what to do about it, never the image library's own message.
// The sentence is English, as the command line prints it; its reason and values let the
// interface say the same in its own language (`errors.<reason>` in the catalogs).
import { DatelineError } from '../../../shared/api/errors';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { describeFsError } from '../fs-errors';

const LONGEST_NAME = 60;

/** The failure as an error: its message is the sentence, its reason and values the same for any language. */
export function photoFailure(photo: PhotoRef, error: unknown): DatelineError {
  const words = (photo.alt.trim() || photo.caption.trim()).replace(/\s+/g, ' ');
  const short = words.length > LONGEST_NAME ? `${words.slice(0, LONGEST_NAME - 1)}…` : words;
  const name = short ? `The photo “${short}”` : 'One of its photos';
  // Said with or without the photo's words: `named` picks the sentence's beginning.
  const values = { photo: short, named: short ? 'yes' : 'no' };
  const fail = (code: DatelineError['code'], reason: string, message: string) =>
    new DatelineError(code, message, { reason, values });
  if (error instanceof DatelineError && error.code === 'not-found') {
    return fail(
      'not-found',
      'export-photo-missing',
      `${name} is not in this library any more. Add the photo to the article again.`,
    );
  }
  // A file the computer could not write (a full disk, a read-only folder) is said as such.
  if (error instanceof DatelineError || (error as NodeJS.ErrnoException)?.code) {
    const described = describeFsError(error, 'make its web sizes');
    const reason =
      described.code === 'disk-full'
        ? 'export-photo-disk-full'
        : described.code === 'read-only'
          ? 'export-photo-read-only'
          : 'export-photo-not-made';
    return fail(
      described.code,
      reason,
      `${name} could not be made ready for the web. ${described.message}`,
    );
  }
  return fail(
    'invalid-input',
    'export-photo-damaged',
    `${name} could not be read: its file is damaged or is not a photo. Add the photo to the article again.`,
  );
}

/** A single article's export refused for its photo: the same words after "Not exported:". */
export function notExported(failure: DatelineError): DatelineError {
  return new DatelineError(failure.code, `Not exported: ${failure.message}`, {
    ...(failure.reason ? { reason: failure.reason } : {}),
    ...(failure.values ? { values: failure.values } : {}),
  });
}
