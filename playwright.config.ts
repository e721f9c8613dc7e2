import { defineConfig } from '@playwright/test';
import { electronBinary } from './e2e/hosts';

/** Debian's Chromium; Playwright's own browser download is not possible offline. */
const chromiumPath = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';

const electron = electronBinary();
if (!electron.path && !process.env.PLAYWRIGHT_QUIET_SKIPS) {
  console.log(`electron project: its specs are skipped because ${electron.reason}.`);
  // Printed once per run, not once per worker.
  process.env.PLAYWRIGHT_QUIET_SKIPS = '1';
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
    {
      // The same specs through Playwright's Electron driver, where an Electron binary is present.
      name: 'electron',
      metadata: { host: 'electron' },
    },
  ],
});
