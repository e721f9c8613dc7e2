// Photos travel with desk articles: two laptops (two libraries, two credentials) and a real desk
// server. What one adds, the other fetches and keeps; what the desk refuses never lands anywhere.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedArticleDoc } from '../../shared/desk/client-article';
import { deskPhotoPath, type DeskCredential } from '../../shared/desk/contract';
import { emptyFields } from '../../shared/article';
import type { PhotoRef } from '../../shared/photos/photo-ref';
import { articleSchema } from '../../shared/schema/extensions';
import { joinAs, value } from '../../test-support/desk/desk-clients';
import {
  startDeskProcess,
  tempDataDir,
  type DeskProcess,
} from '../../test-support/desk/desk-process';
import { sampleJpeg, SVG_WITH_SCRIPT } from '../../test-support/electron/photo-samples';
import { DeskClient } from './desk-client';
import { fileCredentialStore } from './desk-credential-store';
import { DeskPhotoSync } from './desk-photos';
import { MediaStore } from './media/media-store';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let desk: DeskProcess;
let dataDir: string;
let reporter: DeskCredential;

interface Laptop {
  library: string;
  media: MediaStore;
  sync: DeskPhotoSync;
  problems: string[];
}

async function laptop(name: string, role: 'reporter' | 'editor'): Promise<Laptop> {
  const settings = await mkdtemp(path.join(os.tmpdir(), 'desk-photos-settings-'));
  const library = await mkdtemp(path.join(os.tmpdir(), 'desk-photos-library-'));
  const credential = await joinAs(dataDir, desk.httpUrl, name, role);
  const store = fileCredentialStore(settings);
  await store.write({ addresses: [desk.url], ...credential });
  const media = new MediaStore(library);
  const problems: string[] = [];
  const sync = new DeskPhotoSync(
    new DeskClient(store),
    () => media,
    (m) => problems.push(m),
  );
  return { library, media, sync, problems };
}

const photoOf = (hash: string, alt: string): PhotoRef => ({
  hash,
  format: 'jpeg',
  width: 1600,
  height: 1200,
  alt,
  caption: '',
  credit: 'Sokha Chan',
});

beforeAll(async () => {
  dataDir = tempDataDir();
  desk = await startDeskProcess(dataDir);
  reporter = await joinAs(dataDir, desk.httpUrl, 'Sreymom', 'reporter');
}, 60_000);
afterAll(() => desk?.stop());

