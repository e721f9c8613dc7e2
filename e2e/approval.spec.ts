// The workflow's safeguards as an editor meets them: Approved refused with the checklist's errors,
// an approval that says who and when, an edit that sends the article back to Edited, and a
// correction recorded with the note the page prints.
import { expect, test } from './fixtures';

const SAMPLE = 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season';

test('Approved is refused while the checklist has errors, with the list', async ({ app }) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Byline').fill('Sok Dara');
  await app.waitForSaved();
  await page.getByLabel('Status').selectOption('approved');

  const refusal = page.getByRole('alert').filter({ hasText: 'Not approved' });
  await expect(refusal).toContainText('Not approved: fix the 2 errors in the checklist first.');
  const list = refusal.getByRole('list', { name: 'Errors that stop approval' });
  await expect(list.getByRole('listitem')).toHaveText([
    'The headline is empty.',
    'The body is empty.',
  ]);
  await expect(page.getByLabel('Status')).toHaveValue('draft');
  await refusal.getByRole('button', { name: 'Open the checklist' }).click();
  await expect(page.getByRole('heading', { name: 'Before publishing' })).toBeVisible();

  await app.waitForSaved();
  const stored = (await app.storedArticles()).find((article) => article.byline === 'Sok Dara');
  expect(stored).toMatchObject({ status: 'draft' });
  expect(stored).not.toHaveProperty('approval');
});

test('an approval names who and when; an edit returns it to Edited; a correction approves it again', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Chan Sophea');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  await app.openArticle(SAMPLE);
  await page.getByLabel('Status').selectOption('approved');
  await app.waitForSaved();
  await expect(page.getByText(/^Approved by Chan Sophea on /)).toBeVisible();

  await app.body().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The cooperative has 40 members.');
  await app.waitForSaved();
  await expect(page.getByLabel('Status')).toHaveValue('edited');
  const changed = page.getByText(/^Changed since approval by Chan Sophea on /);
  await expect(changed).toBeVisible();

  await page.getByRole('button', { name: 'Record as correction…' }).click();
  const note = 'An earlier version of this article misstated the size of the cooperative.';
  await page.getByRole('textbox', { name: 'Correction note' }).fill(note);
  await page.getByRole('button', { name: 'Record correction' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('approved');
  await expect(page.getByText('1 correction printed on the page.')).toBeVisible();

  const stored = (await app.storedArticles()).find((article) => article.headline === SAMPLE);
  expect(stored).toMatchObject({
    status: 'approved',
    approval: { by: 'Chan Sophea' },
    corrections: [{ by: 'Chan Sophea', note }],
  });
  expect(stored).not.toHaveProperty('changedSinceApproval');

  await page.getByRole('button', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Earlier versions' });
  await expect(versions.getByRole('button').first()).toContainText(
    'Correction recorded by Chan Sophea',
  );
  await expect(versions).toContainText('Status changed by Chan Sophea');
});
