import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/channels';
import { sampleArticleFields } from '../../shared/sample-article';
import {
  startWebHost,
  WebHostStartError,
  type WebHost,
  type WebHostOptions,
} from './start-web-host';

let temp: string;
let staticDir: string;
const started: WebHost[] = [];

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'dateline-web-host-'));
  staticDir = path.join(temp, 'renderer');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Dateline</title>');
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((host) => host.close()));
});

afterAll(() => rm(temp, { recursive: true, force: true }));

async function freshFolders() {
  const base = await mkdtemp(path.join(temp, 'run-'));
  return { libraryPath: path.join(base, 'library'), userData: path.join(base, 'user-data') };
}

async function start(options: Partial<WebHostOptions> = {}): Promise<WebHost> {
  const host = await startWebHost({
    staticDir,
    ...(await freshFolders()),
    log: () => {},
    ...options,
  });
  started.push(host);
  return host;
}

async function call(host: WebHost, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('startWebHost', () => {
  it('prints an address on 127.0.0.1 that carries a fresh 32-byte key', async () => {
    const first = await start();
    const second = await start();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(first.url).toBe(`http://127.0.0.1:${first.port}/?token=${first.token}`);
    expect(second.token).not.toBe(first.token);
    expect(second.port).not.toBe(first.port);
    const page = await fetch(first.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dateline</title>');
  });

  it('lists the sample article of a new library through POST /api/listArticles', async () => {
    const host = await start();
    const listing = await call(host, 'listArticles', {});
    expect(listing).toEqual({
      ok: true,
      value: {
        articles: [expect.objectContaining({ headline: sampleArticleFields().headline })],
        problems: [],
      },
    });
  });

  it('answers bad input and unknown methods with errors as values', async () => {
    const host = await start();
    expect(await call(host, 'getArticle', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(host, 'listArticles', { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(host, 'formatDisk', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('writes what the API creates into the library folder', async () => {
    const host = await start();
    const created = (await call(host, 'createArticle', {
      fields: { headline: 'Floods in Kampot' },
    })) as {
      ok: true;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    const onDisk = JSON.parse(
      await readFile(path.join(host.libraryPath, 'articles', `${created.value.id}.json`), 'utf8'),
    ) as { headline: string };
    expect(onDisk.headline).toBe('Floods in Kampot');
  });

  it('says it is the web host, and where its library is', async () => {
    const host = await start();
    expect(await call(host, 'getAppInfo', {})).toEqual({
      ok: true,
      value: { host: 'web', libraryPath: host.libraryPath, notices: [] },
    });
  });

  it('opens the library named in the settings file when none is given', async () => {
    const { libraryPath, userData } = await freshFolders();
    await mkdir(userData, { recursive: true });
    await writeFile(path.join(userData, 'config.json'), JSON.stringify({ libraryPath }));
    const host = await start({ userData, libraryPath: undefined });
    expect(host.libraryPath).toBe(libraryPath);
    expect(await readFile(path.join(libraryPath, 'library.json'), 'utf8')).toContain('Dateline');
  });

  it('starts with default settings when the settings file is damaged, and says so', async () => {
    const { libraryPath, userData } = await freshFolders();
    await mkdir(userData, { recursive: true });
    await writeFile(path.join(userData, 'config.json'), '{ "libraryPath": ');
    const host = await start({ userData, libraryPath });
    expect(host.notices).toHaveLength(1);
    expect(await call(host, 'getAppInfo', {})).toMatchObject({
      ok: true,
      value: { notices: [expect.stringContaining('could not be read')] },
    });
  });

  it('refuses to start on a library it cannot open, in one sentence', async () => {
    const { libraryPath } = await freshFolders();
    await mkdir(path.dirname(libraryPath), { recursive: true });
    await writeFile(libraryPath, 'a file where the folder should be');
    const attempt = start({ libraryPath });
    await expect(attempt).rejects.toThrow(WebHostStartError);
    await expect(attempt).rejects.toThrow(/Could not open the library at/);
  });

  it('refuses to start without a built renderer', async () => {
    const attempt = start({ staticDir: path.join(temp, 'not-built') });
    await expect(attempt).rejects.toThrow(WebHostStartError);
    await expect(attempt).rejects.toThrow(/npm run build/);
  });

  it('refuses a port already in use, in one sentence', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await expect(start({ port })).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
