import type { Page } from '@playwright/test';
import { clipboardHtml } from '../test-support/clipboards';
import { expect, test } from './fixtures';

/** Pastes as the browser does when the clipboard holds HTML and plain text. */
async function paste(page: Page, html: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      if (data.html) transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { html, text },
  );
}

// Word's own markup for a bulleted list followed by a numbered one, trimmed to what matters.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal>Budget <b>approved</b> on Monday.</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Roads and bridges</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Rural <b>schools</b></p>
<p class=MsoNormal>Next steps:</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span></span><![endif]>Vote in the Senate</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><![endif]>Royal assent</p>
</body></html>`;

// What Google Docs puts on the clipboard: a bold wrapper that is not bold, and styled spans.
const DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="ltr"><span style="font-weight:400;">Turnout was </span><span style="font-weight:700;">high</span><span style="font-weight:400;"> and </span><span style="font-style:italic;font-weight:400;">calm</span></p><ul><li dir="ltr"><p dir="ltr"><span style="font-weight:400;">Phnom Penh</span></p></li><li dir="ltr"><p dir="ltr"><span style="font-weight:400;">Siem Reap</span></p></li></ul></b>`;

test('pasting from Word keeps lists as lists and bold as bold', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Budget passes');
  await app.body().click();
  await paste(page, WORD_HTML, 'Budget approved on Monday.');
  const body = app.body();
  await expect(body.locator('ul > li')).toHaveText(['Roads and bridges', 'Rural schools']);
  await expect(body.locator('ol > li')).toHaveText(['Vote in the Senate', 'Royal assent']);
  await expect(body.locator('strong')).toHaveText(['approved', 'schools']);
  await expect(body).not.toContainText('·');
  await app.waitForSaved();
  const stored = JSON.stringify(
    (await app.storedArticles()).find((a) => a.headline === 'Budget passes'),
  );
  expect(stored).toContain('"bulletList"');
  expect(stored).toContain('"orderedList"');
});

test('pasting from Google Docs keeps lists and bold but not its false bold wrapper', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await paste(page, DOCS_HTML, 'Turnout was high and calm');
  const body = app.body();
  await expect(body.locator('p').first()).toHaveText('Turnout was high and calm');
  await expect(body.locator('strong')).toHaveText(['high']);
  await expect(body.locator('em')).toHaveText(['calm']);
  await expect(body.locator('ul > li')).toHaveText(['Phnom Penh', 'Siem Reap']);
});

test('pasted Khmer keeps its zero-width spaces through saving and loading', async ({ app }) => {
  const { page } = app;
  const khmer = 'ក្រសួង\u200bសុខាភិបាល\u200bបាន\u200bប្រកាស។';
  await app.newArticle();
  await app.field('Headline').fill('Khmer paste');
  await app.body().click();
  await paste(page, '', khmer);
  await expect(app.body()).toHaveText(khmer);
  await app.waitForSaved();
  const stored = (await app.storedArticles()).find((a) => a.headline === 'Khmer paste');
  expect(JSON.stringify(stored?.body)).toContain(JSON.stringify(khmer).slice(1, -1));
  await page.reload();
  await app.openArticle('Khmer paste');
  await expect(app.body()).toHaveText(khmer);
});

test('bold from Word for Windows, nested lists and resumed numbering survive a paste', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Word paste');
  await app.body().click();
  await paste(page, clipboardHtml('word-windows-lists'), 'The National Assembly on Monday');
  const body = app.body();
  // Word writes this bold as <b style='mso-bidi-font-weight:normal'>.
  await expect(body.locator('strong')).toHaveText(['approved', 'Rural schools']);
  await expect(body.locator('ul ul ul > li')).toHaveText(['Battambang section']);
  await expect(body.locator('ol[start="3"] > li')).toHaveText([
    'Royal assent',
    'Publication in the Royal Gazette',
  ]);
  await expect(body).not.toContainText('·');
});

test('Word headings, written as h1 or as a heading style on a paragraph, paste as headings', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Word headings');
  await app.body().click();
  await paste(page, clipboardHtml('word-mac'), 'Fuel Prices Fall for a Third Week');
  const body = app.body();
  await expect(body.locator('h2')).toHaveText([
    'Fuel Prices Fall for a Third Week',
    'Why Prices Moved',
  ]);
  await expect(body.locator('h3')).toHaveText(['At the Pump']);
});
