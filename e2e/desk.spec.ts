// The desk end to end: a real desk server, two web hosts with their own libraries and people,
// and two browsers. Filing, co-editing, offline work merged on reconnect, the article's settings
// and panels on a shared article, roles, and a filed article's photo reaching another laptop.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  articleSettings,
  body,
  bodyText,
  deskStatus,
  interfaceWords,
  previewText,
  sidebarItem,
  startDesk,
  startDeskTeam,
  storedArticle,
  type DeskServer,
  type Person,
} from './desk-helpers';
import { sampleJpeg } from '../test-support/electron/photo-samples';

test.describe.configure({ mode: 'serial' });
test.skip(() => test.info().project.name !== 'web', 'The desk spec drives web hosts.');

let desk: DeskServer;
let reporter: Person;
let editor: Person;
const HEADLINE = 'Floods close the river road';

test.beforeAll(async ({ browser }) => {
  ({ desk, reporter, editor } = await startDeskTeam(browser));
});

test.afterAll(async () => {
  await reporter?.app.close();
  await editor?.app.close();
  await desk?.stop();
});

test('a reporter files an article and the editor sees it on the desk', async () => {
  const { page } = reporter;
  await editor.page.getByRole('button', { name: 'Desk', exact: true }).click();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(HEADLINE);
  await body(page).click();
  await page.keyboard.type('The first paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The second paragraph.');
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'File to desk' }).click();
  const filedAt = performance.now();
  const seen = editor.page.getByRole('button', { name: HEADLINE });
  await expect(seen).toBeVisible();
  const ms = Math.round(performance.now() - filedAt);
  test.info().annotations.push({
    type: 'figure',
    description: `editor saw the filed article in ${ms} ms`,
  });
  console.log(`desk: the editor saw a filed article ${ms} ms after "File to desk"`);
  // The reporter now edits it as a desk article, seeded from the local fields.
  await expect(deskStatus(page)).toHaveText('On the desk');
  await expect(body(page)).toContainText('The second paragraph.');
});

test('two people type in different paragraphs at once and end with the same text', async () => {
  await editor.page.getByRole('button', { name: HEADLINE }).click();
  await expect(body(editor.page)).toContainText('The second paragraph.');
  await expect(editor.page.getByRole('list', { name: 'Also in this article' })).toContainText(
    'Sokha',
  );
  await expect(reporter.page.getByRole('list', { name: 'Also in this article' })).toContainText(
    'Dara',
  );
  const typeAt = async (person: Person, paragraph: number, words: string) => {
    await body(person.page).locator('p').nth(paragraph).click();
    await person.page.keyboard.press('End');
    await person.page.keyboard.type(words, { delay: 15 });
  };
  await Promise.all([
    typeAt(reporter, 0, ' Reporter adds a line here.'),
    typeAt(editor, 1, ' Editor tightens this one.'),
  ]);
  const typedAt = performance.now();
  await expect(body(reporter.page)).toContainText('Editor tightens this one.');
  await expect(body(editor.page)).toContainText('Reporter adds a line here.');
  await expect
    .poll(async () => (await bodyText(reporter.page)) === (await bodyText(editor.page)))
    .toBe(true);
  const ms = Math.round(performance.now() - typedAt);
  test
    .info()
    .annotations.push({ type: 'figure', description: `converged ${ms} ms after typing stopped` });
  console.log(`desk: both bodies identical ${ms} ms after both stopped typing`);
  await expect(deskStatus(reporter.page)).toHaveText('On the desk');
  await expect(deskStatus(editor.page)).toHaveText('On the desk');
  // The carets of the other person, with their name.
  await body(editor.page).locator('p').nth(1).click();
  await expect(reporter.page.locator('.desk-caret-label', { hasText: 'Dara' })).toBeVisible();
  await reporter.page.screenshot({ path: test.info().outputPath('desk-carets.png') });
  await editor.page.screenshot({ path: test.info().outputPath('desk-carets-editor.png') });
});

const words = (count: number, tag: string) =>
  Array.from({ length: count }, (_, i) => `${tag}${i}`).join(' ');

