// Each desk article's Yjs state on this computer (`desk/<id>.yjs` in the library), so the article
// opens offline with everything this laptop has seen and merges with the desk on reconnect.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleIdSchema } from '../../shared/ids';
import { writeFileAtomic } from './atomic-write';

export const DESK_STATE_FOLDER = 'desk';
/** Well above the desk's own cap on an article (20 MB by default). */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

function stateFile(libraryRoot: string, id: string): string {
  return path.join(libraryRoot, DESK_STATE_FOLDER, `${ArticleIdSchema.parse(id)}.yjs`);
}

export async function readDeskState(libraryRoot: string, id: string): Promise<Uint8Array | null> {
  try {
    const bytes = await readFile(stateFile(libraryRoot, id));
    return bytes.byteLength > MAX_STATE_BYTES ? null : bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeDeskState(libraryRoot: string, id: string, state: Uint8Array) {
  await mkdir(path.join(libraryRoot, DESK_STATE_FOLDER), { recursive: true });
  await writeFileAtomic(stateFile(libraryRoot, id), state);
}
