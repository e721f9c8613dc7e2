import { expect, test } from './fixtures';

test('status, section, language, tags and notes are saved and drive the library filters', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Angkor Visitor Numbers Climb');
  // An article is approved only with a body: the checklist's errors stop it.
  await app.body().click();
  await page.keyboard.type('More visitors came to the temples this year.');
  await page.getByLabel('Section').selectOption('Culture');
  await page.getByLabel('Tags').fill('tourism');
  await page.getByLabel('Tags').press('Enter');
  await page.getByLabel('Tags').fill('Siem Reap,');
  await expect(page.getByRole('button', { name: 'Remove tag Siem Reap' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Editor’s notes' }).fill('Check the ministry figures.');
  await page.getByLabel('Language').selectOption('km');
  await expect(app.body()).toHaveAttribute('lang', 'km');
  // Approved last: a change to what the page shows after approval sends it back to Edited.
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();

  const saved = (await app.storedArticles()).find(
    (a) => a.headline === 'Angkor Visitor Numbers Climb',
  );
  expect(saved).toMatchObject({
    status: 'approved',
    section: 'Culture',
    language: 'km',
    tags: ['tourism', 'Siem Reap'],
    notes: 'Check the ministry figures.',
  });

  await app.backToLibrary();
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('button');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Approved');
  await expect(rows.first()).toContainText('Culture');

  const filters = page.getByRole('group', { name: 'Filter and sort' });
  await filters.getByLabel('Status').selectOption('approved');
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('1 article of 2')).toBeVisible();
  await filters.getByLabel('Status').selectOption('');
  await filters.getByLabel('Language').selectOption('en');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Solar Pumps');
  await filters.getByLabel('Language').selectOption('');

  await filters.getByLabel('Sort by').selectOption('headline');
  await expect(rows.first()).toContainText('Angkor Visitor Numbers Climb');
  await expect(rows.nth(1)).toContainText('Battambang');

  await page.reload();
  await app.openArticle('Angkor Visitor Numbers Climb');
  await expect(page.getByLabel('Status')).toHaveValue('approved');
  await expect(page.getByLabel('Section')).toHaveValue('Culture');
  await expect(page.getByRole('textbox', { name: 'Editor’s notes' })).toHaveValue(
    'Check the ministry figures.',
  );
});

test('the desk edits its list of sections, and articles are filed under the new one', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const sections = page.getByRole('list', { name: 'Sections' });
  await expect(sections.getByRole('listitem')).toHaveCount(7);
  await page.getByLabel('New section').fill('Provinces');
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(sections).toContainText('Provinces');
  await page.getByRole('button', { name: 'Remove section Opinion' }).click();
  await expect(sections).not.toContainText('Opinion');
  await page.getByRole('button', { name: 'Move Provinces up' }).click();
  await expect(sections.getByRole('listitem').nth(5)).toContainText('Provinces');

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(sections.getByRole('listitem').nth(5)).toContainText('Provinces');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await app.newArticle();
  await expect(page.getByLabel('Section').locator('option')).toHaveText([
    'No section',
    'News',
    'Politics',
    'Business',
    'World',
    'Sport',
    'Provinces',
    'Culture',
  ]);
  await expect(page.getByLabel('Section').locator('option', { hasText: 'Opinion' })).toHaveCount(0);
});

test('the publication details are kept in the settings', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Publication name').fill('Mekong Daily');
  await page.getByLabel('Site address').fill('ftp://example.org');
  await page.getByRole('button', { name: 'Save publication details' }).click();
  await expect(
    page.getByText(/Not saved: siteUrl: the site address must start with http/),
  ).toBeVisible();
  await page.getByLabel('Site address').fill('https://news.example.org/');
  await page.getByLabel('Dateline style').selectOption('agency');
  await page.getByRole('button', { name: 'Save publication details' }).click();
  await expect(page.getByText('Publication details saved.')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Publication name')).toHaveValue('Mekong Daily');
  await expect(page.getByLabel('Dateline style')).toHaveValue('agency');
});
