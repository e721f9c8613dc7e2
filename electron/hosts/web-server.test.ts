import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../services/api-handlers';
import { MAX_BODY_BYTES } from './api-route';
import {
  rawRequest,
  streamUntilAnswered,
  type RawResponse,
} from '../../test-support/electron/hosts/raw-request';
import { createWebServer, type WebServer } from './web-server';
import { CONTENT_SECURITY_POLICY } from './web-responses';

const TOKEN = 'k3y-for-tests_0123456789abcdefghijklmnopqrstu';
const SECRET = 'SECRET-OUTSIDE-THE-STATIC-FOLDER-7f3a';
const INDEX = '<!doctype html><title>Dateline</title><p>index-page-marker</p>';
const SCRIPT = 'console.log("app-script-marker");';

let temp: string;
let web: WebServer;
let port: number;
let calls: { method: string; input: unknown }[];
/** The `name=value` pair the page's keyed address sets, as a browser would send it back. */
let pagesCookie: string;

// Records what reached the API, so a refused request can be shown to have gone no further.
const dispatch: Dispatch = async (method, input) => {
  calls.push({ method, input });
  if (method === 'explode') throw new Error('a bug in a handler');
  return { ok: true, value: { echoed: input } };
};

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'dateline-web-server-'));
  const root = path.join(temp, 'static');
  await mkdir(path.join(root, 'assets', 'nested'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'app.js'), SCRIPT);
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{color:black}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'assets', 'nested', 'deep.js'), '1');
  await writeFile(path.join(root, '.hidden.js'), SECRET);
  // Files a path could reach by climbing out of the static folder.
  await writeFile(path.join(temp, 'package.json'), SECRET);
  await writeFile(path.join(temp, 'secret.txt'), SECRET);
  await symlink(path.join(temp, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
  await symlink(temp, path.join(root, 'assets', 'up'));

  web = createWebServer({ dispatch, staticDir: root, token: TOKEN, log: () => {} });
  port = await web.listen(0);
  const page = await rawRequest(port, { path: `/?token=${TOKEN}` });
  pagesCookie = (page.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
});

afterAll(async () => {
  await web?.close();
  await rm(temp, { recursive: true, force: true });
});

beforeEach(() => {
  calls = [];
});

const cookie = () => pagesCookie;
const withCookie = (requestPath: string, method = 'GET') =>
  rawRequest(port, { method, path: requestPath, headers: { cookie: cookie() } });
const api = (method: string, body: string | Buffer, headers: Record<string, string | null> = {}) =>
  rawRequest(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-dateline-token': TOKEN, ...headers },
    body,
  });
const json = (response: RawResponse) => JSON.parse(response.body) as unknown;

