// What a photo's own metadata gives away, read from the raw blocks sharp hands back: a GPS
// position, the camera, a time. Only IFD0 and its GPS pointer are looked at; the panel says what
// is there and export strips all of it.
import type { Metadata } from 'sharp';
import type { PhotoPrivacy } from '../../../shared/photos/photo-facts';

const GPS_POINTER = 0x8825;
const MAKE = 0x010f;
const MODEL = 0x0110;

/** IFD0's tags of a TIFF block (EXIF without its "Exif\0\0" header); bounded and never throws. */
function readIfd0(tiff: Buffer): Map<number, string | number> {
  const tags = new Map<number, string | number>();
  if (tiff.length < 8) return tags;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return tags;
  const count = Math.min(u16(ifd), 512);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) break;
    const tag = u16(entry);
    const type = u16(entry + 2);
    const length = u32(entry + 4);
    if (type === 2) {
      // ASCII: inside the entry when it fits in four bytes, else at the offset it names.
      const at = length <= 4 ? entry + 8 : u32(entry + 8);
      if (at + length <= tiff.length) {
        tags.set(
          tag,
          tiff
            .toString('latin1', at, at + length)
            .replace(/\0+$/, '')
            .trim(),
        );
      }
    } else {
      tags.set(tag, u32(entry + 8));
    }
  }
  return tags;
}

export function photoPrivacy(metadata: Pick<Metadata, 'exif' | 'xmp' | 'iptc'>): PhotoPrivacy {
  const exif = metadata.exif;
  let tags = new Map<number, string | number>();
  if (exif && exif.length > 6) {
    const start = exif.toString('latin1', 0, 4) === 'Exif' ? 6 : 0;
    try {
      tags = readIfd0(exif.subarray(start));
    } catch {
      // A damaged block tells nothing; export strips it all the same.
    }
  }
  const xmp = metadata.xmp?.toString('utf8') ?? '';
  const make = String(tags.get(MAKE) ?? '').trim();
  const model = String(tags.get(MODEL) ?? '').trim();
  const camera = model.startsWith(make) ? model : [make, model].filter(Boolean).join(' ');
  return {
    gps: tags.has(GPS_POINTER) || /GPS(Latitude|Longitude)/.test(xmp),
    ...(camera ? { camera } : {}),
    exif: Boolean(exif?.length),
    xmp: xmp.length > 0,
    iptc: Boolean(metadata.iptc?.length),
  };
}
