// Lists a zip file's parts with the sizes its central directory states, without unpacking
// anything: enough to refuse a file that would unpack to far more than it weighs.

export interface ZipPart {
  name: string;
  /** The size the part says it unpacks to, in bytes. */
  size: number;
}

export class ZipFormatError extends Error {}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const END_LENGTH = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const END_SEARCH = END_LENGTH + 0xffff;
const ZIP64_EXTRA = 0x0001;
const ZIP64_MARK = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) {
    // Only archives with tens of thousands of parts or over 4 GB need the larger format.
    throw new ZipFormatError('too many parts');
  }
  const parts: ZipPart[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== ENTRY_SIGNATURE) {
      throw new ZipFormatError('the list of parts is damaged');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) throw new ZipFormatError('the list of parts is damaged');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) {
      size = zip64Size(view, at + 46 + nameLength, extraLength, view.getUint32(at + 20, true));
    }
    parts.push({ name, size });
    at = next;
  }
  return parts;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_LENGTH;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw new ZipFormatError('it is not a zip archive');
}

/** The unpacked size from the zip64 extra field; it comes first there when it is marked. */
function zip64Size(view: DataView, start: number, length: number, compressed: number): number {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && size >= 8) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  // Marked as large with no larger size given: take it at its word as at least 4 GB.
  return Math.max(ZIP64_MARK, compressed);
}
