// Starts Dateline for one test: the built web host in Chromium, or the desktop app through
// Playwright's Electron driver. Each start gets its own library and settings folders.
import { _electron, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export interface RunningApp {
  page: Page;
  /** Opens the app again in a second tab or window on the same library. */
  openAnother(): Promise<Page>;
  close(): Promise<void>;
}

/** The Electron binary's path, or why there is none (an offline install never downloads it). */
export function electronBinary(): { path?: string; reason?: string } {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { reason: 'the Electron binary is not installed on this machine (offline install)' };
  }
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { reason: `the Electron binary is missing at ${binary}` };
}

export async function startWebApp(
  browser: Browser,
  libraryDir: string,
  userDataDir: string,
  /** Run on each browser context before its page opens the app (routes, for one). */
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<RunningApp> {
  const child = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'dist-electron', 'web.mjs'),
      '--library',
      libraryDir,
      '--port',
      '0',
      '--no-open',
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, DATELINE_USER_DATA: userDataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await readAddress(child);
  const contexts: BrowserContext[] = [];
  const open = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await prepare?.(context);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  const page = await open();
  return {
    page,
    openAnother: open,
    async close() {
      for (const context of contexts) await context.close();
      child.kill('SIGTERM');
    },
  };
}

export async function startElectronApp(
  binary: string,
  libraryDir: string,
  userDataDir: string,
): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [projectRoot, '--library', libraryDir],
    cwd: projectRoot,
    env: { ...process.env, DATELINE_USER_DATA: userDataDir } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    page,
    async openAnother() {
      throw new Error(
        'The desktop app keeps one window per library; this spec needs the web host.',
      );
    },
    close: () => app.close(),
  };
}

function readAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`The web host did not start in time. ${stderr}`)),
      20_000,
    );
    lines.on('line', (line) => {
      const match = /^Dateline is running at (\S+)$/.exec(line.trim());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with code ${code}. ${stderr}`));
    });
  });
}
