// The library's originals on a real folder: kept once by content, refused when they are not
// what they say, can carry scripts or claim more pixels than any camera makes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../../shared/api/errors';
import {
  SVG_WITH_SCRIPT,
  pngBomb,
  sampleJpeg,
  samplePng,
} from '../../../test-support/electron/photo-samples';
import { MediaStore } from './media-store';

let root: string;
let media: MediaStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-media-'));
  media = new MediaStore(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function refusal(name: string, bytes: Uint8Array): Promise<DatelineError> {
  const error = await media.add(name, bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatelineError);
  return error as DatelineError;
}

describe('the media store', () => {
  it('keeps a photo once under its sha-256, however often it is added', async () => {
    const jpeg = await sampleJpeg({ width: 800, height: 600 });
    const first = await media.add('harbour.jpg', jpeg);
    const second = await media.add('same-photo-again.JPG', jpeg);
    expect(second.hash).toBe(first.hash);
    expect(await readdir(path.join(root, 'media'))).toEqual([`${first.hash}.jpg`]);
    expect(await readFile(path.join(root, 'media', `${first.hash}.jpg`))).toEqual(jpeg);
    expect(first).toMatchObject({ format: 'jpeg', width: 800, height: 600 });
  });

  it('says what the original holds: a GPS position and the camera', async () => {
    const facts = await media.add(
      'phone.jpg',
      await sampleJpeg({ gps: true, width: 400, height: 300 }),
    );
    expect(facts.privacy).toMatchObject({ gps: true, camera: 'Canon EOS R6', exif: true });
    const plain = await media.add('plain.png', await samplePng(64, 48));
    expect(plain.privacy.gps).toBe(false);
  });

  it('gives the upright size of a photo the camera turned', async () => {
    const facts = await media.add(
      'turned.jpg',
      await sampleJpeg({ width: 300, height: 200, orientation: 6 }),
    );
    expect(facts).toMatchObject({ width: 200, height: 300 });
  });

  it('refuses SVG, which can carry scripts, whatever it is called', async () => {
    expect((await refusal('logo.svg', SVG_WITH_SCRIPT)).reason).toBe('photo-svg');
    expect((await refusal('logo.png', SVG_WITH_SCRIPT)).reason).toBe('photo-svg');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a file that is not what its name says', async () => {
    const png = await samplePng(32, 32);
    const error = await refusal('photo.jpg', png);
    expect(error.reason).toBe('photo-mislabelled');
    expect(error.message).toContain('a PNG image');
    expect((await refusal('notes.jpg', Buffer.from('just some text'))).reason).toBe('photo-format');
    expect(await readdir(root)).toEqual([]);
  });

  it('takes a photo whose name has no ending by what its bytes are, and refuses one that is none', async () => {
    const facts = await media.add('IMG_1234', await samplePng(40, 30));
    expect(facts).toMatchObject({ format: 'png', width: 40, height: 30 });
    expect(await readdir(path.join(root, 'media'))).toEqual([`${facts.hash}.png`]);
    expect((await refusal('README', Buffer.from('just some text'))).reason).toBe('photo-format');
    // A name that claims another type is still held to it.
    expect((await refusal('IMG_1234.pdf', await samplePng(40, 30))).reason).toBe(
      'photo-mislabelled',
    );
  });

  it('refuses a small file claiming 100,000 × 100,000 pixels without decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(100);
    const before = process.memoryUsage().rss;
    const error = await refusal('bomb.png', bomb);
    const grew = process.memoryUsage().rss - before;
    expect(error.reason).toBe('photo-too-many-pixels');
    expect(error.message).toContain('100,000 × 100,000');
    // Decoding would need 30 GB; the header alone is read.
    console.log(`refusing the bomb grew the process by ${(grew / 1e6).toFixed(1)} MB`);
    expect(grew).toBeLessThan(64 * 1024 * 1024);
    expect(await readdir(root)).toEqual([]);
  });

  it('finds no photo by a hash it does not hold', async () => {
    await expect(media.read('a'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
    await expect(media.read('../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
  });
});
