// javascript:, data:, vbscript: and file: addresses, however disguised, typed into the link
// dialog or pasted as HTML: never a link in the editor, on disk or in the exported page.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type DatelineApp } from './fixtures';

const NEEDS_BROWSER = 'paste is simulated with a DataTransfer in a Chromium page';

/** Each address carries a payload found nowhere else, so its absence shows it went nowhere. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(2)',
  'JAVASCRIPT:alert(3)',
  '   javascript:alert(4)',
  '\tjavascript:alert(5)',
  '\njavascript:alert(6)',
  'java\tscript:alert(7)',
  'java\nscript:alert(8)',
  '&#106;avascript:alert(9)',
  '&#x6A;avascript:alert(10)',
  'javascript&colon;alert(11)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(12)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=',
  'DATA:text/html,<script>alert(14)</script>',
  'vbscript:msgbox(15)',
  'VBScript:msgbox(16)',
  'file:///etc/passwd',
  'FILE:///C:/Windows/win.ini',
];

const PAYLOADS = [/alert\(/i, /msgbox/i, /etc\/passwd/, /win\.ini/i, /PHNjcmlwdD/, /vbscript/i];
const payloadsIn = (text: string) => PAYLOADS.filter((payload) => payload.test(text)).map(String);

async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'statement');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, html);
}

/** The article as a standalone page, downloaded through the Export dialog. */
async function exportedPage(app: DatelineApp): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const anyway = dialog.getByLabel('Export anyway, with these errors');
  // Once the check has run, it says so: ready, or how many errors and warnings it found.
  await expect(dialog.getByText(/^(Ready|The check found)/)).toBeVisible();
  if ((await anyway.count()) > 0) await anyway.check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  return readFile(await (await download).path(), 'utf8');
}

/** Addresses in the page a browser would follow or load that are not http, https or mailto. */
async function unsafeAddresses(page: Page, html: string): Promise<string[]> {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of Array.from(element.attributes)) {
        if (name.startsWith('on')) found.push(`${name}=${value}`);
        if (!['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'].includes(name))
          continue;
        let protocol: string;
        try {
          protocol = new URL(value, 'https://news.example.org/news/').protocol;
        } catch {
          continue;
        }
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(value);
      }
    }
    return found;
  }, html);
}

test('the link dialog refuses every disguise of javascript:, data:, vbscript: and file:', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', NEEDS_BROWSER);
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Ministry opens new water plant');
  await app.body().click();
  await page.keyboard.type('Read the statement');
  await page.keyboard.press('Shift+Home');

  const dialog = page.getByRole('dialog', { name: 'Link' });
  for (const address of HOSTILE) {
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await dialog.getByLabel('Link address').fill(address);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('alert'), address).toHaveText(/Links must be web addresses/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(app.body().locator('a')).toHaveCount(0);
  }

  // The same selection still takes a web address, so the refusals above were the addresses'.
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await dialog.getByLabel('Link address').fill('example.org/statement');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(app.body().locator('a')).toHaveAttribute('href', 'https://example.org/statement');
  await app.waitForSaved();

  expect(payloadsIn(JSON.stringify(await app.storedArticles()))).toEqual([]);
  const html = await exportedPage(app);
  expect(html).toContain('href="https://example.org/statement"');
  expect(payloadsIn(html)).toEqual([]);
  expect(await unsafeAddresses(page, html)).toEqual([]);
});

test('links pasted as HTML keep only web addresses, in the editor, on disk and in the export', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', NEEDS_BROWSER);
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Ministry opens new water plant');
  await app.body().click();
  // Written into the attribute as is: the HTML parser decodes the entities, as a copied page's would.
  const html = [
    ...HOSTILE.map(
      (address, index) => `<p>Paragraph ${index} <a href="${address}">statement</a></p>`,
    ),
    '<p>The real one: <a href="https://example.org/real">statement</a></p>',
  ].join('');
  await pasteHtml(page, html);

  await expect(app.body()).toContainText(`Paragraph ${HOSTILE.length - 1} statement`);
  await expect(app.body().locator('a')).toHaveCount(1);
  await expect(app.body().locator('a')).toHaveAttribute('href', 'https://example.org/real');
  await app.waitForSaved();

  const stored = JSON.stringify(await app.storedArticles());
  expect(stored).toContain('https://example.org/real');
  expect(payloadsIn(stored)).toEqual([]);
  const exported = await exportedPage(app);
  expect(exported).toContain('href="https://example.org/real"');
  expect(payloadsIn(exported)).toEqual([]);
  expect(await unsafeAddresses(page, exported)).toEqual([]);
});
