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
  for (const folder of [ARTICLES, TRASH, HISTORY]) {
    if (!(await isOwnFolder(path.join(root, folder)))) {
      throw new DatelineError(
        'io',
        `Could not open the library at ${root}: its ${folder} folder is a link to another place, which Dateline does not follow.`,
      );
    }
  }
  for (const folder of [ARTICLES, TRASH]) {
    await mkdir(path.join(root, folder), { recursive: true });
  }
}

/** Clears what a write cut short (a kill, a power cut) left anywhere in the library. */
export async function removeLeftoverTempFiles(root: string): Promise<void> {
  const folders: string[] = [];
  const own = [ARTICLES, TRASH, CACHE_FOLDER, 'media', path.join(CACHE_FOLDER, 'media-cache')];
  for (const folder of [root, ...own.map((n) => path.join(root, n))]) {
    if (await isOwnFolder(folder)) folders.push(folder);
  }
  // A link is not a directory entry, so a history folder linking elsewhere is not entered.
  const history = path.join(root, HISTORY);
  for (const entry of await readdir(history, { withFileTypes: true }).catch(() => [])) {
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
