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
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (/^(heic|heix|mif1|msf1|hevc)$/.test(brand)) return 'heic';
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
