// The private page the web host opens the browser on, so its key stays off every command line.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLaunchPage, writeLaunchPage } from './launch-page';

const KEY = 'Zk3y_for-the-launch-page0123456789abcdefghij';
const URL_WITH_KEY = `http://127.0.0.1:41234/?token=${KEY}`;

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'dateline-launch-page-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('opening the browser', () => {
  it('gives the opener only the private page, with no key in it', async () => {
    const commands: string[][] = [];
    const page = writeLaunchPage(URL_WITH_KEY, temp);
    await openLaunchPage(page, async (...args) => {
      commands.push(args);
    });
    expect(commands).toEqual([[page.file]]);
    expect(commands.flat().join(' ')).not.toContain(KEY);
    expect(commands.flat().join(' ')).not.toContain('token');
  });

  it('writes the page 0600 in a folder of its own made 0700, in the temporary folder', async () => {
    const page = writeLaunchPage(URL_WITH_KEY, temp);
    const folder = path.dirname(page.file);
    expect(path.dirname(folder)).toBe(temp);
    expect((await stat(page.file)).mode & 0o777).toBe(0o600);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('redirects to the keyed address at once, and links to it', async () => {
    const page = writeLaunchPage(URL_WITH_KEY, temp);
    const window = new Window();
    window.document.write(await readFile(page.file, 'utf8'));
    const refresh = window.document.querySelector('meta[http-equiv="refresh"]');
    expect(refresh?.getAttribute('content')).toBe(`0;url=${URL_WITH_KEY}`);
    expect(window.document.querySelector('a')?.getAttribute('href')).toBe(URL_WITH_KEY);
    expect(window.document.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe(
      'no-referrer',
    );
    await window.happyDOM.close();
  });

  it('escapes the address so it cannot end the attribute it sits in', async () => {
    const page = writeLaunchPage(`http://127.0.0.1:1/?a="><script>x</script>&b='`, temp);
    const html = await readFile(page.file, 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('?a=&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;b=&#39;');
  });

  it('makes a new page each time and deletes it with its folder', async () => {
    const first = writeLaunchPage(URL_WITH_KEY, temp);
    const second = writeLaunchPage(URL_WITH_KEY, temp);
    expect(second.file).not.toBe(first.file);
    first.remove();
    expect(existsSync(path.dirname(first.file))).toBe(false);
    expect(existsSync(second.file)).toBe(true);
    second.remove();
    second.remove();
    expect(existsSync(path.dirname(second.file))).toBe(false);
  });
});