test('the reporter writes offline while the editor changes the headline; both changes stay', async () => {
  const context = reporter.page.context();
  await context.setOffline(true);
  await expect(deskStatus(reporter.page)).toHaveText('Offline — changes kept on this computer');
  await body(reporter.page).locator('p').last().click();
  await reporter.page.keyboard.press('End');
  await reporter.page.keyboard.press('Enter');
  const offlineWords = words(300, 'offline');
  await reporter.page.keyboard.insertText(offlineWords);
  const headline = editor.page.getByRole('textbox', { name: 'Headline', exact: true });
  await headline.click();
  await headline.press('End');
  await headline.pressSequentially(' again');
  await expect(deskStatus(editor.page)).toHaveText('On the desk');
  await context.setOffline(false);
  const back = performance.now();
  await expect(body(editor.page)).toContainText('offline299');
  await expect(reporter.page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    `${HEADLINE} again`,
  );
  await expect(deskStatus(reporter.page)).toHaveText('On the desk');
  const ms = Math.round(performance.now() - back);
  test
    .info()
    .annotations.push({ type: 'figure', description: `merged ${ms} ms after going online` });
  console.log(`desk: offline words and the editor's headline merged ${ms} ms after reconnecting`);
  expect(await bodyText(reporter.page)).toBe(await bodyText(editor.page));
});

