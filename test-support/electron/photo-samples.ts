// Sample photos for tests and the benchmark, made here with sharp (never downloaded): a noisy
// gradient so encoders have detail to keep, optionally with the GPS position and camera a phone
// writes, and a PNG header that claims far more pixels than the file holds.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

export interface SampleOptions {
  width?: number;
  height?: number;
  /** Write EXIF with a GPS position and a camera, and an EXIF orientation. */
  gps?: boolean;
  orientation?: number;
  seed?: number;
}

/** Deterministic pixels: a gradient with a pattern, different for each seed. */
function pixels(width: number, height: number, seed: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      const wave = ((x * 7 + y * 13 + seed * 31) ^ (x * y + seed)) & 63;
      data[at] = (x * 255) / width + wave;
      data[at + 1] = (y * 255) / height + ((seed * 40) & 255) - wave;
      data[at + 2] = ((x + y + seed * 17) & 255) ^ wave;
    }
  }
  return data;
}

export async function sampleJpeg(options: SampleOptions = {}): Promise<Buffer> {
  const { width = 1600, height = 1067, seed = 1 } = options;
  let image = sharp(pixels(width, height, seed), { raw: { width, height, channels: 3 } }).jpeg({
    quality: 90,
  });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS R6' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '11/1 33/1 3600/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '104/1 55/1 1200/100',
      },
    });
  }
  return image.toBuffer();
}

export async function samplePng(width = 640, height = 480, seed = 2): Promise<Buffer> {
  return sharp(pixels(width, height, seed), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** A PNG of a few dozen bytes whose header claims `width` × `height` pixels. */
export function pngBomb(width = 100_000, height = 100_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);
