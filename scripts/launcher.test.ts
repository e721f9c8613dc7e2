import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadFailureReason,
  findElectronBinary,
  planLaunch,
  webFallbackNotice,
} from './launcher.mjs';

const args = ['--library', '/srv/news'];
const nodePath = '/usr/bin/node';

describe('planLaunch', () => {
  it('starts Electron on the project folder with the extra arguments when the binary is there', () => {
    const plan = planLaunch({
      resolveElectron: () => '/cache/electron/electron',
      exists: (file) => file === '/cache/electron/electron',
      nodePath,
      args,
    });
    expect(plan).toEqual({ command: '/cache/electron/electron', args: ['.', ...args] });
  });

  it('falls back to the web host with one paragraph saying why, when the download fails', () => {
    const plan = planLaunch({
      resolveElectron: () => {
        throw new Error('its download server could not be reached');
      },
      exists: () => true,
      nodePath,
      args,
    });
    expect(plan.command).toBe(nodePath);
    expect(plan.args).toEqual(['dist-electron/web.mjs', ...args]);
    const notice = plan.notice!.replaceAll('\n', ' ');
    expect(notice).toMatch(/^Dateline could not download Electron\b/);
    expect(notice).toContain('its download server could not be reached.');
    expect(notice).toContain('Dateline opens in your browser instead');
    expect(notice).toContain('run "npm start" again');
    expect(plan.notice!.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('falls back to the web host when the reported binary does not exist', () => {
    const plan = planLaunch({
      resolveElectron: () => '/cache/electron/electron',
      exists: () => false,
      nodePath,
      args: [],
    });
    expect(plan.command).toBe(nodePath);
    expect(plan.args).toEqual(['dist-electron/web.mjs']);
  });
});

describe('downloadFailureReason', () => {
  it('words an unreachable server for a reporter, without the stack', () => {
    const stack = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:15845:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
    ].join('\n');
    const reason = downloadFailureReason(stack);
    expect(reason).toMatch(
      /^its download server could not be reached \(this computer may be offline/,
    );
    expect(reason).not.toContain(' at ');
  });

  it('quotes the first line of any other failure', () => {
    expect(
      downloadFailureReason('\nError: ENOSPC: no space left on device\n    at x (y.js:1:1)'),
    ).toBe('its installer stopped with "Error: ENOSPC: no space left on device"');
    expect(downloadFailureReason('')).toBe('its installer stopped without saying why');
  });

  it('makes the notice one paragraph', () => {
    expect(webFallbackNotice('x')).not.toMatch(/\n\s*\n/);
  });
});

describe('findElectronBinary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-electron-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the binary path the electron package wrote, and only returns one that exists', async () => {
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBeUndefined();
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBeUndefined();
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBe(
      path.join(dir, 'dist', 'electron'),
    );
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', async () => {
    await writeFile(path.join(dir, 'custom-electron'), '');
    await writeFile(path.join(dir, 'path.txt'), 'custom-electron');
    expect(
      findElectronBinary({ electronDir: '/nowhere', env: { ELECTRON_OVERRIDE_DIST_PATH: dir } }),
    ).toBe(undefined);
    expect(
      findElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: dir } }),
    ).toBe(path.join(dir, 'custom-electron'));
  });
});
