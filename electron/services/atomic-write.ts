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

/** Writes a temp file beside the target, fsyncs it, renames it over the target, fsyncs the folder. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
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
