// Why a photo could not be made ready for the web, in words a reporter can act on: which photo
// (by its alt text or caption) and what to do about it, never the image library's own message.
import { DatelineError } from '../../../shared/api/errors';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { describeFsError } from '../fs-errors';

const LONGEST_NAME = 60;

export function photoFailure(photo: PhotoRef, error: unknown): string {
  const words = (photo.alt.trim() || photo.caption.trim()).replace(/\s+/g, ' ');
  const name = words
    ? `The photo “${words.length > LONGEST_NAME ? `${words.slice(0, LONGEST_NAME - 1)}…` : words}”`
    : 'One of its photos';
  if (error instanceof DatelineError && error.code === 'not-found') {
    return `${name} is not in this library any more. Add the photo to the article again.`;
  }
  // A file the computer could not write (a full disk, a read-only folder) is said as such.
  if (error instanceof DatelineError || (error as NodeJS.ErrnoException)?.code) {
    const described = describeFsError(error, 'make its web sizes');
    return `${name} could not be made ready for the web. ${described.message}`;
  }
  return `${name} could not be read: its file is damaged or is not a photo. Add the photo to the article again.`;
}
