import { expect, test } from './fixtures';

test('the checklist lists what to fix before publishing and takes the writer there', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await page.getByRole('button', { name: 'Check before publishing' }).click();
  const checklist = page.getByRole('list', { name: 'Checklist' });
  await expect(checklist).toContainText('The headline is empty.');
  await expect(checklist).toContainText('The body is empty.');
  await expect(page.getByText(/^2 errors and \d+ warnings\.$/)).toBeVisible();

  await checklist.getByRole('button', { name: /The headline is empty/ }).click();
  await expect(app.field('Headline')).toBeFocused();
  await page.keyboard.type('Ferry service resumes');
  await expect(checklist).not.toContainText('The headline is empty.');

  await app.body().click();
  await page.keyboard.type('The ferry carried  its first passengers.');
  await expect(checklist).toContainText('Paragraph 1 has a double space');
  await app.field('Byline').click();
  await checklist.getByRole('button', { name: /double space/ }).click();
  await expect(app.body()).toBeFocused();

  await app.field('Byline').fill('Sok Dara');
  await app.field('Dateline').fill('Prey Veng');
  await app.field('Standfirst').fill('Crossings restart on Monday.');
  await app.body().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await page.getByLabel('Status').selectOption('approved');
  await expect(checklist).toContainText('double space');
  await expect(page.getByText('0 errors and 1 warning.')).toBeVisible();
});
