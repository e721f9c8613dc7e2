// Test fixtures: a fresh library per test and typed helpers for what a reporter does.
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { electronBinary, startElectronApp, startWebApp, type RunningApp } from './hosts';

export class DatelineApp {
  constructor(
    readonly page: Page,
    readonly libraryDir: string,
    private readonly running: RunningApp,
  ) {}

  field(name: 'Headline' | 'Standfirst' | 'Byline' | 'Dateline'): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  body(page: Page = this.page): Locator {
    return page.getByRole('textbox', { name: 'Body' });
  }

  /** The editor's save state, in its footer (other views have live regions of their own). */
  saveState(page: Page = this.page): Locator {
    return page.getByRole('contentinfo').getByRole('status');
  }

  async newArticle(page: Page = this.page): Promise<void> {
    await page.getByRole('button', { name: 'New article' }).click();
    await expect(this.body(page)).toBeVisible();
  }

  async waitForSaved(page: Page = this.page): Promise<void> {
    await expect(this.saveState(page)).toHaveText('Saved');
  }

  async openArticle(headline: string, page: Page = this.page): Promise<void> {
    await page.getByRole('button', { name: headline }).click();
    await expect(this.body(page)).toBeVisible();
  }

  async backToLibrary(page: Page = this.page): Promise<void> {
    await page.getByRole('button', { name: '← Library' }).click();
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  }

  openAnother(): Promise<Page> {
    return this.running.openAnother();
  }

  /** The articles as stored on disk, read straight from the library folder. */
  async storedArticles(): Promise<Record<string, unknown>[]> {
    const folder = path.join(this.libraryDir, 'articles');
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    return Promise.all(
      names.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8'))),
    );
  }
}

interface Fixtures {
  app: DatelineApp;
}

interface WorkerFixtures {
  /** Chromium for the web project, started once per worker; each test gets a context of its own. */
  webBrowser: () => Promise<Browser>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  webBrowser: [
    async ({ playwright }, use, workerInfo) => {
      let started: Promise<Browser> | undefined;
      const launch = () => playwright.chromium.launch(workerInfo.project.use.launchOptions);
      await use(async () => {
        // Started on first use, so the Electron project never starts it; again if it went away.
        if (started && !(await started).isConnected()) started = undefined;
        return (started ??= launch());
      });
      await (await started)?.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ webBrowser }, use, testInfo) => {
    const isElectron = testInfo.project.name === 'electron';
    let binary: string | undefined;
    if (isElectron) {
      const found = electronBinary();
      testInfo.skip(!found.path, `Electron project skipped: ${found.reason}.`);
      binary = found.path;
    }
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-'));
    const libraryDir = path.join(scratch, 'library');
    const userDataDir = path.join(scratch, 'user-data');
    const running = binary
      ? await startElectronApp(binary, libraryDir, userDataDir)
      : await startWebApp(await webBrowser(), libraryDir, userDataDir);
    await expect(running.page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await use(new DatelineApp(running.page, libraryDir, running));
    await running.close();
    // A host still finishing its last index write may add a file while the folder is removed.
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  },
});

export { expect };
