import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile, staticSegments } from './static-files';

describe('staticSegments', () => {
  it('names files inside the folder', () => {
    expect(staticSegments('/')).toEqual(['index.html']);
    expect(staticSegments('/index.html')).toEqual(['index.html']);
    expect(staticSegments('/assets/app-1a2b.js')).toEqual(['assets', 'app-1a2b.js']);
    expect(staticSegments('/assets/noto%20sans.woff2')).toEqual(['assets', 'noto sans.woff2']);
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2e/package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/%2e%2e%5cpackage.json',
    '/..\\package.json',
    '/assets/%00.js',
    '/assets/\0.js',
    '/./index.html',
    '/.env',
    '//etc/passwd',
    '/assets/',
    '/C:/Windows/win.ini',
    '/%E0%A4%A',
    'index.html',
    'http://127.0.0.1/index.html',
  ])('refuses %j', (attempt) => {
    expect(staticSegments(attempt)).toBeNull();
  });
});

describe('resolveStaticFile', () => {
  let temp: string;
  let root: string;

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'dateline-static-')));
    root = path.join(temp, 'static');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'assets', 'app.js'), '1');
    await writeFile(path.join(temp, 'secret.txt'), 'secret');
    await symlink(path.join(temp, 'secret.txt'), path.join(root, 'assets', 'out.js'));
    await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'in.js'));
  });

  afterAll(() => rm(temp, { recursive: true, force: true }));

  it('finds a file inside the folder', async () => {
    expect(await resolveStaticFile(root, ['assets', 'app.js'])).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  it('follows a link that stays inside, and refuses one that leads out', async () => {
    expect(await resolveStaticFile(root, ['assets', 'in.js'])).toBe(
      path.join(root, 'assets', 'app.js'),
    );
    expect(await resolveStaticFile(root, ['assets', 'out.js'])).toBeNull();
  });

  it('refuses segments that climb out, even if they reached it', async () => {
    expect(await resolveStaticFile(root, ['..', 'secret.txt'])).toBeNull();
    expect(await resolveStaticFile(root, [temp, 'secret.txt'])).toBe(null);
    expect(await resolveStaticFile(root, ['assets', 'missing.js'])).toBeNull();
  });
});

it('knows the content types the renderer build produces', () => {
  expect(contentTypeOf('a.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
  expect(contentTypeOf('a.woff2')).toBe('font/woff2');
  expect(contentTypeOf('a.woff')).toBe('font/woff');
  expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
  expect(contentTypeOf('a.png')).toBe('image/png');
  expect(contentTypeOf('a.json')).toBe('application/json; charset=utf-8');
  expect(contentTypeOf('a.js.map')).toBe('application/json; charset=utf-8');
  expect(contentTypeOf('favicon.ico')).toBe('image/x-icon');
  expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
});
