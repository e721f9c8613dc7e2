// Crash safety in the browser, each reporting its figure for `npm run test:reliability`: a crash
// or reload mid-typing, a library folder that stops accepting writes, and a second host editing
// the same article.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makeReadOnly } from '../test-support/electron/services/read-only';
import { reportFigure } from '../reliability/report';
import { expect, test, type DatelineApp } from './fixtures';
import { startWebApp } from './hosts';

const BROWSER_ONLY = 'needs the web host: it crashes the page and starts a second host';

const STORY =
  'The Mekong rose by almost a metre overnight, and by morning the ferry crossing at Neak Loeung ' +
  'had closed. Farmers moved cattle to higher ground while district officials opened two schools ' +
  'as shelters. Water levels are expected to peak on Thursday, the ministry said, and fall slowly ' +
  'through the weekend if the rain upstream eases as forecast. ';

/** Types the story one key at a time for about `forMs`; answers when each character went in. */
async function typeFor(page: Page, forMs: number): Promise<{ text: string; at: number[] }> {
  const at: number[] = [];
  let text = '';
  const stopAt = Date.now() + forMs;
  for (const char of STORY.repeat(10)) {
    await page.keyboard.type(char);
    at.push(Date.now());
    text += char;
    if (Date.now() > stopAt) break;
  }
  return { text, at };
}

/** How much of what was typed is kept, and how long before the end the first lost key was typed. */
function measureLoss(typed: { text: string; at: number[] }, kept: string, endedAt: number) {
  expect(typed.text.startsWith(kept), 'what was kept is the start of what was typed').toBe(true);
  const lost = typed.text.length - kept.length;
  const lostMs = lost === 0 ? 0 : endedAt - typed.at[kept.length]!;
  return { lost, lostMs };
}

async function storedBodyText(app: DatelineApp, headline: string): Promise<string> {
  const article = (await app.storedArticles()).find((stored) => stored.headline === headline);
  const body = article?.body as { content?: { content?: { text?: string }[] }[] } | undefined;
  return (body?.content ?? [])
    .flatMap((block) => block.content ?? [])
    .map((node) => node.text ?? '')
    .join('');
}

// A save starts at most a second after the first unsaved key; the margin is for the save's own
// round trip on a busy machine.
const MOST_LOST_MS = 1_000 + 500;

test(
  'a renderer crash mid-typing loses at most the last second of typing',
  { tag: '@reliability' },
  async ({ app }, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', BROWSER_ONLY);
    const { page } = app;
    await app.newArticle();
    await app.field('Headline').fill('Mekong floods');
    await app.waitForSaved();
    await app.body().click();
    const typed = await typeFor(page, 2_500 + Math.random() * 1_500);
    const crashedAt = Date.now();
    const crashed = page.waitForEvent('crash');
    const session = await page.context().newCDPSession(page);
    void session.send('Page.crash').catch(() => undefined);
    await crashed;

    const reopened = await app.openAnother();
    await app.openArticle('Mekong floods', reopened);
    const kept = (await app.body(reopened).textContent()) ?? '';
    expect(kept).toBe(await storedBodyText(app, 'Mekong floods'));
    const { lost, lostMs } = measureLoss(typed, kept, crashedAt);
    reportFigure(
      'renderer crash mid-typing',
      `${lost} of ${typed.text.length} typed characters lost (the last ${lostMs} ms of typing)`,
    );
    expect(lostMs).toBeLessThanOrEqual(MOST_LOST_MS);
  },
);

