// Opens the browser on the web host without its key on a command line, which every local user can
// read: the keyed address goes into a page only this user can read, and the browser is handed
// that page's path, from which it redirects.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import open from 'open';

export const LAUNCH_PAGE_NAME = 'open-dateline.html';

export interface LaunchPage {
  /** The page's path: the one thing the command that opens the browser is given. */
  file: string;
  /** Deletes the page and its folder; the browser no longer needs it once it has redirected. */
  remove(): void;
}

/** What opens a file in the user's browser; `open` runs the system's opener on it. */
export type Opener = (target: string) => Promise<unknown>;

const openWithSystem: Opener = (target) => open(target);

/** A page that sends the browser on to `url` at once, and links to it in case it does not. */
export function launchPageHtml(url: string): string {
  const href = escapeAttribute(url);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${href}">
<title>Opening Dateline</title>
</head>
<body>
<p>Opening Dateline… If nothing happens, <a href="${href}">open Dateline</a>.</p>
</body>
</html>
`;
}

/**
 * Writes the page in a folder of its own in the user's temporary folder: the folder is made
 * readable by this user only (mkdtemp creates it 0700), the file is created 0600 and never reused.
 */
export function writeLaunchPage(url: string, tempDir: string = os.tmpdir()): LaunchPage {
  const folder = mkdtempSync(path.join(tempDir, 'dateline-open-'));
  const file = path.join(folder, LAUNCH_PAGE_NAME);
  try {
    writeFileSync(file, launchPageHtml(url), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Hands the page's path, and nothing else, to the opener. */
export async function openLaunchPage(
  page: LaunchPage,
  opener: Opener = openWithSystem,
): Promise<void> {
  await opener(page.file);
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