describe('photos of desk articles', () => {
  it('reach another member’s library byte for byte, lead photo and photos in the text', async () => {
    const sokha = await laptop('Sokha', 'reporter');
    const dara = await laptop('Dara', 'editor');
    const lead = await sokha.media.add('river.jpg', await sampleJpeg({ seed: 11 }));
    const inText = await sokha.media.add('road.jpg', await sampleJpeg({ seed: 12 }));

    // The reporter's copy of the article, as the desk editor writes it.
    const doc = new Y.Doc();
    seedArticleDoc(
      doc,
      {
        ...emptyFields(),
        headline: 'Floods',
        leadPhoto: photoOf(lead.hash, 'The river'),
        body: {
          type: 'doc',
          content: [{ type: 'figure', attrs: { ...photoOf(inText.hash, 'The road') } }],
        },
      },
      articleSchema(),
    );
    const state = Y.encodeStateAsUpdate(doc);
    const sent = await sokha.sync.sync([photoOf(lead.hash, ''), photoOf(inText.hash, '')]);
    expect(sent).toEqual({ missingHere: [], waiting: [] });

    // The editor's laptop has only the document: the photos come from the desk.
    dara.sync.stateChanged('0f8fad5b-d9cb-469f-a165-70867728950e', state);
    const deadline = Date.now() + 10_000;
    while ((await dara.media.list()).length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const kept = await readdir(path.join(dara.library, 'media'));
    expect(kept.sort()).toEqual([`${lead.hash}.jpg`, `${inText.hash}.jpg`].sort());
    for (const hash of [lead.hash, inText.hash]) {
      const here = await readFile(path.join(dara.library, 'media', `${hash}.jpg`));
      expect(sha256(here)).toBe(hash);
      expect(here.equals(await readFile(path.join(sokha.library, 'media', `${hash}.jpg`)))).toBe(
        true,
      );
    }
    expect(dara.problems).toEqual([]);
  });

  it('says which photos no one has sent yet, and keeps nothing for them', async () => {
    const vanna = await laptop('Vanna', 'reporter');
    const absent = sha256(Buffer.from('a photo nobody sent'));
    expect(await vanna.sync.sync([photoOf(absent, '')])).toEqual({
      missingHere: [absent],
      waiting: [],
    });
    expect(await vanna.media.list()).toEqual([]);
  });

  it('keeps what it could not send and sends it once the desk answers again', async () => {
    const settings = await mkdtemp(path.join(os.tmpdir(), 'desk-photos-settings-'));
    const library = await mkdtemp(path.join(os.tmpdir(), 'desk-photos-library-'));
    const credential = await joinAs(dataDir, desk.httpUrl, 'Bopha', 'reporter');
    const store = fileCredentialStore(settings);
    // A desk address nothing answers on first: the laptop is offline.
    await store.write({ addresses: ['ws://127.0.0.1:9'], ...credential });
    const media = new MediaStore(library);
    const sync = new DeskPhotoSync(new DeskClient(store), () => media);
    const photo = await media.add('market.jpg', await sampleJpeg({ seed: 13 }));
    expect((await sync.sync([photoOf(photo.hash, '')])).waiting).toEqual([photo.hash]);
    const missing = await value<string[]>(
      desk.httpUrl,
      'missingPhotos',
      { hashes: [photo.hash] },
      reporter.token,
    );
    expect(missing).toEqual([photo.hash]);

    await store.write({ addresses: [desk.url], ...credential });
    expect((await sync.sync([])).waiting).toEqual([]);
    expect(
      await value<string[]>(
        desk.httpUrl,
        'missingPhotos',
        { hashes: [photo.hash] },
        reporter.token,
      ),
    ).toEqual([]);
    sync.close();
  });
});

describe('the desk’s photo store', () => {
  const put = (hash: string, body: Uint8Array, token = reporter.token) =>
    fetch(`${desk.httpUrl}${deskPhotoPath(hash)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(body),
    });

  it('refuses bytes that are not the photo named, a drawing, and strangers', async () => {
    const jpeg = await sampleJpeg({ seed: 14 });
    const wrong = await put(sha256(Buffer.from('something else')), jpeg);
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toMatch(/do not match its name/);

    const svg = await put(sha256(SVG_WITH_SCRIPT), SVG_WITH_SCRIPT);
    expect(svg.status).toBe(400);
    expect(JSON.stringify(await svg.json())).toMatch(/JPEG, PNG, WebP and AVIF/);

    const stranger = await put(sha256(jpeg), jpeg, 'not-a-credential');
    expect(stranger.status).toBe(401);
    const read = await fetch(`${desk.httpUrl}${deskPhotoPath(sha256(jpeg))}`, {
      headers: { authorization: `Bearer ${reporter.token}` },
    });
    expect(read.status).toBe(404);
    expect(
      await value<string[]>(
        desk.httpUrl,
        'missingPhotos',
        { hashes: [sha256(jpeg), sha256(SVG_WITH_SCRIPT)] },
        reporter.token,
      ),
    ).toEqual([sha256(jpeg), sha256(SVG_WITH_SCRIPT)]);
  });

  it('refuses a photo larger than it keeps before reading it', async () => {
    // Only the first bytes of a 31 MB upload are ever sent: the answer comes from the header.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        `${desk.httpUrl}${deskPhotoPath('c'.repeat(64))}`,
        {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${reporter.token}`,
            'content-length': 31 * 1024 * 1024,
          },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.write(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/larger than the desk keeps \(30 MB\)/);
  });

  it('serves a kept photo only to members, as an image that cannot run', async () => {
    const jpeg = await sampleJpeg({ seed: 15 });
    expect((await put(sha256(jpeg), jpeg)).status).toBe(200);
    expect((await put(sha256(jpeg), jpeg)).status).toBe(200);
    const url = `${desk.httpUrl}${deskPhotoPath(sha256(jpeg))}`;
    expect((await fetch(url)).status).toBe(401);
    const read = await fetch(url, { headers: { authorization: `Bearer ${reporter.token}` } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/jpeg');
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await read.arrayBuffer()).equals(jpeg)).toBe(true);
  });
});
