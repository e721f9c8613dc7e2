// `npm start` on a machine where Electron's binary cannot be downloaded, run for real: Electron's
// own installer, pointed at a server that refuses connections, in a copy of the launcher.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..');
const realModules = path.join(projectRoot, 'node_modules');

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-start-'));
  await mkdir(path.join(scratch, 'scripts'));
  for (const file of ['start.mjs', 'launcher.mjs']) {
    await copyFile(path.join(projectRoot, 'scripts', file), path.join(scratch, 'scripts', file));
  }
  // Electron's package as npm installs it, without the binary it downloads on first use.
  const electron = path.join(scratch, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json']) {
    await copyFile(path.join(realModules, 'electron', file), path.join(electron, file));
  }
  await symlink(
    path.join(realModules, '@electron'),
    path.join(scratch, 'node_modules', '@electron'),
  );
  // Stands in for the web host: says it ran, with the arguments it was given.
  await mkdir(path.join(scratch, 'dist-electron'));
  await writeFile(
    path.join(scratch, 'dist-electron', 'web.mjs'),
    'console.log(`web host started with ${process.argv.slice(2).join(" ")}`);\n',
  );
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

it('prints one paragraph, no stack trace, and opens the web host when Electron cannot be downloaded', async () => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_config_|npm_package_config_)?electron_/i.test(key),
    ),
  );
  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(scratch, 'scripts', 'start.mjs'), '--library', '/tmp/news'],
    {
      cwd: scratch,
      env: {
        ...env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: path.join(scratch, 'cache'),
      },
      timeout: 60_000,
    },
  );
  console.log(`npm start printed:\n${stdout}${stderr}`);
  expect(stderr).toBe('');
  const [paragraph = '', ...rest] = stdout.trimEnd().split('\n\n');
  expect(paragraph).toMatch(/^Dateline could not download Electron\b/);
  expect(paragraph.replaceAll('\n', ' ')).toContain('its download server could not be reached');
  expect(paragraph).not.toMatch(/^\s+at /m);
  expect(rest).toEqual(['web host started with --library /tmp/news']);
});
