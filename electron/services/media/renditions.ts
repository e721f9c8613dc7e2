// The web sizes of photos, made with sharp and kept in the library's size cache
// (.dateline/media-cache/<file>.<encoding>, named by hash, width, crop and format, and by how it
// was encoded), so an unchanged photo is never made again. Every size is made from the original
// with its orientation applied and with no metadata (sharp writes none unless asked), so no GPS
// position or camera leaves in it. The encoders' options are fixed, so the same original gives
// the same bytes every time.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Sharp } from 'sharp';
import { DatelineError } from '../../../shared/api/errors';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { cropBox, type Rendition } from '../../../shared/photos/renditions';
import { writeFileAtomic } from '../atomic-write';
import { isOwnFolder } from '../library-files';
import type { MediaStore } from './media-store';
import { MAX_PHOTO_PIXELS } from './photo-check';
import { loadSharp } from './sharp-loader';

export const CACHE_FOLDER = path.join('.dateline', 'media-cache');

/**
 * How the cached sizes are encoded: the encoders' own version, bumped whenever their options or
 * the way a size is cut change, and sharp's, whose libvips may write other bytes for the same
 * pixels. A size made another way is not taken from the cache but made again, and the library's
 * tidying removes it.
 */
export const SIZE_ENCODING = 'enc1-sharp0.35.5';

const ENCODERS = {
  jpeg: (image: Sharp) =>
    // JPEG has no transparency: a PNG's clear background goes white, as on the page, not black.
    // libjpeg-turbo with optimised Huffman tables: mozjpeg's trellis saves ~15% of bytes but
    // takes ten times as long, too slow for an edition of a thousand photos.
    image.flatten({ background: '#ffffff' }).jpeg({
      quality: 80,
      progressive: true,
      optimiseCoding: true,
      chromaSubsampling: '4:2:0',
    }),
  webp: (image: Sharp) =>
    image.webp({ quality: 78, effort: 4, smartSubsample: false, alphaQuality: 100 }),
};

export class PhotoSizes {
  readonly folder: string;

  constructor(private readonly media: MediaStore) {
    this.folder = path.join(media.root, CACHE_FOLDER);
  }

  /** The file of each size, made now if the cache does not hold it; answers how many were made. */
  async ensure(photo: PhotoRef, sizes: readonly Rendition[]): Promise<number> {
    const wanted: Rendition[] = [];
    for (const size of sizes) {
      if (!(await this.has(size))) wanted.push(size);
    }
    if (wanted.length === 0) return 0;
    if (!(await isOwnFolder(this.folder))) {
      throw new DatelineError(
        'io',
        'The library’s size cache is a link elsewhere; it is not used.',
      );
    }
    await mkdir(this.folder, { recursive: true });
    const { bytes } = await this.media.read(photo.hash);
    const sharp = loadSharp();
    // Decoded once, turned upright and shrunk to the most any size needs (a JPEG is shrunk while
    // it is read), then every size is cut from the same pixels.
    const upright = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: baseWidth(photo, wanted), withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = upright.info;
    const pixels = () => sharp(upright.data, { raw: { width, height, channels } });
    for (const size of wanted) {
      let image = pixels();
      if (size.crop !== 'full') {
        image = image.extract(cropBox({ ...photo, width, height }, size.crop));
      }
      const resized = image.resize({ width: size.width, height: size.height, fit: 'fill' });
      const encoded = await ENCODERS[size.format](resized).toBuffer();
      await writeFileAtomic(this.fileOf(size), encoded);
    }
    return wanted.length;
  }

  /** A size's bytes, made first if need be. */
  async read(photo: PhotoRef, size: Rendition): Promise<Buffer> {
    await this.ensure(photo, [size]);
    return readFile(this.fileOf(size));
  }

  fileOf(size: Rendition): string {
    return path.join(this.folder, `${path.basename(size.file)}.${SIZE_ENCODING}`);
  }

  private has(size: Rendition): Promise<boolean> {
    return stat(this.fileOf(size)).then(
      (found) => found.isFile() && found.size > 0,
      () => false,
    );
  }
}

/** How wide the upright pixels must be for the narrowest loss in every size wanted. */
function baseWidth(photo: PhotoRef, sizes: readonly Rendition[]): number {
  let scale = 0;
  for (const size of sizes) {
    const from = size.crop === 'full' ? photo.width : cropBox(photo, size.crop).width;
    scale = Math.max(scale, size.width / from);
  }
  return Math.min(photo.width, Math.ceil(photo.width * Math.min(1, scale)));
}
