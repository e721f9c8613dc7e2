import { describe, expect, it } from 'vitest';
import { hasNameEnding, sniffFormat } from './sniff';

/** The first box of an ISO media file: its size, `ftyp`, the main brand, a version, the others. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const text = `${major}\0\0\0\0${compatible.join('')}`;
  const size = 8 + text.length;
  const bytes = new Uint8Array(size + 16);
  new DataView(bytes.buffer).setUint32(0, size);
  bytes.set(
    [...'ftyp'].map((c) => c.charCodeAt(0)),
    4,
  );
  bytes.set(
    [...text].map((c) => c.charCodeAt(0)),
    8,
  );
  return bytes;
}

describe('sniffFormat', () => {
  it('tells AVIF from HEIC by every brand of the first box, not the main one alone', () => {
    expect(sniffFormat(ftyp('avif', 'mif1', 'miaf'))).toBe('avif');
    // Written by some encoders and cameras: the generic image brand first, avif after it.
    expect(sniffFormat(ftyp('mif1', 'avif', 'miaf'))).toBe('avif');
    // An iPhone's photo.
    expect(sniffFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffFormat(ftyp('mif1', 'heic'))).toBe('heic');
    // A video is neither.
    expect(sniffFormat(ftyp('isom', 'iso2', 'mp41'))).toBe('unknown');
  });
});

describe('hasNameEnding', () => {
  it('tells a name that claims a type from one that claims none', () => {
    expect(hasNameEnding('IMG_1234.JPG')).toBe(true);
    expect(hasNameEnding('notes.pdf')).toBe(true);
    expect(hasNameEnding('IMG_1234')).toBe(false);
    expect(hasNameEnding('photo')).toBe(false);
  });
});
