// What a file really is, from its first bytes: a name ending .jpg says nothing about the bytes.
import type { PhotoFormat } from './photo-ref';

export type SniffedFormat = PhotoFormat | 'svg' | 'gif' | 'heic' | 'tiff' | 'unknown';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const isoFormat = isoMediaFormat(bytes);
    if (isoFormat) return isoFormat;
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  // SVG is XML text: it may open with a BOM, spaces, an XML declaration or comments.
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .toLowerCase();
  if (/<svg[\s>]/.test(head)) return 'svg';
  return 'unknown';
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * AVIF and HEIC share one container, told apart by the brands of its first box: the main one, then
 * those it is compatible with. Many AVIF files name the generic image brand first and list avif
 * after it, so every brand is read.
 */
function isoMediaFormat(bytes: Uint8Array): 'avif' | 'heic' | undefined {
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(size >= 16 ? size : 16, bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (AVIF_BRANDS.has(brands[0]!)) return 'avif';
  if (HEIF_BRANDS.has(brands[0]!) && brands[0] !== 'mif1' && brands[0] !== 'msf1') return 'heic';
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heic';
  return undefined;
}

/** Whether a file's name has an ending at all ("IMG_1234" from a phone has none). */
export function hasNameEnding(name: string): boolean {
  return /\.[a-z0-9]+$/i.test(name);
}

/** The format a file's name claims, from its ending; undefined for an ending that is no photo's. */
export function formatOfName(name: string): PhotoFormat | 'svg' | undefined {
  const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ending) {
    case 'jpg':
    case 'jpeg':
    case 'jpe':
    case 'jfif':
      return 'jpeg';
    case 'png':
      return 'png';
    case 'webp':
      return 'webp';
    case 'avif':
      return 'avif';
    case 'svg':
    case 'svgz':
      return 'svg';
    default:
      return undefined;
  }
}
