// Reading the files of a library folder, which sync tools and other programs write to as well:
// every path stays inside the library, links are not followed, files past a size or a depth are
// not parsed, and no message quotes what a file holds.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';

/** Far more than the longest article (a 20,000-word story is about 1 MB); larger is not read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Deeper than any Dateline file is nested (the API refuses requests past 128 levels). */
export const MAX_FILE_DEPTH = 200;

export const LINK_REASON = 'it is a link to another place, which Dateline does not follow';

/** A file's text, or why it was not read (a link, too large) in words for the reporter. */
export type LibraryRead = { text: string } | { refused: string };

/** `root` joined with `parts`; refused unless the result lies inside `root`. */
export function insideLibrary(root: string, ...parts: string[]): string {
  const full = path.resolve(root, ...parts);
  const relative = path.relative(root, full);
  const escapes =
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative) ||
    full.includes('\0');
  if (escapes) {
    throw new DatelineError(
      'invalid-input',
      'That names a place outside the library, so nothing was read or changed.',
    );
  }
  return full;
}

// Where the system cannot refuse links on open (Windows), a look first does the same job.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | NO_FOLLOW;

function isLinkError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ELOOP' || code === 'EMLINK';
}

function refusedFor(size: number, isFile: boolean, maxBytes: number): string | undefined {
  if (!isFile) return 'it is not an ordinary file';
  if (size <= maxBytes) return undefined;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `it is ${mb(size)}, larger than the ${mb(maxBytes)} a Dateline file may be`;
}

/** Reads `file` unless it is a link or too large; other failures (ENOENT…) are thrown. */
export async function readLibraryFile(
  file: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<LibraryRead> {
  if (NO_FOLLOW === 0 && (await lstat(file)).isSymbolicLink()) return { refused: LINK_REASON };
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    if (isLinkError(error)) return { refused: LINK_REASON };
    throw error;
  }
  try {
    const info = await handle.stat();
    const refused = refusedFor(info.size, info.isFile(), maxBytes);
    return refused ? { refused } : { text: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}

/** The same, with the synchronous calls the library's scan uses. */
export function readLibraryFileSync(file: string, maxBytes = MAX_FILE_BYTES): LibraryRead {
  if (NO_FOLLOW === 0 && lstatSync(file).isSymbolicLink()) return { refused: LINK_REASON };
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    if (isLinkError(error)) return { refused: LINK_REASON };
    throw error;
  }
  try {
    const info = fstatSync(fd);
    const refused = refusedFor(info.size, info.isFile(), maxBytes);
    return refused ? { refused } : { text: readFileSync(fd, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/** Whether `folder` is a folder of the library itself (missing counts), not a link elsewhere. */
export async function isOwnFolder(folder: string): Promise<boolean> {
  try {
    const info = await lstat(folder);
    return info.isDirectory() && !info.isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Parses a library file's text; says what is wrong without quoting any of it. */
export function parseLibraryJson(text: string): { value: unknown } | { reason: string } {
  if (nestedDeeperThan(text, MAX_FILE_DEPTH)) {
    return {
      reason: `it is nested more than ${MAX_FILE_DEPTH} levels deep, deeper than any Dateline file`,
    };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { reason: `it is not valid JSON (${jsonFault(text, (error as Error).message)})` };
  }
}

/** V8 quotes the text in some messages; only the position, turned into a line, is kept. */
function jsonFault(text: string, message: string): string {
  if (/end of JSON input/.test(message)) return 'it ends too soon, as if cut off';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return 'it holds something other than JSON text';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `something unexpected at line ${line}, column ${column}`;
}

/** Counts brackets outside strings, in one pass, stopping as soon as `limit` is passed. */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}
