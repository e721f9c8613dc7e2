// Everything in a folder, to tell whether anything was written there: each entry's kind, mode,
// modification time and bytes (a link's target), the folder itself included, so a file written
// and removed again still shows in the folder's own time.
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

export type FolderSnapshot = Record<string, string>;

async function describeEntry(file: string): Promise<string> {
  const info = await lstat(file);
  const head = `mode ${info.mode.toString(8)}, modified ${info.mtimeMs}`;
  if (info.isSymbolicLink()) return `link to ${await readlink(file)}, ${head}`;
  if (info.isDirectory()) return `folder, ${head}`;
  if (info.isFile()) return `file ${(await readFile(file)).toString('base64')}, ${head}`;
  return `other, ${head}`;
}

export async function snapshotFolder(folder: string): Promise<FolderSnapshot> {
  const snapshot: FolderSnapshot = { '.': await describeEntry(folder) };
  const entries = (await readdir(folder, { recursive: true })).sort();
  for (const entry of entries) snapshot[entry] = await describeEntry(path.join(folder, entry));
  return snapshot;
}

/** What differs between two snapshots, in words; empty when the folder was left alone. */
export function folderChanges(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const changes: string[] = [];
  for (const name of Object.keys(before)) {
    if (!(name in after)) changes.push(`${name} was removed`);
    else if (after[name] !== before[name]) changes.push(`${name} was changed`);
  }
  for (const name of Object.keys(after)) if (!(name in before)) changes.push(`${name} was added`);
  return changes;
}
