// The `dateline` launcher in bin/, run as a terminal would run it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const launcher = path.join(projectRoot, 'bin', 'dateline.mjs');
const built = existsSync(path.join(projectRoot, 'dist-electron', 'cli.mjs'));

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-bin-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function dateline(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      env: { ...process.env, DATELINE_USER_DATA: path.join(scratch, 'user-data') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('bin/dateline.mjs', () => {
  it('says to build first when the command-line host has not been built', async () => {
    await mkdir(path.join(scratch, 'bin'));
    const copy = path.join(scratch, 'bin', 'dateline.mjs');
    await copyFile(launcher, copy);
    const { code, stderr } = await dateline(copy, '--help');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Dateline has not been built yet: run "npm run build" first, then try again.',
    );
  });

  it.skipIf(!built)('runs the built host, with its exit codes', async () => {
    const help = await dateline(launcher, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dateline <command>/);
    expect((await dateline(launcher, 'publish')).code).toBe(2);

    const library = path.join(scratch, 'library');
    const page = path.join(scratch, 'page.txt');
    await writeFile(page, 'Headline From A File\n\nSiem Reap: The body.');
    const imported = await dateline(launcher, 'import', '--library', library, page);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('as "Headline From A File"');
    const listed = await dateline(launcher, 'list', '--json', '--library', library);
    expect(
      JSON.parse(listed.stdout).map((article: { headline: string }) => article.headline),
    ).toContain('Headline From A File');
  });
});
