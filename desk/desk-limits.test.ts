// The desk's limits against the real server: an article past the size cap, a client sending too
// fast, and TLS when given a certificate.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocName } from '../shared/desk/article-doc';
import type { DeskCredential } from '../shared/desk/contract';
import { connect, joinAs, until, value, type TestClient } from '../test-support/desk/desk-clients';
import { startDeskProcess, tempDataDir, type DeskProcess } from '../test-support/desk/desk-process';

const ARTICLE = 'b1b2c3d4-0000-4000-8000-000000000001';
const CAP = 64 * 1024;
let desk: DeskProcess;
let reporter: DeskCredential;
const clients: TestClient[] = [];

beforeAll(async () => {
  const dataDir = tempDataDir();
  desk = await startDeskProcess(dataDir, { args: ['--max-document-bytes', String(CAP)] });
  reporter = await joinAs(dataDir, desk.httpUrl, 'Sokha', 'reporter');
  await value(desk.httpUrl, 'fileArticle', { id: ARTICLE, headline: 'Big' }, reporter.token);
}, 30_000);

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await desk?.stop();
});

describe('the desk limits', () => {
  it('refuses the change that would grow an article past the cap, and the article stays under it', async () => {
    const writer = connect(desk.url, articleDocName(ARTICLE), reporter.token);
    const other = connect(desk.url, articleDocName(ARTICLE), reporter.token);
    clients.push(writer, other);
    await Promise.all([writer.acknowledged(), other.acknowledged()]);
    writer.doc.getText('notes').insert(0, 'small ');
    await until(
      () => other.doc.getText('notes').toString() === 'small ',
      5_000,
      'the small change',
    );
    // In pieces each well under the message limit, so it is the article's size that is refused.
    for (let i = 0; i < 16; i += 1) writer.doc.getText('notes').insert(0, 'x'.repeat(CAP / 8));
    await until(() => writer.closes.length > 0, 5_000, 'the writer to be disconnected');
    expect(writer.closes[0]!.code).toBe(4413);
    other.doc.getText('headline').insert(0, 'still here');
    await other.acknowledged();
    const reader = connect(desk.url, articleDocName(ARTICLE), reporter.token);
    clients.push(reader);
    await reader.acknowledged();
    const notes = reader.doc.getText('notes').toString();
    console.log(
      `desk: an article capped at ${CAP} bytes took ${notes.length - 'small '.length} of ${2 * CAP} bytes typed`,
    );
    expect(notes.endsWith('small ')).toBe(true);
    expect(notes.length).toBeLessThanOrEqual(CAP);
    expect(reader.doc.getText('headline').toString()).toBe('still here');
    writer.destroy();
  });

  it('closes a connection that sends far more messages than anyone types', async () => {
    const docName = articleDocName(ARTICLE);
    const frame = (write: (e: encoding.Encoder) => void) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, docName);
      write(encoder);
      return encoding.toUint8Array(encoder);
    };
    const socket = new WebSocket(desk.url);
    socket.binaryType = 'arraybuffer';
    const closed = new Promise<number>((resolve) =>
      socket.addEventListener('close', (e) => resolve(e.code)),
    );
    await new Promise((resolve) => socket.addEventListener('open', resolve));
    const authenticated = new Promise((resolve) =>
      socket.addEventListener('message', resolve, { once: true }),
    );
    socket.send(
      frame(
        (e) => (
          encoding.writeVarUint(e, 2),
          encoding.writeVarUint(e, 0),
          encoding.writeVarString(e, reporter.token)
        ),
      ),
    );
    await authenticated;
    // A well-formed "query awareness" message, over and over.
    const query = frame((e) => encoding.writeVarUint(e, 3));
    for (let i = 0; i < 3_000; i += 1) socket.send(query);
    expect(await closed).toBe(4429);
  });
});

describe('the desk over TLS', () => {
  it('prints a wss:// address and answers over HTTPS with its certificate', async () => {
    const dir = tempDataDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const secure = await startDeskProcess(path.join(dir, 'data'), {
      args: ['--cert', cert, '--key', key],
    });
    try {
      expect(secure.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
      const body = await new Promise<string>((resolve, reject) => {
        request(
          `https://127.0.0.1:${secure.port}/health`,
          { ca: readFileSync(cert) },
          (response) => {
            let text = '';
            response.on('data', (chunk) => (text += chunk));
            response.on('end', () => resolve(text));
          },
        )
          .on('error', reject)
          .end();
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
    } finally {
      await secure.stop();
    }
  });
});
