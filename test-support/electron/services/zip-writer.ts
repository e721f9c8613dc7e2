// Writes zip files for the import tests byte by byte, so a test can make what a careful tool
// never would: one compressed part repeated many times (a zip bomb) or sizes that lie.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The unpacked size the headers state, when it should differ from the truth. */
  statedSize?: number;
}

interface Packed {
  name: Buffer;
  deflated: Buffer;
  crc: number;
  size: number;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  // Equal contents are compressed once, so a bomb of many large parts costs one compression.
  const cache = new Map<Buffer, { deflated: Buffer; crc: number }>();
  const packed: Packed[] = entries.map((entry) => {
    let done = cache.get(entry.data);
    if (!done) {
      done = { deflated: deflateRawSync(entry.data, { level: 9 }), crc: crc32(entry.data) };
      cache.set(entry.data, done);
    }
    return {
      name: Buffer.from(entry.name),
      ...done,
      size: entry.statedSize ?? entry.data.byteLength,
    };
  });
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of packed) {
    const local = header(0x04034b50, part, 30);
    chunks.push(local, part.name, part.deflated);
    const central = header(0x02014b50, part, 46);
    central.writeUInt32LE(offset, 42);
    directory.push(central, part.name);
    offset += local.length + part.name.length + part.deflated.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...directory, end]));
}

/** A local (30 bytes) or central (46 bytes) header; the fields they share sit 4 bytes apart. */
function header(signature: number, part: Packed, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const shift = length === 46 ? 2 : 0;
  buffer.writeUInt32LE(signature, 0);
  if (shift) buffer.writeUInt16LE(20, 4);
  buffer.writeUInt16LE(20, 4 + shift);
  buffer.writeUInt16LE(8, 8 + shift);
  buffer.writeUInt32LE(part.crc, 14 + shift);
  buffer.writeUInt32LE(part.deflated.length, 18 + shift);
  buffer.writeUInt32LE(part.size, 22 + shift);
  buffer.writeUInt16LE(part.name.length, 26 + shift);
  return buffer;
}
