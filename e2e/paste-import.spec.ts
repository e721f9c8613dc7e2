import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { projectRoot } from './hosts';
import { clipboardHtml, clipboardText } from '../test-support/clipboards';

const seedFile = path.resolve(projectRoot, '..', 'shared', 'fixtures', 'seed-article.txt');

test('pasting the published seed page into an empty article fills its fields and offers the ticker', async ({
  app,
}) => {
  test.skip(!existsSync(seedFile), 'the shared fixtures folder is not beside the project');
  const { page } = app;
  const seed = readFileSync(seedFile, 'utf8');
  await app.newArticle();
  await app.body().click();
  await app.body().evaluate((element, text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, seed);

  await expect(app.field('Headline')).toHaveValue(
    'CHRC Rejects International Allegations of Deteriorating Human Rights',
  );
  await expect(app.field('Dateline')).toHaveValue('Phnom Penh');
  await expect(app.body().locator('p').first()).toHaveText(
    /^Mr\. Keo Remy, President of the Cambodian Human Rights Commission/,
  );
  await expect(app.body()).not.toContainText('Phnom Penh:');
  await expect(app.body()).not.toContainText('Groundbreaking of Bakheng');
  await expect(
    page.getByText(/Filled in from the pasted page: the headline, the dateline “Phnom Penh”/),
  ).toBeVisible();
  await expect(
    page.getByText('It starts with 5 ticker headlines.', { exact: false }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Add 5 to the ticker' }).click();
  await expect(page.getByText('5 headlines added to the ticker.')).toBeVisible();
  const ticker = JSON.parse(readFileSync(path.join(app.libraryDir, 'ticker.json'), 'utf8'));
  expect(ticker.items.map((item: { text: string }) => item.text)).toEqual([
    'Cambodia and South Korea Discuss Enhancing Investment Collaboration',
    'Groundbreaking of Bakheng Water Treatment Plant Phase 3 Set for May',
    'Cambodia Allocates $100 Million to Stabilize Agricultural Markets',
    'ADB Highlights Growth Prospects Amidst Rising Concerns for Cambodia',
    'Cambodian Senate President Commemorates 49th Anniversary of One-Eyed Injury, Calls for Peacekeeping',
  ]);

  await app.waitForSaved();
  const stored = (await app.storedArticles()).find((a) =>
    String(a.headline).startsWith('CHRC Rejects'),
  );
  expect(stored).toMatchObject({ dateline: 'Phnom Penh', language: 'en' });
});

test('a short paste into an empty article stays an ordinary paste', async ({ app }) => {
  await app.newArticle();
  await app.body().click();
  await app.body().evaluate((element) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'Just one line of text.');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(app.body()).toHaveText('Just one line of text.');
  await expect(app.field('Headline')).toHaveValue('');
});

test('a page pasted with its HTML fills the fields and keeps the lists, bold and headings of its body', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await app.body().evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { html: clipboardHtml('web-page'), text: clipboardText('web-page') },
  );

  await expect(app.field('Headline')).toHaveValue(
    'Ministry Opens Registration for Scholarship Exams',
  );
  await expect(app.field('Dateline')).toHaveValue('Phnom Penh');
  const body = app.body();
  await expect(body.locator('p').first()).toHaveText(/^The Ministry of Education on Wednesday/);
  await expect(body.locator('strong')).toHaveText([
    '2,000 university scholarships',
    'grade of B or higher',
  ]);
  await expect(body.locator('em')).toHaveText(['late August']);
  await expect(body.locator('ul > li')).toHaveCount(5);
  await expect(body.locator('ul ul > li')).toHaveText(['attendance', 'final grades']);
  await expect(body.locator('h2')).toHaveText(['Where to Apply']);
  await expect(body).not.toContainText('Related News');
  await expect(
    page.getByText('It starts with 3 ticker headlines.', { exact: false }),
  ).toBeVisible();

  await app.waitForSaved();
  const stored = JSON.stringify(
    (await app.storedArticles()).find((a) => String(a.headline).startsWith('Ministry Opens')),
  );
  expect(stored).toContain('"bulletList"');
  expect(stored).toContain('"bold"');
  expect(stored).toContain('National Exam Results Published');
});