test('both keep writing while the desk server is down; the restarted desk merges them', async () => {
  await desk.stop();
  await expect(deskStatus(reporter.page)).toHaveText('Offline — changes kept on this computer');
  await expect(deskStatus(editor.page)).toHaveText('Offline — changes kept on this computer');
  await body(reporter.page).locator('p').first().click();
  await reporter.page.keyboard.press('Home');
  await reporter.page.keyboard.insertText(`${words(300, 'down')} `);
  const standfirst = editor.page.getByRole('textbox', { name: 'Standfirst' });
  await standfirst.fill('Written while the desk was down.');
  desk = await startDesk(desk.dataDir, desk.port);
  const back = performance.now();
  await expect(body(editor.page)).toContainText('down299');
  await expect(reporter.page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(
    'Written while the desk was down.',
  );
  await expect(deskStatus(reporter.page)).toHaveText('On the desk');
  await expect(deskStatus(editor.page)).toHaveText('On the desk');
  const ms = Math.round(performance.now() - back);
  test.info().annotations.push({
    type: 'figure',
    description: `merged ${ms} ms after the desk restarted`,
  });
  console.log(`desk: both sides' changes merged ${ms} ms after the desk restarted`);
  expect(await bodyText(reporter.page)).toBe(await bodyText(editor.page));
  // Each laptop keeps a readable copy in its library, kept current from the shared document.
  await expect
    .poll(async () => {
      const files = await Promise.all(
        [reporter, editor].map(async (person) => {
          const names = await readdir(path.join(person.libraryDir, 'articles'));
          const all = await Promise.all(
            names
              .filter((name) => name.endsWith('.json'))
              .map(async (name) =>
                JSON.parse(await readFile(path.join(person.libraryDir, 'articles', name), 'utf8')),
              ),
          );
          return all.find((article) => article.headline === `${HEADLINE} again`);
        }),
      );
      return files.map((article) => JSON.stringify(article?.body ?? null).includes('down299'));
    })
    .toEqual([true, true]);
});

test('the sidebar shows Desk, not Library, while a desk article is open', async () => {
  for (const { page } of [reporter, editor]) {
    await expect(sidebarItem(page, 'Desk')).toHaveAttribute('aria-current', 'page');
    await expect(sidebarItem(page, 'Library')).not.toHaveAttribute('aria-current', 'page');
  }
});

test('the editor changes the section and tags while the reporter changes the short headline; both see all three', async () => {
  const editorSettings = await articleSettings(editor.page);
  const reporterSettings = await articleSettings(reporter.page);
  await Promise.all([
    (async () => {
      await editorSettings.getByRole('combobox', { name: 'Section' }).selectOption('Politics');
      const tags = editorSettings.getByRole('textbox', { name: 'Tags' });
      await tags.fill('floods');
      await tags.press('Enter');
      await tags.fill('Mekong');
      await tags.press('Enter');
    })(),
    reporterSettings.getByRole('textbox', { name: 'Short headline' }).fill('River road shut'),
  ]);
  await expect(reporterSettings.getByRole('combobox', { name: 'Section' })).toHaveValue('Politics');
  await expect(reporterSettings.getByRole('button', { name: 'Remove tag floods' })).toBeVisible();
  await expect(reporterSettings.getByRole('button', { name: 'Remove tag Mekong' })).toBeVisible();
  await expect(editorSettings.getByRole('textbox', { name: 'Short headline' })).toHaveValue(
    'River road shut',
  );
  // The reporter takes a tag back; the editor's list follows.
  await reporterSettings.getByRole('button', { name: 'Remove tag floods' }).click();
  await expect(editorSettings.getByRole('button', { name: 'Remove tag floods' })).toHaveCount(0);
  await expect(editorSettings.getByRole('button', { name: 'Remove tag Mekong' })).toBeVisible();
  // Each laptop's readable copy holds all of it.
  for (const person of [reporter, editor]) {
    await expect
      .poll(async () => {
        const stored = await storedArticle(person, HEADLINE);
        return [stored?.section, stored?.tags, stored?.shortHeadline];
      })
      .toEqual(['Politics', ['Mekong'], 'River road shut']);
  }
});

test('the reporter’s Preview, checklist and Export show the shared text as the editor changes it', async () => {
  const { page } = reporter;
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect.poll(() => previewText(page, 'h1')).toBe(`${HEADLINE} again`);
  await expect
    .poll(() => previewText(page, '.standfirst'))
    .toBe('Written while the desk was down.');
  await expect
    .poll(() => previewText(page, '.article-body'))
    .toContain('Editor tightens this one.');
  await page.getByRole('button', { name: 'Check before publishing' }).click();
  const checklist = page.getByRole('list', { name: 'Checklist' });
  await expect(checklist).toContainText('There is no byline.');

  await editor.page
    .getByRole('textbox', { name: 'Standfirst' })
    .fill('The river road reopens on Friday.');
  await (
    await articleSettings(editor.page)
  )
    .getByRole('textbox', { name: 'Byline' })
    .fill('Dara Kim');
  await expect
    .poll(() => previewText(page, '.standfirst'))
    .toBe('The river road reopens on Friday.');
  await expect(checklist).not.toContainText('There is no byline.');
  await expect(checklist).toContainText('There is no dateline.');
  await expect(page.locator('.byline-line')).toContainText('By Dara Kim');

  // Export writes the shared text: the editor's standfirst and byline are in the file.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const problems = dialog.getByRole('list', { name: 'Problems found' });
  await expect(problems).toContainText('There is no dateline.');
  await expect(problems).not.toContainText('There is no byline.');
  const anyway = dialog.getByLabel('Export anyway, with these errors');
  if (await anyway.isVisible()) await anyway.check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  expect(exported).toContain('<p class="standfirst">The river road reopens on Friday.</p>');
  expect(exported).toContain('Dara Kim');
  await dialog.getByRole('button', { name: 'Close export' }).click();
  await expect(dialog).toBeHidden();
});

test('restoring a version from History reaches the other person', async () => {
  const { page } = reporter;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('complementary', { name: 'History' });
  await history.getByLabel('Label (optional)').fill('Before the cut');
  await history.getByRole('button', { name: 'Save version' }).click();
  const versions = history.getByRole('list', { name: 'Earlier versions' });
  await expect(versions).toContainText('Before the cut');

  await page.getByRole('textbox', { name: 'Standfirst' }).fill('A standfirst to take back.');
  const editorStandfirst = editor.page.getByRole('textbox', { name: 'Standfirst' });
  await expect(editorStandfirst).toHaveValue('A standfirst to take back.');

  await versions.getByRole('button', { name: /Before the cut/ }).click();
  const changes = history.getByRole('region', { name: 'Changes since this version' });
  await changes.getByRole('button', { name: 'Restore this version' }).click();
  await expect(editorStandfirst).toHaveValue('The river road reopens on Friday.');
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(
    'The river road reopens on Friday.',
  );
  // The text the restore replaced is kept as the newest version, so it can be taken back.
  await expect(versions.getByRole('button').first()).toContainText(
    'Before an earlier version was restored',
  );
  for (const person of [reporter, editor]) {
    await expect
      .poll(async () => (await storedArticle(person, HEADLINE))?.standfirst)
      .toBe('The river road reopens on Friday.');
  }
  expect(await bodyText(reporter.page)).toBe(await bodyText(editor.page));
});

test('a lead photo the reporter adds reaches the editor, and the editor’s removal reaches the reporter', async () => {
  const { page } = reporter;
  const reporterSettings = await articleSettings(page);
  const chooser = page.waitForEvent('filechooser');
  await reporterSettings.getByRole('button', { name: 'Add lead photo…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'road.jpg',
    mimeType: 'image/jpeg',
    buffer: await sampleJpeg({ width: 1600, height: 900 }),
  });
  const dialog = page.getByRole('dialog', { name: 'Photo details' });
  await dialog.getByLabel('Alt text').fill('Brown water over the river road');
  await dialog.getByLabel('Caption').fill('The road at Prek Kdam on Monday.');
  await dialog.getByLabel('Credit').fill('Sokha');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const editorLead = (await articleSettings(editor.page)).getByRole('region', {
    name: 'Lead photo',
  });
  await expect(editorLead).toContainText('Brown water over the river road');
  await expect(editorLead).toContainText('The road at Prek Kdam on Monday.');
  for (const person of [reporter, editor]) {
    await expect
      .poll(async () => {
        const stored = await storedArticle(person, HEADLINE);
        return (stored?.leadPhoto as { alt?: string } | undefined)?.alt;
      })
      .toBe('Brown water over the river road');
  }

  await editorLead.getByRole('button', { name: 'Remove' }).click();
  const reporterLead = reporterSettings.getByRole('region', { name: 'Lead photo' });
  await expect(reporterLead.getByRole('button', { name: 'Add lead photo…' })).toBeVisible();
  await expect(reporterLead).not.toContainText('Brown water over the river road');
  for (const person of [reporter, editor]) {
    await expect
      .poll(async () => (await storedArticle(person, HEADLINE))?.leadPhoto ?? 'none')
      .toBe('none');
  }
});

test('a reporter cannot approve: no button, and the desk refuses the request', async () => {
  await reporter.page.getByRole('button', { name: '← Desk' }).click();
  const row = reporter.page.getByRole('row', { name: new RegExp(HEADLINE) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  // A hand-made client with the reporter's own credential.
  const credential = JSON.parse(
    await readFile(path.join(reporter.userDataDir, 'desk-credential.json'), 'utf8'),
  ) as { token: string };
  const entries = await (
    await fetch(`${desk.url.replace(/^ws/, 'http')}/desk/listArticles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${credential.token}`, 'content-type': 'application/json' },
      body: '{}',
    })
  ).json();
  const id = entries.value.find((entry: { headline: string }) =>
    entry.headline.startsWith(HEADLINE),
  ).id;
  const refused = await fetch(`${desk.url.replace(/^ws/, 'http')}/desk/setStatus`, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id, status: 'approved' }),
  });
  expect(refused.status).toBe(403);
  expect((await refused.json()).error.message).toMatch(/Only an editor can approve/);
  // The editor approves; both see it.
  await editor.page.getByRole('button', { name: '← Desk' }).click();
  const editorRow = editor.page.getByRole('row', { name: new RegExp(HEADLINE) });
  await editorRow.getByRole('button', { name: 'Approve' }).click();
  await expect(row).toContainText('Approved by Dara');
  await expect(editorRow).toContainText('Approved by Dara');
  await reporter.page.screenshot({ path: test.info().outputPath('desk-view.png') });
});

