// Saving into a full disk or a read-only library folder: the save is refused with a message a
// reporter understands, the article file stays as it was, no temp file is left behind, and once
// space or permission is back the next save goes through from the same revision.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatelineError } from '../shared/api/errors';
import { emptyFields, type ArticleFields } from '../shared/article';
import { TEMP_SUFFIX } from '../electron/services/atomic-write';
import { Library } from '../electron/services/library';
import { makeReadOnly } from '../test-support/electron/services/read-only';
import { reportFigure } from './report';

// Where no small file system can be mounted, a full disk is imitated here: a temp file being
// written gets half its bytes and then ENOSPC, as a real full disk does.
const injected = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const openFailingWhenFull: typeof actual.open = async (file, flags, mode) => {
    const handle = await actual.open(file, flags, mode);
    if (!injected.diskFull || !String(file).endsWith('.tmp')) return handle;
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'writeFile') {
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await target.write(bytes, 0, Math.floor(bytes.length / 2));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
              errno: -28,
              syscall: 'write',
            });
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  return {
    ...actual,
    open: openFailingWhenFull,
    default: { ...actual, open: openFailingWhenFull },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-disk-'));
});
afterEach(async () => {
  injected.diskFull = false;
  await rm(dir, { recursive: true, force: true });
});

/** Mounts a tmpfs of `size` on `folder`; undefined when this machine does not allow it. */
function mountSmallDisk(folder: string, size: string): (() => void) | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'dateline-test', folder], {
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  return () => execFileSync('umount', [folder], { stdio: 'ignore' });
}

/** Fills the file system holding `file` until it refuses even one more byte. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const size of [64 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          await handle.write(chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function tempFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => path.basename(entry).endsWith(TEMP_SUFFIX));
}

function storyFields(paragraphs: number): ArticleFields {
  return {
    ...emptyFields(),
    headline: 'Council approves the river budget',
    body: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, (_, index) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Paragraph ${index + 1} of the council story.` }],
      })),
    },
  };
}

interface Trouble {
  /** What the user would see go wrong: the disk fills, the folder becomes read-only. */
  start(): Promise<void>;
  /** Space or permission comes back. */
  end(): Promise<void>;
}

/**
 * Saves during the trouble and again after it; checks everything the user and the disk would
 * show, and returns the figure to report.
 */
async function saveThrough(root: string, trouble: Trouble, code: string): Promise<string> {
  const library = await Library.open(root);
  const article = await library.create(storyFields(3));
  await library.close();
  const file = path.join(root, 'articles', `${article.id}.json`);
  const before = await readFile(file);

  await trouble.start();
  let refused: unknown;
  try {
    await library.save(article.id, article.revision, storyFields(400));
  } catch (error) {
    refused = error;
  }
  const untouched = (await readFile(file)).equals(before);
  const tempFiles = await tempFilesUnder(root);
  await trouble.end();

  expect(refused).toBeInstanceOf(DatelineError);
  const error = refused as DatelineError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^Could not save the article: /);
  expect(error.message).not.toMatch(/E[A-Z]{3,}/);
  expect(untouched).toBe(true);
  expect(tempFiles).toEqual([]);
  expect((await library.get(article.id)).revision).toBe(article.revision);

  const saved = await library.save(article.id, article.revision, storyFields(400));
  expect(saved.revision).toBe(article.revision + 1);
  const onDisk = JSON.parse(await readFile(file, 'utf8')) as { revision: number };
  expect(onDisk.revision).toBe(article.revision + 1);
  await library.close();
  return `save refused (${error.code}: "${error.message}"), file byte-for-byte untouched: ${untouched ? 'yes' : 'no'}, temp files left: ${tempFiles.length}, next save from the same revision afterwards: ok`;
}

describe('disk errors while saving', () => {
  it('disk full on a real 1 MiB file system', async (context) => {
    const mountPoint = path.join(dir, 'small-disk');
    await mkdir(mountPoint);
    const unmount = mountSmallDisk(mountPoint, '1m');
    if (!unmount) return context.skip('a tmpfs cannot be mounted here (needs root on Linux)');
    try {
      const filler = path.join(mountPoint, 'filler');
      const figure = await saveThrough(
        path.join(mountPoint, 'library'),
        { start: () => fillDisk(filler), end: () => rm(filler) },
        'disk-full',
      );
      reportFigure('disk full (real 1 MiB tmpfs)', `${figure} once space was freed`);
    } finally {
      unmount();
    }
  });

  it('disk full injected as ENOSPC at the fs layer', async () => {
    const figure = await saveThrough(
      path.join(dir, 'library'),
      {
        start: async () => {
          injected.diskFull = true;
        },
        end: async () => {
          injected.diskFull = false;
        },
      },
      'disk-full',
    );
    reportFigure('disk full (ENOSPC injected at the fs layer)', `${figure} once space was back`);
  });

  it('read-only library folder', async (context) => {
    const root = path.join(dir, 'library');
    let undo: (() => Promise<void>) | undefined;
    const figure = await saveThrough(
      root,
      {
        start: async () => {
          undo = await makeReadOnly(path.join(root, 'articles'));
          if (!undo) context.skip('this file system cannot make a folder read-only for root');
        },
        end: async () => {
          await undo?.();
        },
      },
      'read-only',
    );
    const how = process.getuid?.() === 0 ? 'chattr +i' : 'chmod 555';
    reportFigure(`read-only library folder (${how})`, `${figure} once writable again`);
  });

  it('library on a file system remounted read-only', async (context) => {
    const mountPoint = path.join(dir, 'small-disk');
    await mkdir(mountPoint);
    const unmount = mountSmallDisk(mountPoint, '4m');
    if (!unmount) return context.skip('a tmpfs cannot be mounted here (needs root on Linux)');
    const remount = async (mode: 'ro' | 'rw') => {
      execFileSync('mount', ['-o', `remount,${mode}`, mountPoint], { stdio: 'ignore' });
    };
    try {
      const figure = await saveThrough(
        path.join(mountPoint, 'library'),
        { start: () => remount('ro'), end: () => remount('rw') },
        'read-only',
      );
      reportFigure('read-only file system (tmpfs remounted ro)', `${figure} once remounted rw`);
    } finally {
      unmount();
    }
  });
});
