import type { Page } from '@playwright/test';
import { expect, test, type DatelineApp } from './fixtures';

const SAMPLE = 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season';
const HEADLINE = 'Siem Reap Farmers Try Floating Gardens';
const REPORT_URL = 'https://www.example.org/mekong-report/';
const REPORT_TITLE = 'Mekong River Commission: Dry-Season Report';

const related = (page: Page) => page.getByRole('region', { name: 'Related News' });
const rows = (page: Page) =>
  related(page).getByRole('list', { name: 'Related links' }).getByRole('listitem');
const results = (page: Page) => related(page).getByRole('listbox', { name: 'Library articles' });
const row = (page: Page, title: string | RegExp) => rows(page).filter({ hasText: title });

async function relatedOf(app: DatelineApp, headline: string): Promise<unknown> {
  const stored = await app.storedArticles();
  return stored.find((article) => article.headline === headline)?.related;
}

async function addWebLink(page: Page, address: string, title: string) {
  const form = related(page).getByRole('form', { name: 'Add a web page' });
  await form.getByLabel('Link address').fill(address);
  await form.getByLabel('Link title').fill(title);
  await form.getByRole('button', { name: 'Add link' }).click();
}

/** A new article with the sample article and one web page as its related news. */
async function articleWithTwoLinks(app: DatelineApp) {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill(HEADLINE);
  await expect(related(page).getByRole('heading', { level: 2 })).toHaveText('Related News');
  await expect(related(page)).toContainText('No related links yet');

  // Found by words from its body, not its headline, and picked with the keyboard.
  const search = related(page).getByRole('combobox', { name: 'Search the library' });
  await search.fill('cooperative diesel');
  await expect(results(page).getByRole('option')).toHaveText([new RegExp(SAMPLE)]);
  await expect(results(page).getByRole('option')).toContainText('Draft');
  await search.press('ArrowDown');
  await expect(results(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(search).toHaveValue('');
  await expect(results(page)).toBeHidden();

  await addWebLink(page, REPORT_URL, REPORT_TITLE);
  await expect(rows(page)).toHaveText([new RegExp(SAMPLE), new RegExp(REPORT_TITLE)]);
  await app.waitForSaved();
}

test('links from the library and the web are kept in order, reordered, and saved', async ({
  app,
}) => {
  const { page } = app;
  await articleWithTwoLinks(app);
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: SAMPLE, titleEdited: false, target: { kind: 'article' } },
    { title: REPORT_TITLE, titleEdited: true, target: { kind: 'url', url: REPORT_URL } },
  ]);

  await page.reload();
  await app.openArticle(HEADLINE);
  await expect(rows(page)).toHaveText([new RegExp(SAMPLE), new RegExp(REPORT_TITLE)]);
  await expect(row(page, REPORT_TITLE)).toContainText(REPORT_URL);

  const moveUp = row(page, REPORT_TITLE).getByRole('button', { name: 'Move up' });
  await moveUp.click();
  await expect(rows(page)).toHaveText([new RegExp(REPORT_TITLE), new RegExp(SAMPLE)]);
  // Focus follows the moved link; at the top, Move up is disabled, so Move down has it.
  await expect(row(page, REPORT_TITLE).getByRole('button', { name: 'Move down' })).toBeFocused();
  await app.waitForSaved();
  const stored = (await relatedOf(app, HEADLINE)) as { title: string }[];
  expect(stored.map((link) => link.title)).toEqual([REPORT_TITLE, SAMPLE]);

  // Editing a web link's address and title.
  await row(page, REPORT_TITLE).getByRole('button', { name: 'Edit' }).click();
  const edit = related(page).getByRole('form', { name: 'Edit link' });
  await edit.getByLabel('Link address').fill('javascript:alert(1)');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toContainText('must be web addresses');
  await edit.getByLabel('Link address').fill('example.org/mekong-2024');
  await edit.getByLabel('Link title').fill('Mekong Report 2024');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, 'Mekong Report 2024')).toContainText('https://example.org/mekong-2024');

  await row(page, 'Mekong Report 2024').getByRole('button', { name: 'Remove' }).click();
  await expect(rows(page)).toHaveText([new RegExp(SAMPLE)]);
  await app.waitForSaved();
  expect(await relatedOf(app, HEADLINE)).toMatchObject([{ title: SAMPLE }]);
  expect(JSON.stringify(await app.storedArticles())).not.toContain('javascript:');
});

