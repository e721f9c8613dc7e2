// Removes originals no article holds any more. A photo stays while any article, earlier version,
// trashed article or desk article's shared state names its hash; only what none of them names is
// deleted, with its web sizes. Reading for hashes rather than parsing keeps the rule
// conservative: a file that cannot be parsed still protects every photo it mentions.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { HISTORY } from '../history';
import { isOwnFolder } from '../library-files';
import { ARTICLES, TRASH } from '../library/damaged-files';
import { DESK_STATE_FOLDER } from '../desk-state';
import type { MediaStore } from './media-store';
import { CACHE_FOLDER, SIZE_ENCODING } from './renditions';

const HASHES = /[0-9a-f]{64}/g;
/** Folders whose files may name photos; history is one folder per article. */
const HOLDERS = [ARTICLES, TRASH, DESK_STATE_FOLDER];

/** Every hash any file of the library's holders names. */
export async function referencedHashes(root: string): Promise<Set<string>> {
  const folders = HOLDERS.map((name) => path.join(root, name));
  const history = path.join(root, HISTORY);
  if (await isOwnFolder(history)) {
    for (const entry of await readdir(history, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) folders.push(path.join(history, entry.name));
    }
  }
  const found = new Set<string>();
  for (const folder of folders) {
    if (!(await isOwnFolder(folder))) continue;
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      // Latin-1 reads every byte as one character, so Yjs's binary state is searched too.
      const text = await readFile(path.join(folder, entry.name), 'latin1').catch(() => '');
      for (const hash of text.match(HASHES) ?? []) found.add(hash);
    }
  }
  return found;
}

/**
 * A photo added this long ago or less is kept even if nothing names it yet: the window that
 * added it may not have saved its article.
 */
export const FRESH_MEDIA_MS = 24 * 60 * 60_000;

/**
 * Deletes the originals (and their cached sizes) nothing names, and the cached sizes of an earlier
 * encoding; answers how many originals went.
 */
export async function collectUnusedMedia(media: MediaStore, now = new Date()): Promise<number> {
  const kept = await media.list();
  if (kept.length === 0) return 0;
  const used = await referencedHashes(media.root);
  const unused = new Set<string>();
  for (const { hash, file } of kept) {
    if (used.has(hash)) continue;
    const added = await stat(file).then(
      (info) => info.mtimeMs,
      () => now.getTime(),
    );
    if (now.getTime() - added > FRESH_MEDIA_MS) unused.add(hash);
  }
  for (const { hash, file } of kept) {
    if (unused.has(hash)) await rm(file, { force: true });
  }
  // The sizes of the photos removed, and those made by an earlier encoding: never read again.
  const cache = path.join(media.root, CACHE_FOLDER);
  if (await isOwnFolder(cache)) {
    for (const name of await readdir(cache).catch(() => [] as string[])) {
      const stale = unused.has(name.slice(0, 64)) || !name.endsWith(`.${SIZE_ENCODING}`);
      if (stale) await rm(path.join(cache, name), { force: true });
    }
  }
  return unused.size;
}
