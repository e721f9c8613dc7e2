// The newsroom's own words (names of people and places) that the spelling checker accepts, kept
// in `words.txt` at the library's root: one word a line, readable and editable by hand, seen by
// every host and by the command line. Every write is atomic.
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import { writeFileAtomic } from './atomic-write';
import { readLibraryFile } from './library-files';

export const WORDS_FILE = 'words.txt';
export const MAX_NEWSROOM_WORDS = 20_000;

const HEADER =
  '# The newsroom’s own words: names of people and places the spelling checker accepts.\n' +
  '# One word a line; lines starting with # are notes. Dateline keeps this list sorted.\n';

/** Words from a list's text: one a line (or several to a line, split at spaces), notes left out. */
export function parseNewsroomWords(text: string): string[] {
  const words = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .map((word) => word.trim().normalize('NFC'))
    .filter((word) => word.length > 0 && word.length <= 60);
  return [...new Set(words)].sort((a, b) => a.localeCompare(b, 'en'));
}

export async function readNewsroomWords(root: string): Promise<string[]> {
  let read;
  try {
    read = await readLibraryFile(path.join(root, WORDS_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if ('refused' in read) {
    throw new DatelineError(
      'io',
      `The newsroom's words (${WORDS_FILE}) were not read: ${read.refused}.`,
    );
  }
  return parseNewsroomWords(read.text);
}

// One write at a time per library, so two additions in quick succession both land.
const queues = new Map<string, Promise<unknown>>();
function queued<T>(root: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(root) ?? Promise.resolve()).then(task, task);
  queues.set(
    root,
    run.catch(() => undefined),
  );
  return run;
}

async function write(root: string, words: string[]): Promise<string[]> {
  const list = parseNewsroomWords(words.join('\n'));
  if (list.length > MAX_NEWSROOM_WORDS) {
    throw new DatelineError(
      'invalid-input',
      `The newsroom's list can hold ${MAX_NEWSROOM_WORDS} words; this one has ${list.length}.`,
    );
  }
  await writeFileAtomic(path.join(root, WORDS_FILE), HEADER + list.map((w) => `${w}\n`).join(''));
  return list;
}

/** Replaces the list (Settings' editor) and answers it as kept. */
export function saveNewsroomWords(root: string, words: string[]): Promise<string[]> {
  return queued(root, () => write(root, words));
}

/** Adds one word to the list as it is on disk now (the spelling menu's "Add"). */
export function addNewsroomWord(root: string, word: string): Promise<string[]> {
  return queued(root, async () => write(root, [...(await readNewsroomWords(root)), word]));
}
