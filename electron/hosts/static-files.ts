// Serves the built renderer: only regular files inside its folder, never a listing, never a path
// that could climb out of it however it is spelled.
import { open, realpath } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf as rendererContentType } from '../services/renderer-files';

export const INDEX_FILE = 'index.html';

export function contentTypeOf(file: string): string {
  return rendererContentType(file) ?? 'application/octet-stream';
}

/**
 * The path segments a request path names inside the static folder, or `null` for anything
 * suspicious. Encoded dots, slashes, backslashes and NULs are refused before decoding, so no
 * spelling of `..` survives to the file system; dot-segments and dotfiles are refused after.
 */
export function staticSegments(rawPath: string): string[] | null {
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || rawPath.includes('\0')) return null;
  if (/%(2e|2f|5c|00)/i.test(rawPath)) return null;
  if (rawPath === '/') return [INDEX_FILE];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.slice(1).split('/');
  // An empty segment is a trailing or doubled slash (a directory); ':' is a Windows drive or stream.
  const bad = segments.some((s) => s === '' || s.startsWith('.') || s.includes(':'));
  return bad ? null : segments;
}

/** Resolves `segments` inside `root` (already a real path), following links only if they stay inside. */
export async function resolveStaticFile(root: string, segments: string[]): Promise<string | null> {
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) return null;
  try {
    const real = await realpath(candidate);
    return isInside(root, real) ? real : null;
  } catch {
    return null;
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Sends the file, or returns false (having sent nothing) when it is not a regular file. */
export async function sendFile(
  res: ServerResponse,
  file: string,
  withBody: boolean,
): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (handle === null) return false;
  try {
    // Checking the opened handle, not the path, so a swap between check and read changes nothing.
    const info = await handle.stat();
    if (!info.isFile()) return false;
    res.statusCode = 200;
    res.setHeader('Content-Type', contentTypeOf(file));
    res.setHeader('Content-Length', info.size);
    if (!withBody) {
      res.end();
      return true;
    }
    await pipeline(handle.createReadStream({ autoClose: false }), res);
    return true;
  } finally {
    await handle.close();
  }
}
