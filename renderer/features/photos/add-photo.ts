// A photo file from the chooser, a drop or a paste goes up to the library as bytes with its name;
// what comes back is its hash and what it holds. A refusal is worded in the interface's language.
import type { PhotoFacts } from '../../../shared/photos/photo-facts';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { hasNameEnding } from '../../../shared/photos/sniff';
import { ApiError, api, messageOf } from '../../api/client';
import { t } from '../../i18n/intl';
import { bytesToBase64 } from '../import/base64';

export const PHOTO_ACCEPT =
  '.jpg,.jpeg,.png,.webp,.avif,image/jpeg,image/png,image/webp,image/avif';

/** A pasted image has no name of its own; one is given from its type. */
const PASTED_NAMES: Record<string, string> = {
  'image/jpeg': 'pasted.jpg',
  'image/png': 'pasted.png',
  'image/webp': 'pasted.webp',
  'image/avif': 'pasted.avif',
};

export type AddedPhoto = { ok: true; facts: PhotoFacts } | { ok: false; message: string };

export async function addPhotoFile(file: File): Promise<AddedPhoto> {
  const name =
    file.name && file.name !== 'image.png' ? file.name : (PASTED_NAMES[file.type] ?? file.name);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // A folder dropped, or a file gone or locked since it was picked.
    return { ok: false, message: t('photos.error.photo-unreadable') };
  }
  try {
    const data = bytesToBase64(bytes);
    return { ok: true, facts: await api.addPhoto({ name: name || 'photo', data }) };
  } catch (error) {
    return { ok: false, message: refusalWords(error) };
  }
}

function refusalWords(error: unknown): string {
  if (error instanceof ApiError && error.reason?.startsWith('photo-')) {
    return t(`photos.error.${error.reason}`, { name: '', ...error.values });
  }
  return messageOf(error);
}

/**
 * The photo files among dropped or pasted ones. A file with no ending to its name ("IMG_1234") has
 * no type either: it goes to the library, which tells a photo by its first bytes or says why not.
 */
export function photoFiles(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter(
    (file) =>
      file.type.startsWith('image/') ||
      /\.(jpe?g|png|webp|avif|svg)$/i.test(file.name) ||
      (file.type === '' && !hasNameEnding(file.name)),
  );
}

/** Opens the file chooser for one photo. */
export function choosePhotoFile(onFile: (file: File) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = PHOTO_ACCEPT;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
  });
  input.click();
}

/** A reference to a photo just added, with the words the writer gave it. */
export function photoRefOf(
  facts: PhotoFacts,
  words: Pick<PhotoRef, 'alt' | 'caption' | 'credit'>,
): PhotoRef {
  return {
    hash: facts.hash,
    format: facts.format,
    width: facts.width,
    height: facts.height,
    ...words,
  };
}
