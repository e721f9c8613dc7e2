// Durable file replacement: a crash at any instant leaves the old file or the new one, never a torn one.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether `name` is a temp file writeFileAtomic makes (`.<target>.<12 hex digits>.tmp`). */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** A file's content: whole, or as parts written in turn (a long list never held as one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Writes a temp file beside the target, fsyncs it, renames it over the target, fsyncs the folder. */
export async function writeFileAtomic(target: string, data: FileContent): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(
        typeof data === 'string' || data instanceof Uint8Array ? data : inPieces(data),
      );
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes a rename or unlink in `folder` durable. Windows cannot open folders for fsync. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Parts joined into pieces of about 256 KB, so a file of many small parts takes few writes. */
function* inPieces(parts: Iterable<string>): Generator<string> {
  let piece: string[] = [];
  let length = 0;
  for (const part of parts) {
    piece.push(part);
    length += part.length;
    if (length >= PIECE_LENGTH) {
      yield piece.join('');
      piece = [];
      length = 0;
    }
  }
  if (piece.length > 0) yield piece.join('');
}

const PIECE_LENGTH = 256 * 1024;
