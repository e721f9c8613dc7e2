import { expect, test } from './fixtures';

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
