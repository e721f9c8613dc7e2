// Whether bytes handed in as a photo may be kept: the format their first bytes show (not the
// name's), one that can carry no script, named as what it is, and a size read from the header
// alone so a small file claiming 100,000 × 100,000 pixels is refused before anything is decoded.
import type { Metadata } from 'sharp';
import { DatelineError } from '../../../shared/api/errors';
import { isPhotoFormat, type PhotoFormat } from '../../../shared/photos/photo-ref';
import {
  formatOfName,
  hasNameEnding,
  sniffFormat,
  type SniffedFormat,
} from '../../../shared/photos/sniff';
import type { PhotoPrivacy } from '../../../shared/photos/photo-facts';
import { photoPrivacy } from './exif-facts';
import { loadSharp } from './sharp-loader';

/**
 * The most pixels a photo may have: 100 megapixels, past any camera a newsroom uses (61 MP).
 * sharp is told the same limit, so no decode can be asked for more.
 */
export const MAX_PHOTO_PIXELS = 100_000_000;
/** The largest original kept, as the contract's base64 allows. */
export const MAX_PHOTO_BYTES = 30 * 1024 * 1024;

export interface CheckedPhoto {
  format: PhotoFormat;
  /** Pixels with the camera's orientation applied. */
  width: number;
  height: number;
  privacy: PhotoPrivacy;
}

const NAMES: Record<SniffedFormat, string> = {
  jpeg: 'a JPEG photo',
  png: 'a PNG image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  svg: 'an SVG drawing',
  gif: 'a GIF image',
  heic: 'a HEIC photo',
  tiff: 'a TIFF image',
  unknown: 'not a photo Dateline can read',
};

const refuse = (reason: string, message: string, values: Record<string, string | number>) =>
  new DatelineError('invalid-input', message, { reason, values });

export async function checkPhoto(name: string, bytes: Uint8Array): Promise<CheckedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw refuse('photo-too-large', `${name} is larger than the 30 MB a photo may be.`, { name });
  }
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'svg' || formatOfName(name) === 'svg') {
    throw refuse(
      'photo-svg',
      `${name} is an SVG drawing, which can carry scripts, so it was not added. Save it as PNG or JPEG first.`,
      { name },
    );
  }
  if (!isPhotoFormat(sniffed)) {
    throw refuse(
      'photo-format',
      `${name} is ${NAMES[sniffed]}; Dateline takes JPEG, PNG, WebP and AVIF photos.`,
      { name, kind: sniffed },
    );
  }
  const format = sniffed;
  // A name with no ending claims nothing: the first bytes alone say what it is.
  const claimed = hasNameEnding(name) ? formatOfName(name) : format;
  if (claimed !== format) {
    throw refuse(
      'photo-mislabelled',
      `${name} is ${NAMES[format]}, not what its name says, so it was not added.`,
      { name, kind: format },
    );
  }
  const sharp = loadSharp();
  let metadata: Metadata;
  try {
    // The header only: sharp decodes no pixels for metadata().
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('photo-unreadable', `${name} could not be read as a photo; it may be damaged.`, {
      name,
    });
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_PHOTO_PIXELS || width === 0 || height === 0) {
    throw refuse(
      'photo-too-many-pixels',
      `${name} says it is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels, more than the 100 megapixels a photo may have, so it was not opened.`,
      { name, width, height },
    );
  }
  // Orientations 5 to 8 turn the photo a quarter, so its width is the stored height.
  const turned = (metadata.orientation ?? 1) >= 5;
  return {
    format,
    width: turned ? height : width,
    height: turned ? width : height,
    privacy: photoPrivacy(metadata),
  };
}
