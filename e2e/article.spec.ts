import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ARTICLE_SCHEMA_VERSION, emptyFields } from '../shared/article';

test('a new article is saved as it is typed and is all there after a reload', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Mekong Ferry Service Resumes After Repairs');
  await app.field('Standfirst').fill('Crossings at Neak Loeung restart on Monday.');
  await app.field('Byline').fill('Sok Dara');
  await app.field('Dateline').fill('Prey Veng');
  await app.body().click();
  await page.keyboard.type('The ferry carried its first passengers at dawn.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Officials said the timetable would return to normal by Friday.');
  await app.waitForSaved();

  await page.reload();
  await app.openArticle('Mekong Ferry Service Resumes After Repairs');
  await expect(app.field('Headline')).toHaveValue('Mekong Ferry Service Resumes After Repairs');
  await expect(app.field('Standfirst')).toHaveValue('Crossings at Neak Loeung restart on Monday.');
  await expect(app.field('Byline')).toHaveValue('Sok Dara');
  await expect(app.field('Dateline')).toHaveValue('Prey Veng');
  await expect(app.body().locator('p')).toHaveText([
    'The ferry carried its first passengers at dawn.',
    'Officials said the timetable would return to normal by Friday.',
  ]);
  await expect(page.getByLabel('Body counts')).toContainText('18 words');

  const stored = await app.storedArticles();
  const saved = stored.find(
    (article) => article.headline === 'Mekong Ferry Service Resumes After Repairs',
  );
  expect(saved).toMatchObject({
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    byline: 'Sok Dara',
    status: 'draft',
    language: 'en',
  });
});

test('Khmer text is counted by words and keeps its zero-width spaces', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('ភ្លៀងធ្លាក់នៅភ្នំពេញ');
  await app.body().click();
  // "It rains in Phnom Penh today." with zero-width spaces between the words, as Khmer writers mark them.
  const sentence = 'ថ្ងៃនេះ\u200bមាន\u200bភ្លៀង\u200bនៅ\u200bភ្នំពេញ។';
  await page.keyboard.type(sentence);
  // Five or six words, depending on whether the dictionary splits "today" (ថ្ងៃនេះ) in two;
  // splitting on spaces would find one.
  await expect(page.getByLabel('Body counts')).toHaveText(/^[56] words/);
  const counted = await page.getByLabel('Body counts').textContent();
  await app.waitForSaved();

  const stored = await app.storedArticles();
  const saved = stored.find((article) => article.headline === 'ភ្លៀងធ្លាក់នៅភ្នំពេញ');
  expect(JSON.stringify(saved?.body)).toContain(JSON.stringify(sentence).slice(1, -1));

  await page.reload();
  await app.openArticle('ភ្លៀងធ្លាក់នៅភ្នំពេញ');
  await expect(app.body()).toHaveText(sentence);
  await expect(page.getByLabel('Body counts')).toHaveText(counted ?? '');
});

test('the headline count warns past 70 characters', async ({ app }) => {
  await app.newArticle();
  await app.field('Headline').fill('x'.repeat(70));
  await expect(app.page.getByText('70 / 70')).toBeVisible();
  await expect(app.page.getByText('longer than most sites show in full')).toHaveCount(0);
  await app.field('Headline').fill('x'.repeat(71));
  await expect(app.page.getByText('71 / 70')).toBeVisible();
  await expect(app.page.getByText('longer than most sites show in full')).toBeVisible();
  await expect(app.field('Headline')).toHaveAttribute('aria-invalid', 'true');
});

test('links accept web and email addresses and refuse other schemes with a message', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.body().click();
  await page.keyboard.type('Read the report');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Link' })
    .getByLabel('Link address')
    .fill('javascript:alert(document.cookie)');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Links must be web addresses/);
  await expect(app.body().locator('a')).toHaveCount(0);

  await page
    .getByRole('dialog', { name: 'Link' })
    .getByLabel('Link address')
    .fill('example.org/report');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(app.body().locator('a')).toHaveAttribute('href', 'https://example.org/report');
  await app.waitForSaved();
  const stored = JSON.stringify(await app.storedArticles());
  expect(stored).toContain('https://example.org/report');
  expect(stored).not.toContain('javascript:');
});

test('toolbar formatting and keyboard shortcuts reach the saved body', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Formatting check');
  await app.body().click();
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.type('Background');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Bold words');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('First point');
  await expect(page.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('ControlOrMeta+s');
  await app.waitForSaved();

  await expect(app.body().locator('h2')).toHaveText('Background');
  await expect(app.body().locator('strong')).toHaveText('Bold words');
  await expect(app.body().locator('ul li')).toHaveText('First point');
  const body = JSON.stringify(
    (await app.storedArticles()).find((a) => a.headline === 'Formatting check')?.body,
  );
  expect(body).toContain('"heading"');
  expect(body).toContain('"bold"');
  expect(body).toContain('"bulletList"');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(app.body()).not.toContainText('First point');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(app.body().locator('ul li')).toHaveText('First point');
});

test('typing straight on after Enter keeps every letter in its place', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Quick typist');
  await app.body().click();
  await page.keyboard.type('Paragraph 0 opens.');
  // At full speed: each new paragraph gets its first letter the moment it exists.
  for (let n = 1; n <= 12; n += 1) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Paragraph ${n} follows.`);
  }
  const expected = [
    'Paragraph 0 opens.',
    ...Array.from({ length: 12 }, (_, n) => `Paragraph ${n + 1} follows.`),
  ];
  await expect(app.body().locator('p')).toHaveText(expected);
  await app.waitForSaved();
  const [stored] = (await app.storedArticles()).filter((a) => a.headline === 'Quick typist');
  expect(JSON.stringify(stored?.body)).toContain('Paragraph 12 follows.');
});

test('Ctrl+End and Ctrl+Home reach the very ends of a long article, saved whole', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // Some 30,000 words in paragraphs of five or six lines, as a long read has.
  const sentence = 'The river rose through the night and the ferry crossings stayed closed.';
  const paragraphs = Array.from(
    { length: 400 },
    (_, n) => `Paragraph ${n}. ${Array.from({ length: 6 }, () => sentence).join(' ')}`,
  );
  const stamp = new Date().toISOString();
  const article = {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'long-read-0001',
    revision: 1,
    headline: 'The long read',
    body: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    createdAt: stamp,
    updatedAt: stamp,
  };
  await writeFile(
    path.join(app.libraryDir, 'articles', `${article.id}.json`),
    JSON.stringify(article),
  );
  // Listed again on the way back to the library.
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await app.openArticle('The long read');
  await app.body().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The end.');
  await expect(app.body().locator('p').last()).toHaveText(`${paragraphs.at(-1)} The end.`);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Start. ');
  await expect(app.body().locator('p').first()).toHaveText(`Start. ${paragraphs[0]}`);
  await app.waitForSaved();
  const [stored] = (await app.storedArticles()).filter((a) => a.headline === 'The long read');
  const storedBody = stored?.body as { content: { content?: { text: string }[] }[] } | undefined;
  const storedText = (storedBody?.content ?? []).map((block) => block.content?.[0]?.text);
  expect(storedText).toHaveLength(400);
  expect(storedText[0]).toBe(`Start. ${paragraphs[0]}`);
  expect(storedText.at(-1)).toBe(`${paragraphs.at(-1)} The end.`);
  // In the browser, a save this large is sent by a worker, off the page's thread.
  if (testInfo.project.name === 'web') {
    expect(page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/http-send-worker/),
    );
  }
});
