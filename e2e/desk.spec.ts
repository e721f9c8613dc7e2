// The desk end to end: a real desk server, two web hosts with their own libraries and people,
// and two browsers. Filing, co-editing, offline work merged on reconnect, and roles.
import { test, expect } from '@playwright/test';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  body,
  bodyText,
  deskStatus,
  personOnDesk,
  startDesk,
  type DeskServer,
  type Person,
} from './desk-helpers';

test.describe.configure({ mode: 'serial' });
test.skip(() => test.info().project.name !== 'web', 'The desk spec drives web hosts.');

let desk: DeskServer;
let reporter: Person;
let editor: Person;
const HEADLINE = 'Floods close the river road';

test.beforeAll(async ({ browser }) => {
  desk = await startDesk(await mkdtemp(path.join(os.tmpdir(), 'dateline-desk-data-')));
  reporter = await personOnDesk(browser, desk, 'Sokha', 'reporter');
  editor = await personOnDesk(browser, desk, 'Dara', 'editor');
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
          const id = (await person.page.evaluate(() => location.hash)) || '';
          void id;
          const { readdir } = await import('node:fs/promises');
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