/** Sends `text` as it is, for what even a raw http.request will not write, and reads to the end. */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('the page', () => {
  it('is served with the key in its address, with the CSP, and sets the pages cookie', async () => {
    for (const page of [`/?token=${TOKEN}`, `/index.html?token=${TOKEN}`]) {
      const response = await rawRequest(port, { path: page });
      expect(response.status).toBe(200);
      expect(response.body).toBe(INDEX);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' ws://127.0.0.1:* ws://localhost:* wss:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers['set-cookie']).toEqual([
        `${pagesCookie}; HttpOnly; SameSite=Strict; Path=/`,
      ]);
      expect(pagesCookie).toMatch(new RegExp(`^dateline-pages-${port}=[A-Za-z0-9_-]{43}$`));
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });

  it('answers on localhost as well as 127.0.0.1', async () => {
    const response = await rawRequest(port, {
      path: `/?token=${TOKEN}`,
      headers: { host: `localhost:${port}` },
    });
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX);
  });

  it('is refused without the key, or with a wrong one, in the address or the cookie', async () => {
    const attempts = [
      rawRequest(port, { path: '/' }),
      rawRequest(port, { path: '/?token=' }),
      rawRequest(port, { path: `/?token=${TOKEN}x` }),
      rawRequest(port, { path: `/?token=${TOKEN.slice(1)}` }),
      rawRequest(port, { path: '/', headers: { cookie: `dateline-pages-${port}=wrong` } }),
      rawRequest(port, { path: '/', headers: { cookie: `dateline-pages-${port}=${TOKEN}` } }),
      rawRequest(port, { path: '/', headers: { cookie: `dateline-token-${port}=${TOKEN}` } }),
      rawRequest(port, {
        path: '/',
        headers: { cookie: pagesCookie.replace(`-${port}=`, `-${port + 1}=`) },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(401);
      expect(response.body).toContain('Open Dateline from the address it printed');
      expect(response.body).not.toContain('index-page-marker');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });
});

describe('static files', () => {
  it('are served with the cookie, with their content type', async () => {
    const script = await withCookie('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.body).toBe(SCRIPT);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect((await withCookie('/assets/app.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await withCookie('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await withCookie('/')).body).toBe(INDEX);
  });

  it('are served with the key in the address instead of the cookie', async () => {
    const response = await rawRequest(port, { path: `/assets/app.js?token=${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.body).toBe(SCRIPT);
  });

  it('are refused without the key', async () => {
    const response = await rawRequest(port, { path: '/assets/app.js' });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('app-script-marker');
  });

  it('answer HEAD with the headers and no body', async () => {
    const response = await withCookie('/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe('');
  });

  it('never leave the static folder, however the path is spelled', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/..%2Fsecret.txt',
      '/%2e%2e%5cpackage.json',
      '/..\\package.json',
      '/assets/..\\..\\secret.txt',
      '/%252e%252e/package.json',
      '/%2e%2E/package.json',
      '/.%2e/package.json',
      '/%2e./secret.txt',
      '/..%252fpackage.json',
      '/%c0%ae%c0%ae/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%EF%BC%8E%EF%BC%8E/package.json',
      '/assets/up/secret.txt',
      '/assets/up/package.json',
      '/assets/%00.js',
      '/assets/app.js%00',
      '//package.json',
      `/${temp.replace(/^\//, '')}/secret.txt`,
      `/${encodeURIComponent(path.join(temp, 'secret.txt'))}`,
      '/C:/Windows/win.ini',
      '/assets/escape.js',
      '/.hidden.js',
      '/%e0%a4%a.js',
    ];
    for (const attempt of attempts) {
      const response = await withCookie(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain(SECRET);
    }
  });

  it('refuse a proxy-style absolute address', async () => {
    const response = await withCookie(`http://127.0.0.1:${port}/../package.json`);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(SECRET);
  });

  it('never list a folder', async () => {
    for (const folder of ['/assets', '/assets/', '/assets/nested/', '/assets/nested']) {
      const response = await withCookie(folder);
      expect(response.status, folder).toBe(404);
      expect(response.body, folder).not.toContain('app.js');
      expect(response.body, folder).not.toContain('deep.js');
    }
  });

  it('answer only GET and HEAD', async () => {
    for (const method of ['PUT', 'POST', 'DELETE', 'PATCH']) {
      const response = await withCookie('/', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('where a request comes from', () => {
  it('refuses a Host other than our own address (DNS rebinding)', async () => {
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost:${port + 1}`,
      '127.0.0.1',
      `127.0.0.2:${port}`,
      `[::1]:${port}`,
      `127.0.0.1:${port}.evil.example`,
      `localhost.:${port}`,
      `127.1:${port}`,
      `2130706433:${port}`,
      `evil.example`,
      `127.0.0.1:${port}@evil.example`,
    ]) {
      const page = await rawRequest(port, { path: `/?token=${TOKEN}`, headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.body, host).not.toContain('index-page-marker');
      expect(page.headers['set-cookie']).toBeUndefined();
      const call = await api('listArticles', '{}', { host });
      expect(call.status, host).toBe(403);
      expect(json(call)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a request that names two hosts or two origins', async () => {
    for (const extra of [
      `Host: 127.0.0.1:${port}\r\nHost: evil.example`,
      `Host: evil.example\r\nHost: 127.0.0.1:${port}`,
      `Host: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nOrigin: http://evil.example`,
    ]) {
      const answer = await rawExchange(
        `GET /?token=${TOKEN} HTTP/1.1\r\n${extra}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer, extra).toMatch(/^HTTP\/1\.1 (400|403) /);
      expect(answer, extra).not.toContain('index-page-marker');
    }
  });

  it('refuses a request without a Host', async () => {
    const response = await rawRequest(port, { path: `/?token=${TOKEN}`, headers: { host: null } });
    expect([400, 403]).toContain(response.status);
    expect(response.body).not.toContain('index-page-marker');
  });

  it('refuses a foreign Origin and cross-site fetches', async () => {
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: `http://evil.example:${port}` },
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: `https://127.0.0.1:${port}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const call = await api('listArticles', '{}', headers);
      expect(call.status, JSON.stringify(headers)).toBe(403);
      const page = await rawRequest(port, { path: `/?token=${TOKEN}`, headers });
      expect(page.status, JSON.stringify(headers)).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  it('lets a whole-page visit from elsewhere (the launch page is a file) in with the key only', async () => {
    const navigation = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    for (const site of ['cross-site', 'same-site']) {
      const headers = { ...navigation, 'sec-fetch-site': site };
      const page = await rawRequest(port, { path: `/?token=${TOKEN}`, headers });
      expect(page.status, site).toBe(200);
      expect(page.body).toBe(INDEX);
      const wrongKey = await rawRequest(port, { path: `/?token=${TOKEN}x`, headers });
      expect(wrongKey.status, site).toBe(401);
      const cookieOnly = await rawRequest(port, {
        path: '/',
        headers: { ...headers, cookie: cookie() },
      });
      expect(cookieOnly.status, site).toBe(403);
      const script = await rawRequest(port, { path: `/assets/app.js?token=${TOKEN}`, headers });
      expect(script.status, site).toBe(403);
      for (const notAPage of [
        { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' },
        { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'document' },
        { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' },
      ]) {
        const framed = await rawRequest(port, {
          path: `/?token=${TOKEN}`,
          headers: { ...notAPage, 'sec-fetch-site': site },
        });
        expect(framed.status, JSON.stringify(notAPage)).toBe(403);
      }
      const call = await api('listArticles', '{}', headers);
      expect(call.status, site).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  it('accepts its own origin', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const call = await api('listArticles', '{}', { origin, 'sec-fetch-site': 'same-origin' });
      expect(call.status).toBe(200);
    }
    expect(calls).toHaveLength(2);
  });
});

describe('the pages cookie, which the browser also sends to every other local port', () => {
  it('opens the pages again without the key, as a reload does', async () => {
    const reload = await withCookie('/');
    expect(reload.status).toBe(200);
    expect(reload.body).toBe(INDEX);
  });

  it('carries no value that opens the API, alone, as the header, or with a key-shaped name', async () => {
    const keyedPage = await rawRequest(port, { path: `/?token=${TOKEN}` });
    // Everything another local server could be sent by the browser: the cookie it set.
    const sent = (keyedPage.headers['set-cookie'] ?? []).map((line) => line.split(';')[0] ?? '');
    expect(sent).toEqual([pagesCookie]);
    const values = sent.map((pair) => pair.slice(pair.indexOf('=') + 1));
    expect(values.join(' ')).not.toContain(TOKEN);
    const attempts = values.flatMap((value) => [
      api('listArticles', '{}', { 'x-dateline-token': value }),
      api('listArticles', '{}', { 'x-dateline-token': value, cookie: sent.join('; ') }),
      api('listArticles', '{}', { 'x-dateline-token': null, cookie: sent.join('; ') }),
    ]);
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(401);
      expect(json(response)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('is new with every launch, so an old one opens nothing', async () => {
    const root = path.join(temp, 'static');
    const next = createWebServer({ dispatch, staticDir: root, token: TOKEN, log: () => {} });
    const nextPort = await next.listen(0);
    try {
      const page = await rawRequest(nextPort, { path: `/?token=${TOKEN}` });
      const nextCookie = (page.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
      const value = (pair: string) => pair.slice(pair.indexOf('=') + 1);
      expect(value(nextCookie)).not.toBe(value(pagesCookie));
      const stale = await rawRequest(nextPort, {
        path: '/',
        headers: { cookie: `dateline-pages-${nextPort}=${value(pagesCookie)}` },
      });
      expect(stale.status).toBe(401);
    } finally {
      await next.close();
    }
  });
});

describe('the API', () => {
  it('passes the method and the parsed body to the dispatch and returns its result', async () => {
    const response = await api('getArticle', '{"id":"abc"}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(json(response)).toEqual({ ok: true, value: { echoed: { id: 'abc' } } });
    expect(calls).toEqual([{ method: 'getArticle', input: { id: 'abc' } }]);
  });

  it('is refused without the key header, with a wrong one, or with only the cookie', async () => {
    const attempts = [
      api('listArticles', '{}', { 'x-dateline-token': null }),
      api('listArticles', '{}', { 'x-dateline-token': 'wrong' }),
      api('listArticles', '{}', { 'x-dateline-token': `${TOKEN}=` }),
      api('listArticles', '{}', { 'x-dateline-token': null, cookie: cookie() }),
      rawRequest(port, {
        method: 'POST',
        path: `/api/listArticles?token=${TOKEN}`,
        headers: { 'content-type': 'application/json', cookie: cookie() },
        body: '{}',
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(401);
      expect(json(response)).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message:
            'Open Dateline from the address it printed when it started; that address carries the key.',
        },
      });
    }
    expect(calls).toEqual([]);
  });

  it('answers malformed JSON with 400 and an invalid-input error', async () => {
    for (const body of ['{"id":', '', 'undefined', "{'id':1}"]) {
      const response = await api('getArticle', body);
      expect(response.status, body).toBe(400);
      expect(json(response)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const notUtf8 = await api('getArticle', Buffer.from([0x7b, 0xff, 0x7d]));
    expect(notUtf8.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('accepts only JSON', async () => {
    const response = await api('listArticles', '{}', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    const missing = await api('listArticles', '{}', { 'content-type': null });
    expect(missing.status).toBe(415);
    const charset = await api('listArticles', '{}', {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(charset.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('answers only POST', async () => {
    const response = await rawRequest(port, {
      path: '/api/listArticles',
      headers: { 'x-dateline-token': TOKEN },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(calls).toEqual([]);
  });

  it('refuses a body over the limit, declared or streamed, and keeps answering', async () => {
    const declared = await rawRequest(port, {
      method: 'POST',
      path: '/api/listArticles',
      headers: {
        'content-type': 'application/json',
        'x-dateline-token': TOKEN,
        'content-length': String(MAX_BODY_BYTES + 1),
      },
      body: '{}',
    }).catch((error: unknown) => error);
    expect(declared).toMatchObject({ status: 413 });

    const streamed = await streamUntilAnswered(
      port,
      '/api/listArticles',
      { 'content-type': 'application/json', 'x-dateline-token': TOKEN },
      MAX_BODY_BYTES * 4,
    );
    expect(streamed.reset ? 'closed' : String(streamed.status)).toMatch(/^(413|closed)$/);
    // It stopped reading: the client was answered long before it sent all it offered.
    expect(streamed.sentBytes).toBeLessThan(MAX_BODY_BYTES * 4);
    expect(calls).toEqual([]);

    const after = await api('listArticles', '{}');
    expect(after.status).toBe(200);
  });

  it('accepts a body just under the limit', async () => {
    const text = 'x'.repeat(MAX_BODY_BYTES - 100);
    const response = await api('saveArticle', JSON.stringify({ text }));
    expect(response.status).toBe(200);
    expect(calls[0]?.input).toEqual({ text });
  });

  it('answers a bug in a handler with 500 JSON, and keeps answering', async () => {
    const response = await api('explode', '{}');
    expect(response.status).toBe(500);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect((await api('listArticles', '{}')).status).toBe(200);
  });
});

it('still answers after all of that', async () => {
  const response = await rawRequest(port, { path: `/?token=${TOKEN}` });
  expect(response.status).toBe(200);
  expect(response.body).toBe(INDEX);
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
});

it('lets a request in flight finish when it closes, then stops answering', async () => {
  let release = () => {};
  let reached = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  const slow = createWebServer({
    dispatch: async () => {
      reached();
      await gate;
      return { ok: true, value: 'saved' };
    },
    staticDir: temp,
    token: TOKEN,
    log: () => {},
  });
  const slowPort = await slow.listen(0);
  const inFlight = rawRequest(slowPort, {
    method: 'POST',
    path: '/api/saveArticle',
    headers: { 'content-type': 'application/json', 'x-dateline-token': TOKEN },
    body: '{}',
  });
  await arrived;
  const closed = slow.close();
  release();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body)).toEqual({ ok: true, value: 'saved' });
  await closed;
  await expect(rawRequest(slowPort, { path: `/?token=${TOKEN}` })).rejects.toThrow(/ECONNREFUSED/);
});