/** Accessibility problems axe finds in the desk editor, as lines a failing test prints. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.desk-editor').analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

const PHOTO_HEADLINE = 'Fishers bring in the best catch in years';
const PHOTO_ALT = 'Wooden fishing boats moored at dawn on the Tonle Sap';

const keptPhotos = async (libraryDir: string) =>
  (await readdir(path.join(libraryDir, 'media')).catch(() => [] as string[])).sort();

test('a lead photo filed with an article reaches the editor’s library and export', async () => {
  const { page } = reporter;
  const photo = await sampleJpeg({ width: 1600, height: 1067, seed: 31 });
  const hash = createHash('sha256').update(photo).digest('hex');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(PHOTO_HEADLINE);
  await body(page).click();
  await page.keyboard.type('The catch is the best in five years, fishers said.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add lead photo…' }).click();
  await (await chooser).setFiles({ name: 'boats.jpg', mimeType: 'image/jpeg', buffer: photo });
  const dialog = page.getByRole('dialog', { name: 'Photo details' });
  await dialog.getByLabel('Alt text').fill(PHOTO_ALT);
  await dialog.getByLabel('Credit').fill('Sok Chan');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'File to desk' }).click();
  await expect(deskStatus(page)).toHaveText('On the desk');

  // The editor's laptop does not have the photo until the article is opened there.
  expect(await keptPhotos(editor.libraryDir)).not.toContain(`${hash}.jpg`);
  await editor.page.getByRole('button', { name: 'Desk', exact: true }).click();
  await editor.page.getByRole('button', { name: PHOTO_HEADLINE }).click();
  await expect(body(editor.page)).toContainText('best in five years');
  await expect
    .poll(() => keptPhotos(editor.libraryDir), { timeout: 15_000 })
    .toContain(`${hash}.jpg`);
  const kept = await readFile(path.join(editor.libraryDir, 'media', `${hash}.jpg`));
  expect(kept.equals(photo)).toBe(true);

  // The editor's copy of the article names the photo, and its Preview shows it.
  await expect
    .poll(async () => (await storedArticle(editor, PHOTO_HEADLINE))?.leadPhoto)
    .toMatchObject({ hash, alt: PHOTO_ALT });
  const previewButton = editor.page.getByRole('button', { name: 'Preview', exact: true });
  if ((await previewButton.getAttribute('aria-pressed')) !== 'true') await previewButton.click();
  const preview = editor.page.frameLocator('iframe[title="Page preview"]');
  const shown = preview.locator('figure.lead-photo img');
  await expect(shown).toHaveAttribute('alt', PHOTO_ALT);
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await editor.page.screenshot({ path: test.info().outputPath('desk-photo-editor.png') });
  // Both go back to the desk list, where the next step starts.
  await page.getByRole('button', { name: 'Desk', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(HEADLINE) })).toBeVisible();
});

test('the desk editor with its settings and its Preview, in English and Khmer, light and dark', async () => {
  // Eight pictures, two languages and axe over a long shared body take longer than one step.
  test.setTimeout(120_000);
  const { page } = editor;
  await page.setViewportSize({ width: 1440, height: 900 });
  // The reporter is in the article too, so the header shows who else is.
  await reporter.page.getByRole('button', { name: new RegExp(HEADLINE) }).click();
  const shot = async (name: string) => {
    await page.evaluate(() => document.fonts.ready);
    const file = test.info().outputPath(`${name}.png`);
    await page.screenshot({ path: file });
    await test.info().attach(name, { path: file, contentType: 'image/png' });
  };
  for (const locale of ['en', 'km'] as const) {
    const words = await interfaceWords(locale);
    await sidebarItem(page, words['desk.title']!).click();
    await page.getByRole('button', { name: new RegExp(HEADLINE) }).click();
    await expect(deskStatus(page)).toHaveText(words['desk.sync.stored']!);
    await expect(page.getByRole('list', { name: words['desk.presence'] })).toContainText('Sokha');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const settings = page.getByRole('complementary', { name: words['writing.settings'] });
      if (!(await settings.isVisible())) {
        await page.getByRole('button', { name: words['writing.settings'], exact: true }).click();
      }
      await expect(settings).toBeVisible();
      if (locale === 'en') expect(await axeProblems(page), `settings (${scheme})`).toEqual([]);
      await shot(`desk-editor-${locale}-${scheme}-settings`);
      await page.getByRole('button', { name: words['editor.preview'], exact: true }).click();
      await expect
        .poll(() => previewText(page, 'h1', words['preview.frame']))
        .toBe(`${HEADLINE} again`);
      await shot(`desk-editor-${locale}-${scheme}-preview`);
      await page.getByRole('button', { name: words['editor.preview'], exact: true }).click();
    }
    if (locale === 'en') {
      await sidebarItem(page, words['shell.settings']!).click();
      await page
        .getByRole('combobox', { name: words['settings.interfaceLanguage'], exact: true })
        .selectOption('km');
    }
  }
});