test(
  'a reload mid-typing loses at most the last second of typing',
  { tag: '@reliability' },
  async ({ app }, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', BROWSER_ONLY);
    const { page } = app;
    // Leaving with unsaved text makes the browser ask; the reporter says leave.
    page.on('dialog', (dialog) => void dialog.accept());
    await app.newArticle();
    await app.field('Headline').fill('Rice harvest');
    await app.waitForSaved();
    await app.body().click();
    const typed = await typeFor(page, 2_000 + Math.random() * 1_500);
    const reloadedAt = Date.now();
    await page.reload();
    await app.openArticle('Rice harvest');
    const kept = (await app.body().textContent()) ?? '';
    const { lost, lostMs } = measureLoss(typed, kept, reloadedAt);
    reportFigure(
      'reload mid-typing',
      `${lost} of ${typed.text.length} typed characters lost (the last ${lostMs} ms of typing)`,
    );
    expect(lostMs).toBeLessThanOrEqual(MOST_LOST_MS);
  },
);

test(
  'a library folder that stops accepting writes: the save fails visibly, and resumes by itself',
  { tag: '@reliability' },
  async ({ app }, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', BROWSER_ONLY);
    const { page } = app;
    await app.newArticle();
    await app.field('Headline').fill('Port expansion');
    await app.body().click();
    await page.keyboard.type('The first paragraph.');
    await app.waitForSaved();
    const folder = path.join(app.libraryDir, 'articles');
    const before = await storedBodyText(app, 'Port expansion');

    const undo = await makeReadOnly(folder);
    testInfo.skip(!undo, 'this machine cannot make a folder read-only (chattr is unavailable)');
    try {
      await page.keyboard.type(' A second one, typed while the folder is read-only.');
      await expect(app.saveState()).toContainText('cannot be written to');
      await expect(app.saveState()).toContainText('Your text is safe in this window');
      expect(await storedBodyText(app, 'Port expansion')).toBe(before);
    } finally {
      await undo!();
    }
    const writableAt = Date.now();
    await expect(app.saveState()).toHaveText('Saved', { timeout: 15_000 });
    const resumedMs = Date.now() - writableAt;
    expect(await storedBodyText(app, 'Port expansion')).toBe(
      'The first paragraph. A second one, typed while the folder is read-only.',
    );
    reportFigure(
      'library folder read-only while typing',
      `save refused and shown, file untouched, saved by itself ${resumedMs} ms after it became writable`,
    );
  },
);

/** Mounts a small tmpfs at `folder`; answers how to unmount it, or undefined where that needs root. */
function mountSmallDisk(folder: string): (() => void) | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'dateline-e2e', folder], {
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  return () => execFileSync('umount', ['-l', folder], { stdio: 'ignore' });
}

