// The originals of the photos desk articles show. An article's document names a photo by the
// sha-256 of its bytes; the bytes themselves travel here, once per photo, so every member's
// laptop can fetch what an article shows. The desk checks that the bytes are the photo named and
// a format that can carry no script; each laptop checks them again before keeping them.
import { createHash } from 'node:crypto';
import { isPhotoHash, PHOTO_FORMATS, type PhotoFormat } from '../shared/photos/photo-ref';
import { sniffFormat } from '../shared/photos/sniff';
import type { Member } from './people';
import { DeskRequestError } from './request-error';
import type { DeskSql } from './sql';

export interface DeskPhoto {
  format: PhotoFormat;
  bytes: Uint8Array;
}

export class DeskPhotos {
  constructor(
    private readonly db: DeskSql,
    readonly maxBytes: number,
  ) {}

  /** Of the hashes given, those the desk does not hold. */
  async missing(hashes: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(hashes)];
    if (wanted.length === 0) return [];
    const held = await this.db.all<{ hash: string }>(
      `SELECT hash FROM photos WHERE hash IN (${wanted.map(() => '?').join(', ')})`,
      wanted,
    );
    const known = new Set(held.map((row) => row.hash));
    return wanted.filter((hash) => !known.has(hash));
  }

  /** Keeps a photo sent under `hash`; one already held is not written again. */
  async add(member: Member, hash: string, bytes: Uint8Array): Promise<void> {
    if (!isPhotoHash(hash)) throw notAPhotoName();
    if (bytes.byteLength > this.maxBytes) throw tooLarge(this.maxBytes);
    const format = sniffFormat(bytes);
    if (!(PHOTO_FORMATS as readonly string[]).includes(format)) {
      throw new DeskRequestError(
        'invalid-input',
        'The desk keeps JPEG, PNG, WebP and AVIF photos only; these bytes are none of them.',
      );
    }
    if (createHash('sha256').update(bytes).digest('hex') !== hash) {
      throw new DeskRequestError(
        'invalid-input',
        'The photo’s bytes do not match its name; it may have been damaged on the way. Try again.',
      );
    }
    // Several servers (or two laptops) may send the same photo at once: the first one is kept.
    await this.db.run(
      `INSERT INTO photos (hash, format, bytes, added_by, added_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (hash) DO NOTHING`,
      [hash, format, bytes, member.name, new Date().toISOString()],
    );
  }

  async read(hash: string): Promise<DeskPhoto> {
    if (!isPhotoHash(hash)) throw notAPhotoName();
    const row = await this.db.get<{ format: PhotoFormat; bytes: Uint8Array }>(
      'SELECT format, bytes FROM photos WHERE hash = ?',
      [hash],
    );
    if (!row) throw new DeskRequestError('not-found', 'The desk does not hold that photo.');
    return { format: row.format, bytes: row.bytes };
  }
}

const notAPhotoName = () =>
  new DeskRequestError('invalid-input', 'A photo is named by the sha-256 of its bytes.');

export const tooLarge = (maxBytes: number) =>
  new DeskRequestError(
    'too-large',
    `The photo is larger than the desk keeps (${Math.round(maxBytes / (1024 * 1024))} MB).`,
  );
