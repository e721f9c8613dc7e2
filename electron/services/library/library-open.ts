// Opening a library folder: its own folders are made (never followed when they are links), and
// temp files that a write cut short by a kill or a power cut left anywhere in it are cleared.
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../../shared/api/errors';
import { isArticleId } from '../../../shared/ids';
import { isTempFileName } from '../atomic-write';
import { HISTORY } from '../history';
import { isOwnFolder } from '../library-files';
import { ARTICLES, TRASH } from './damaged-files';
import { SCAN_BATCH, yieldToEventLoop } from './listing';

const CACHE_FOLDER = '.dateline';

/** Makes the article and trash folders; refuses a library whose own folders link elsewhere. */
export async function prepareFolders(root: string): Promise<void> {
  // Checked and made side by side: each is a round trip to the thread pool.
  const folders = [ARTICLES, TRASH, HISTORY];
  const own = await Promise.all(folders.map((folder) => isOwnFolder(path.join(root, folder))));
  const linked = folders.find((_, at) => !own[at]);
  if (linked !== undefined) {
    throw new DatelineError(
      'io',
      `Could not open the library at ${root}: its ${linked} folder is a link to another place, which Dateline does not follow.`,
    );
  }
  await Promise.all(
    [ARTICLES, TRASH].map((folder) => mkdir(path.join(root, folder), { recursive: true })),
  );
}

/** Clears what a write cut short (a kill, a power cut) left anywhere in the library. */
export async function removeLeftoverTempFiles(root: string): Promise<void> {
  const own = [ARTICLES, TRASH, CACHE_FOLDER, 'media', path.join(CACHE_FOLDER, 'media-cache')];
  const candidates = [root, ...own.map((n) => path.join(root, n))];
  // A link is not a directory entry, so a history folder linking elsewhere is not entered.
  const history = path.join(root, HISTORY);
  const [owned, entries] = await Promise.all([
    Promise.all(candidates.map(isOwnFolder)),
    readdir(history, { withFileTypes: true }).catch(() => []),
  ]);
  const folders = candidates.filter((_, at) => owned[at]);
  for (const entry of entries) {
    if (entry.isDirectory() && isArticleId(entry.name))
      folders.push(path.join(history, entry.name));
  }
  // Synchronous and in batches: a library with thousands of history folders opens quickly.
  for (let start = 0; start < folders.length; start += SCAN_BATCH) {
    if (start > 0) await yieldToEventLoop();
    for (const folder of folders.slice(start, start + SCAN_BATCH)) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      // rmSync removes a planted link itself, never what it points at; a folder is left alone.
      for (const name of names.filter(isTempFileName)) {
        try {
          rmSync(path.join(folder, name), { force: true });
        } catch {
          // Still held by another program: cleared on a later open.
        }
      }
    }
  }
}