/** Writes to `file` until the disk refuses any more. */
function fillDisk(file: string): void {
  const chunk = Buffer.alloc(4096, 1);
  for (;;) {
    try {
      appendFileSync(file, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return;
      throw error;
    }
  }
}

test(
  'a full disk: the save fails visibly, the file is untouched, and saving resumes once there is room',
  { tag: '@reliability' },
  async ({ app }, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', BROWSER_ONLY);
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-full-disk-'));
    const disk = path.join(scratch, 'disk');
    await mkdir(disk);
    const unmount = mountSmallDisk(disk);
    testInfo.skip(!unmount, 'this machine cannot mount a small file system (needs root on Linux)');
    const libraryDir = path.join(disk, 'library');
    const host = await startWebApp(app.page.context().browser()!, libraryDir, scratch);
    try {
      const { page } = host;
      await app.newArticle(page);
      await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Power cuts');
      await app.body(page).click();
      await page.keyboard.type('Typed while there was room.');
      await app.waitForSaved(page);
      const articles = path.join(libraryDir, 'articles');
      const readStored = async () =>
        (
          await Promise.all(
            (await readdir(articles)).map((name) => readFile(path.join(articles, name), 'utf8')),
          )
        ).find((text) => text.includes('Power cuts'));
      const before = await readStored();

      const filler = path.join(disk, 'filler');
      fillDisk(filler);
      await page.keyboard.type(' Typed on a full disk.');
      await expect(app.saveState(page)).toContainText('the disk is full');
      await expect(app.saveState(page)).toContainText('Your text is safe in this window');
      await page.screenshot({ path: testInfo.outputPath('disk-full.png') });
      expect(await readStored()).toBe(before);

      await rm(filler);
      const roomAt = Date.now();
      await expect(app.saveState(page)).toHaveText('Saved', { timeout: 15_000 });
      const resumedMs = Date.now() - roomAt;
      expect(await readStored()).toContain('Typed while there was room. Typed on a full disk.');
      reportFigure(
        'disk full while typing',
        `save refused and shown, file untouched, saved by itself ${resumedMs} ms after room was made`,
      );
    } finally {
      await host.close();
      unmount?.();
      await rm(scratch, { recursive: true, force: true });
    }
  },
);

test(
  'two hosts on one library: a change from the other is noticed while the article is open, and nothing is overwritten unseen',
  { tag: '@reliability' },
  async ({ app }, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', BROWSER_ONLY);
    const first = app.page;
    await app.newArticle(first);
    await app.field('Headline').fill('Bridge reopens');
    await app.body(first).click();
    await first.keyboard.type('Written on the first host.');
    await app.waitForSaved(first);

    const scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-second-host-'));
    const browser = first.context().browser()!;
    const secondHost = await startWebApp(browser, app.libraryDir, scratch);
    try {
      const second = secondHost.page;
      await app.openArticle('Bridge reopens', second);

      // The first host changes the article; the second notices without saving anything.
      await app.body(first).click();
      await first.keyboard.press('End');
      await first.keyboard.type(' Changed on the first host.');
      await app.waitForSaved(first);
      const changedAt = Date.now();
      await app.body(second).click();
      await second.keyboard.press('End');
      await second.keyboard.type(' Added on the second host.');
      const banner = second.getByRole('alert').filter({ hasText: 'Choose what to keep' });
      await expect(banner).toContainText('changed in another window or by another program');
      const noticedMs = Date.now() - changedAt;
      await second.screenshot({ path: testInfo.outputPath('changed-elsewhere.png') });
      expect(await storedBodyText(app, 'Bridge reopens')).toBe(
        'Written on the first host. Changed on the first host.',
      );

      // The second keeps its own text; the first host's is kept as a version.
      await banner.getByRole('button', { name: 'Keep my version' }).click();
      await expect(app.saveState(second)).toHaveText('Saved');
      await expect(app.body(second)).toHaveText(
        'Written on the first host. Added on the second host.',
      );
      expect(await storedBodyText(app, 'Bridge reopens')).toBe(
        'Written on the first host. Added on the second host.',
      );

      // Now the first host notices, and takes the other version; its own is kept as a version.
      const firstBanner = first.getByRole('alert').filter({ hasText: 'Choose what to keep' });
      await expect(firstBanner).toBeVisible();
      await firstBanner.getByRole('button', { name: 'Use the other version' }).click();
      await expect(app.body(first)).toHaveText(
        'Written on the first host. Added on the second host.',
      );
      await first.getByRole('button', { name: 'History' }).click();
      const versions = first.getByRole('list', { name: 'Earlier versions' });
      await expect(versions).toContainText('Your version, set aside for the other one');
      await expect(versions).toContainText('The other version, before yours replaced it');

      const historyFolder = path.join(app.libraryDir, 'history');
      const kept = await readKeptTexts(historyFolder);
      expect(kept.some((text) => text.includes('Changed on the first host.'))).toBe(true);
      reportFigure(
        'a second host changing an open article',
        `noticed after ${noticedMs} ms, nothing overwritten unseen, both texts kept`,
      );
    } finally {
      await secondHost.close();
      await rm(scratch, { recursive: true, force: true });
    }
  },
);

async function readKeptTexts(historyFolder: string): Promise<string[]> {
  const texts: string[] = [];
  for (const id of await readdir(historyFolder)) {
    for (const name of await readdir(path.join(historyFolder, id))) {
      texts.push(await readFile(path.join(historyFolder, id, name), 'utf8'));
    }
  }
  return texts;
}
