// The `dateline` launcher in bin/, run as a terminal would run it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const launcher = path.join(projectRoot, 'bin', 'dateline.mjs');
const built = existsSync(path.join(projectRoot, 'dist-electron', 'cli.mjs'));
const projectNode = path.join(projectRoot, 'node_modules', 'node', 'bin', 'node');

/** A Node.js older than the project's own, as a terminal may have (Debian's, say). */
async function olderNode(): Promise<string | undefined> {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const { stdout } = await run(candidate, ['-p', 'process.versions.node']);
    if (Number(stdout.split('.')[0]) < 24) return candidate;
  }
  return undefined;
}
const oldNode = await olderNode();

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

  it.skipIf(!oldNode || !existsSync(projectNode))(
    "hands the command to the project's Node.js when the terminal's is older, with its exit code",
    async () => {
      await mkdir(path.join(scratch, 'bin'));
      await mkdir(path.join(scratch, 'dist-electron'));
      await mkdir(path.join(scratch, 'node_modules', 'node', 'bin'), { recursive: true });
      await copyFile(launcher, path.join(scratch, 'bin', 'dateline.mjs'));
      await symlink(projectNode, path.join(scratch, 'node_modules', 'node', 'bin', 'node'));
      await writeFile(
        path.join(scratch, 'dist-electron', 'cli.mjs'),
        'console.log(`Node ${process.versions.node}: ${process.argv.slice(2).join(" ")}`);\n' +
          'process.exitCode = 3;\n',
      );
      const projectVersion = (
        await run(projectNode, ['-p', 'process.versions.node'])
      ).stdout.trim();
      const script = path.join(scratch, 'bin', 'dateline.mjs');
      const failed = await run(oldNode!, [script, 'list', '--json']).catch((error) => error);
      expect(failed.code).toBe(3);
      expect(failed.stdout).toBe(`Node ${projectVersion}: list --json\n`);
      expect(failed.stderr).toBe('');
    },
  );
});
