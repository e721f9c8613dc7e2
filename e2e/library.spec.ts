import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ARTICLE_SCHEMA_VERSION, emptyFields } from '../shared/article';
import { DatelineApp, expect, test } from './fixtures';
import { startWebApp } from './hosts';

test('a new library shows the sample article, and the search box finds articles', async ({
  app,
}) => {
  const { page } = app;
  const sample = page.getByRole('button', { name: /Solar Pumps/ });
  await expect(sample).toBeVisible();
  await expect(sample).toContainText('Draft');
  await expect(sample).toContainText(/\d+ words/);

  await app.newArticle();
  await app.field('Headline').fill('Garment Exports Rise in October');
  await app.waitForSaved();
  await app.backToLibrary();

  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('button');
  await expect(rows.first()).toContainText('Garment Exports Rise in October');
  await expect(rows).toHaveCount(2);

  await page.getByLabel('Search articles').fill('garment');
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('1 article found')).toBeVisible();
  // Words of the sample's body, not of its headline, find it too.
  await page.getByLabel('Search articles').fill('cooperative diesel');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Solar Pumps');
  await page.getByLabel('Search articles').fill('nothing like this');
  await expect(page.getByText('Nothing matches “nothing like this”.')).toBeVisible();
});

test('an article moved to the trash can be restored', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Temple Restoration Begins');
  await app.waitForSaved();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('“Temple Restoration Begins” was moved to the trash.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Temple Restoration Begins/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('list', { name: 'Articles in the trash' });
  await expect(trash).toContainText('Temple Restoration Begins');
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('button', { name: /Temple Restoration Begins/ })).toBeVisible();
  expect((await app.storedArticles()).map((a) => a.headline)).toContain(
    'Temple Restoration Begins',
  );
});

test('a reopened library shows its articles as last seen at once, then a change made while it was closed', async ({
  playwright,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This spec starts the web host twice.');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-reopen-'));
  const libraryDir = path.join(scratch, 'library');
  const userDataDir = path.join(scratch, 'user-data');
  const browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
  try {
    const first = await startWebApp(browser, libraryDir, userDataDir);
    const app = new DatelineApp(first.page, libraryDir, first);
    await app.newArticle();
    await app.field('Headline').fill('Ferry Fares Rise');
    await app.waitForSaved();
    await app.backToLibrary();
    await first.close();
    // The host writes the listing it last saw as it closes.
    const cache = path.join(libraryDir, '.dateline', 'listing-cache.json');
    await expect
      .poll(() => readFile(cache, 'utf8').catch(() => ''), { timeout: 10_000 })
      .toContain('Ferry Fares Rise');

    // Changed while Dateline was closed, as a synced folder changes it.
    const [stored] = (await app.storedArticles()).filter((a) => a.headline === 'Ferry Fares Rise');
    const file = path.join(libraryDir, 'articles', `${String(stored!.id)}.json`);
    await writeFile(file, JSON.stringify({ ...stored, headline: 'Ferry Fares Rise Again' }));

    const second = await startWebApp(browser, libraryDir, userDataDir);
    const rows = second.page.getByRole('list', { name: 'Articles' }).getByRole('button');
    await expect(rows.filter({ hasText: 'Ferry Fares Rise Again' })).toHaveCount(1);
    await expect(second.page.getByText('Ferry Fares Rise', { exact: true })).toHaveCount(0);
    // Asked for twice: early (as last seen), then as the files are.
    const listings = await second.page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/api/listArticles')).length,
    );
    expect(listings).toBe(2);
    await second.close();
  } finally {
    await browser.close();
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('a large library never listed shows the articles changed last first, then all of them', async ({
  playwright,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This spec holds the web host’s answers back.');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-large-'));
  const libraryDir = path.join(scratch, 'library');
  const total = 260;
  await mkdir(path.join(libraryDir, 'articles'), { recursive: true });
  await writeFile(path.join(libraryDir, 'library.json'), '{"app":"Dateline","schemaVersion":1}');
  for (let n = 0; n < total; n += 1) {
    const changed = new Date(Date.UTC(2026, 0, 1) + n * 60_000);
    const id = `story-${String(n).padStart(4, '0')}`;
    const file = path.join(libraryDir, 'articles', `${id}.json`);
    const article = {
      ...emptyFields(),
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id,
      revision: 1,
      headline: `Provincial Story ${n}`,
      createdAt: changed.toISOString(),
      updatedAt: changed.toISOString(),
    };
    await writeFile(file, JSON.stringify(article));
    await utimes(file, changed, changed);
  }
  const browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  try {
    // The whole listing is held back until the test has seen the early one.
    const app = await startWebApp(browser, libraryDir, path.join(scratch, 'user-data'), (context) =>
      context.route('**/api/listArticles', async (route) => {
        if (route.request().postDataJSON()?.early !== true) await held;
        await route.continue();
      }),
    );
    const { page } = app;
    await expect(
      page.getByText('Reading the library: the 200 articles changed last are shown first.'),
    ).toBeVisible();
    const rows = page.getByRole('list', { name: 'Articles' }).getByRole('button');
    await expect(rows.first()).toContainText(`Provincial Story ${total - 1}`);
    release();
    await expect(page.getByText(`${total} articles`, { exact: true })).toBeVisible();
    await expect(page.getByText(/Reading the library/)).toHaveCount(0);
    await app.close();
  } finally {
    release();
    await browser.close();
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