test('unsafe addresses, duplicates and the article itself are refused with a message', async ({
  app,
}) => {
  const { page } = app;
  await articleWithTwoLinks(app);
  const form = related(page).getByRole('form', { name: 'Add a web page' });

  await addWebLink(page, 'javascript:alert(document.cookie)', 'Click me');
  await expect(form.getByRole('alert')).toHaveText(
    /Related links must be web addresses starting with http:\/\/ or https:\/\//,
  );
  await addWebLink(page, 'mailto:desk@example.org', 'Write to the desk');
  await expect(form.getByRole('alert')).toContainText('must be web addresses');

  await addWebLink(page, 'http://EXAMPLE.org/mekong-report', 'Same report again');
  await expect(form.getByRole('alert')).toHaveText(
    `This web address is already in the related news, as “${REPORT_TITLE}”.`,
  );

  const search = related(page).getByRole('combobox', { name: 'Search the library' });
  await search.fill('Solar Pumps');
  const sample = results(page).getByRole('option', { name: new RegExp(SAMPLE) });
  await expect(sample).toContainText('Already linked');
  await sample.click();
  await expect(related(page).locator('.related-picker').getByRole('alert')).toHaveText(
    `This article is already in the related news, as “${SAMPLE}”.`,
  );

  await search.fill('Floating Gardens');
  const self = results(page).getByRole('option', { name: new RegExp(HEADLINE) });
  await expect(self).toContainText('This article');
  await self.click();
  await expect(related(page).locator('.related-picker').getByRole('alert')).toHaveText(
    'An article cannot be related to itself.',
  );

  await expect(rows(page)).toHaveCount(2);
  await app.field('Byline').fill('Chan Sophea');
  await app.waitForSaved();
  const stored = JSON.stringify(await relatedOf(app, HEADLINE));
  expect(stored).not.toMatch(/javascript:|mailto:|Same report again/);
  expect((await relatedOf(app, HEADLINE)) as unknown[]).toHaveLength(2);
});

test('a library link follows its headline, and is flagged once the article is trashed', async ({
  app,
}) => {
  const { page } = app;
  await articleWithTwoLinks(app);

  // A title typed by hand stays until "Use current headline".
  await row(page, SAMPLE).getByRole('button', { name: 'Edit' }).click();
  await related(page)
    .getByRole('form', { name: 'Edit link' })
    .getByLabel('Link title')
    .fill('Solar pumps in Battambang');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Solar pumps in Battambang')).toContainText('Title edited');
  await app.waitForSaved();
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: 'Solar pumps in Battambang', titleEdited: true },
    { title: REPORT_TITLE },
  ]);
  await row(page, 'Solar pumps in Battambang')
    .getByRole('button', { name: 'Use current headline' })
    .click();
  await expect(rows(page).first()).toHaveText(new RegExp(SAMPLE));
  await app.waitForSaved();
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: SAMPLE, titleEdited: false },
    { title: REPORT_TITLE },
  ]);

  // Clicking the title opens the linked article; a new headline shows in the link.
  await row(page, SAMPLE).getByRole('button', { name: SAMPLE }).click();
  await expect(app.field('Headline')).toHaveValue(SAMPLE);
  await app.field('Headline').fill('Solar Pumps Halve Diesel Bills');
  await app.waitForSaved();
  await app.backToLibrary();
  await app.openArticle(HEADLINE);
  await expect(rows(page).first()).toHaveText(/^Solar Pumps Halve Diesel Bills/);
  // Looking does not save; the next change to the list stores the headline shown.
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: SAMPLE },
    { title: REPORT_TITLE },
  ]);
  await rows(page).first().getByRole('button', { name: 'Move down' }).click();
  await app.waitForSaved();
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: REPORT_TITLE },
    { title: 'Solar Pumps Halve Diesel Bills', titleEdited: false },
  ]);

  // Trash it from its own editor: the link stays, flagged, with a way to the trash.
  await row(page, 'Solar Pumps Halve Diesel Bills')
    .getByRole('button', { name: 'Solar Pumps Halve Diesel Bills' })
    .click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await app.openArticle(HEADLINE);
  const flagged = rows(page).nth(1);
  await expect(flagged).toContainText('Solar Pumps Halve Diesel Bills');
  await expect(flagged).toContainText('This article is no longer in the library');
  await expect(flagged.getByRole('button', { name: 'Solar Pumps Halve Diesel Bills' })).toHaveCount(
    0,
  );
  await expect(rows(page).first()).not.toContainText('no longer in the library');
  expect(await relatedOf(app, HEADLINE)).toMatchObject([
    { title: REPORT_TITLE },
    { title: 'Solar Pumps Halve Diesel Bills', target: { kind: 'article' } },
  ]);

  await flagged.getByRole('button', { name: 'Open trash' }).click();
  await expect(page.getByRole('list', { name: 'Articles in the trash' })).toContainText(
    'Solar Pumps Halve Diesel Bills',
  );
});
