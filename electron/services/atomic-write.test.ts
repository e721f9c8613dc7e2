// The durable write's order on a real folder: the data reaches the temp file, the file is synced,
// renamed over the target, the folder is synced, and only then does the write resolve. The real
// fs/promises does the work; the wrapper below only notes each step and what is on disk then.
import { existsSync, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';

const steps: string[] = [];
let folder = '';

/** A name for the step's path: "temp", "target", "folder" or the path itself. */
function nameOf(file: string): string {
  if (file === folder) return 'folder';
  if (file === path.join(folder, 'story.json')) return 'target';
  if (path.dirname(file) === folder && file.endsWith('.tmp')) return 'temp';
  return file;
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const file = String(args[0]);
    const handle = await real.open(...args);
    const sync = handle.sync.bind(handle);
    const write = handle.writeFile.bind(handle);
    handle.sync = async () => {
      await sync();
      // What the step leaves on disk: the temp file's text when it is synced.
      const onDisk = nameOf(file) === 'temp' ? `=${readFileSync(file, 'utf8')}` : '';
      steps.push(`sync ${nameOf(file)}${onDisk}`);
    };
    handle.writeFile = async (...writeArgs: Parameters<FileHandle['writeFile']>) => {
      await write(...writeArgs);
      steps.push(`write ${nameOf(file)}`);
    };
    return handle;
  };
  const rename = async (from: string, to: string): Promise<void> => {
    await real.rename(from, to);
    steps.push(`rename ${nameOf(from)} -> ${nameOf(to)}=${readFileSync(to, 'utf8')}`);
  };
  return { ...real, default: { ...real, open, rename }, open, rename };
});

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-atomic-'));
  steps.length = 0;
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it.skipIf(process.platform === 'win32')(
    'writes, syncs the file, renames it over the target, syncs the folder, then resolves',
    async () => {
      const target = path.join(folder, 'story.json');
      await writeFile(target, 'old');
      await writeFileAtomic(target, 'new');
      steps.push('resolved');
      expect(steps).toEqual([
        'write temp',
        'sync temp=new',
        'rename temp -> target=new',
        'sync folder',
        'resolved',
      ]);
      expect(readFileSync(target, 'utf8')).toBe('new');
      expect(await readdir(folder)).toEqual(['story.json']);
    },
  );

  it('leaves the old file and no temp file when the rename fails', async () => {
    const target = path.join(folder, 'story.json');
    await writeFile(target, 'old');
    // A file cannot be renamed over a folder that holds something.
    const blocked = path.join(folder, 'blocked');
    await mkdir(path.join(blocked, 'inner'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect((await readdir(folder)).sort()).toEqual(['blocked', 'story.json']);
    expect(existsSync(path.join(blocked, 'inner'))).toBe(true);
    expect(steps).not.toContain('sync folder');
  });

  it('writes content given in parts, long and in Khmer, as one file', async () => {
    const target = path.join(folder, 'story.json');
    await writeFile(target, 'old');
    const line = (index: number) => `<li>ព័ត៌មាន ${index}</li>\n`;
    function* parts() {
      for (let index = 0; index < 30_000; index += 1) yield line(index);
    }
    await writeFileAtomic(target, parts());
    const expected = Array.from({ length: 30_000 }, (_, index) => line(index)).join('');
    expect(readFileSync(target, 'utf8')).toBe(expected);
    expect(await readdir(folder)).toEqual(['story.json']);
  });
});
