// The library's originals: media/<sha-256>.<ext>, each written once, atomically, and never
// changed. The same photo added twice (or by two articles) is one file. Nothing outside media/
// is ever named by a photo: a hash is 64 hex digits and the ending comes from a fixed list.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../../shared/api/errors';
import {
  PHOTO_EXTENSIONS,
  PHOTO_FORMATS,
  isPhotoHash,
  type PhotoFormat,
} from '../../../shared/photos/photo-ref';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import { isOwnFolder } from '../library-files';
import { MAX_PHOTO_BYTES, checkPhoto } from './photo-check';
import type { PhotoFacts } from '../../../shared/photos/photo-facts';

export const MEDIA = 'media';
export type { PhotoFacts };

export class MediaStore {
  readonly folder: string;

  constructor(readonly root: string) {
    this.folder = path.join(root, MEDIA);
  }

  /** Checks and keeps a photo; one already kept is not written again. */
  async add(name: string, bytes: Uint8Array): Promise<PhotoFacts> {
    const checked = await checkPhoto(name, bytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const file = this.fileOf(hash, checked.format);
    try {
      await this.ownFolder();
      await mkdir(this.folder, { recursive: true });
      const kept = await stat(file).then(
        (found) => found.size === bytes.length,
        () => false,
      );
      if (!kept) await writeFileAtomic(file, bytes);
    } catch (error) {
      throw describeFsError(error, 'keep the photo in the library');
    }
    return { hash, ...checked, bytes: bytes.length };
  }

  /** The original's bytes and format. */
  async read(hash: string): Promise<{ format: PhotoFormat; bytes: Buffer }> {
    if (!isPhotoHash(hash)) throw missing();
    await this.ownFolder();
    for (const format of PHOTO_FORMATS) {
      const bytes = await readOriginal(this.fileOf(hash, format));
      if (bytes) return { format, bytes };
    }
    throw missing();
  }

  /** What the original holds, read again from its header. */
  async facts(hash: string): Promise<PhotoFacts> {
    const { format, bytes } = await this.read(hash);
    const checked = await checkPhoto(`photo.${PHOTO_EXTENSIONS[format]}`, bytes);
    return { hash, ...checked, bytes: bytes.length };
  }

  /** The hashes of every original kept, with their file names. */
  async list(): Promise<{ hash: string; file: string }[]> {
    if (!(await isOwnFolder(this.folder))) return [];
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names.flatMap((name) => {
      const [hash, ending] = name.split('.');
      return isPhotoHash(hash) && Object.values(PHOTO_EXTENSIONS).includes(ending ?? '')
        ? [{ hash, file: path.join(this.folder, name) }]
        : [];
    });
  }

  fileOf(hash: string, format: PhotoFormat): string {
    if (!isPhotoHash(hash)) throw missing();
    return path.join(this.folder, `${hash}.${PHOTO_EXTENSIONS[format]}`);
  }

  private async ownFolder(): Promise<void> {
    if (!(await isOwnFolder(this.folder))) {
      throw new DatelineError(
        'io',
        `The library's ${MEDIA} folder is a link to another place, which Dateline does not follow.`,
      );
    }
  }
}

const missing = () =>
  new DatelineError('not-found', 'That photo is not in this library.', {
    reason: 'photo-missing',
  });

/** An original's bytes; undefined when it is missing, a link, not a file or past the limit. */
async function readOriginal(file: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_PHOTO_BYTES) return undefined;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
