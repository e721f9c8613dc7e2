import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createRendererHandler,
  registerAppScheme,
  resolveRendererFile,
  serveRenderer,
} from './protocol';
import { protocol, resetElectronMock } from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'dateline-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Dateline</title>');
  await writeFile(path.join(root, 'assets', 'main-1a2b.js'), 'console.log("hi");');
  await writeFile(path.join(root, 'assets', 'noto sans.woff2'), 'font');
  await writeFile(path.join(root, 'assets', 'notes.exe'), 'MZ');
  await writeFile(path.join(base, 'package.json'), '{"secret":true}');
  await writeFile(path.join(base, 'outside.js'), 'secret');
  await symlink(path.join(base, 'outside.js'), path.join(root, 'assets', 'link.js'));
  await symlink(base, path.join(root, 'assets', 'up'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => {
  resetElectronMock();
});

describe('resolveRendererFile', () => {
  it('maps app://dateline/ paths into the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://dateline/index.html')).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveRendererFile(root, 'app://dateline/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://dateline')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://dateline/assets/main-1a2b.js?v=1#top')).toBe(
      path.join(root, 'assets', 'main-1a2b.js'),
    );
    expect(resolveRendererFile(root, 'app://dateline/assets/noto%20sans.woff2')).toBe(
      path.join(root, 'assets', 'noto sans.woff2'),
    );
  });

  it.each([
    ['a parent segment', 'app://dateline/../package.json'],
    ['a parent segment deeper in', 'app://dateline/assets/../../package.json'],
    ['an encoded parent and slash', 'app://dateline/%2e%2e%2fpackage.json'],
    ['encoded dots', 'app://dateline/%2e%2e/package.json'],
    ['an encoded slash', 'app://dateline/..%2fpackage.json'],
    ['double encoding', 'app://dateline/%252e%252e/package.json'],
    ['encoded dots in mixed case', 'app://dateline/%2e%2E/package.json'],
    ['encoded dots in capitals', 'app://dateline/%2E%2E/package.json'],
    ['one dot encoded', 'app://dateline/.%2e/package.json'],
    ['the other dot encoded', 'app://dateline/%2e./package.json'],
    ['a parent segment at the end', 'app://dateline/assets/..'],
    ['an encoded slash in capitals', 'app://dateline/..%2Fpackage.json'],
    ['a double-encoded slash', 'app://dateline/..%252fpackage.json'],
    ['an encoded absolute path', 'app://dateline/%2fetc%2fpasswd'],
    ['overlong UTF-8 dots', 'app://dateline/%c0%ae%c0%ae/package.json'],
    ['an encoded backslash in capitals', 'app://dateline/..%5Cpackage.json'],
    ['a UNC path', 'app://dateline/\\\\server\\share\\file.js'],
    ['an encoded current folder', 'app://dateline/%2e/index.html'],
    ['a backslash', 'app://dateline/..\\package.json'],
    ['an encoded backslash', 'app://dateline/assets%5c..%5c..%5cpackage.json'],
    ['a NUL byte', 'app://dateline/index.html%00.js'],
    ['a raw NUL byte', 'app://dateline/index.html\0.js'],
    ['an absolute path', 'app://dateline//etc/passwd'],
    ['a drive letter', 'app://dateline/C:/Windows/win.ini'],
    ['a current-folder segment', 'app://dateline/./index.html'],
    ['malformed encoding', 'app://dateline/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['credentials before the host', 'app://dateline@evil/index.html'],
    ['a port', 'app://dateline:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['no URL at all', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });
});

describe('createRendererHandler', () => {
  const fetchApp = (url: string, init?: RequestInit) =>
    createRendererHandler(root)(new Request(url, init));

  it('serves a file from the renderer folder with its type and the CSP', async () => {
    const response = await fetchApp('app://dateline/assets/main-1a2b.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("hi");');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await fetchApp('app://dateline/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Dateline</title>');
  });

  it('answers 404 for a file that does not exist, a folder, or an unknown type', async () => {
    expect((await fetchApp('app://dateline/missing.js')).status).toBe(404);
    expect((await fetchApp('app://dateline/assets')).status).toBe(404);
    expect((await fetchApp('app://dateline/assets/notes.exe')).status).toBe(404);
  });

  it('answers 404 for a link that leads outside the folder', async () => {
    const response = await fetchApp('app://dateline/assets/link.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 for a traversal that reaches it unnormalised', async () => {
    // Request normalises "..", so the handler is also called the way a raw caller could.
    const raw = { method: 'GET', url: 'app://dateline/..%2fpackage.json' } as Request;
    const response = await createRendererHandler(root)(raw);
    expect(response.status).toBe(404);
  });

  it('answers 404 for every spelling of a way out, however it reaches the handler', async () => {
    const attempts = [
      'app://dateline/../package.json',
      'app://dateline/%2e%2e/package.json',
      'app://dateline/%2e%2E/package.json',
      'app://dateline/.%2e/outside.js',
      'app://dateline/..%2fpackage.json',
      'app://dateline/..%2Foutside.js',
      'app://dateline/%252e%252e/package.json',
      'app://dateline/..\\package.json',
      'app://dateline/..%5coutside.js',
      'app://dateline/package.json%00.js',
      'app://dateline//package.json',
      `app://dateline/${base.replace(/^\//, '')}/package.json`,
      `app://dateline/${encodeURIComponent(path.join(base, 'outside.js'))}`,
      'app://dateline/%EF%BC%8E%EF%BC%8E/package.json',
      // A folder link inside the build that points out of it.
      'app://dateline/assets/up/package.json',
      'app://dateline/assets/up/outside.js',
    ];
    const handler = createRendererHandler(root);
    for (const url of attempts) {
      const response = await handler({ method: 'GET', url } as Request);
      expect(response.status, url).toBe(404);
      const body = await response.text();
      expect(body, url).not.toContain('secret');
    }
  });

  it('accepts only GET', async () => {
    const response = await fetchApp('app://dateline/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});

describe('registration', () => {
  it('registers app: as a standard, secure scheme with fetch before the app is ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the renderer folder', async () => {
    serveRenderer(root);
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('no handler for app:');
    const response = await handler(new Request('app://dateline/index.html'));
    expect(response.status).toBe(200);
  });
});
