import { expect, test } from './fixtures';

test('two tabs on one article: the older save is refused, the user is told, and no text is lost', async ({
  app,
}, testInfo) => {
  testInfo.skip(
    testInfo.project.name === 'electron',
    'the desktop app opens one window per library',
  );
  const first = app.page;
  await app.newArticle(first);
  await app.field('Headline').fill('Council Approves Market Plan');
  await app.waitForSaved(first);

  const second = await app.openAnother();
  await app.openArticle('Council Approves Market Plan', second);

  await app.body(first).click();
  await first.keyboard.type('Text from the first tab.');
  await app.waitForSaved(first);

  await app.body(second).click();
  await second.keyboard.type('Text from the second tab.');
  await expect(app.saveState(second)).toHaveText(
    'Not saved: this article was changed in another window.',
  );
  await expect(second.getByRole('alert')).toContainText('nothing was overwritten');
  // Before choosing, the banner shows what the other tab's text has that this one's lacks.
  const changes = second.getByRole('region', { name: 'What the other version changed' });
  await expect(changes.locator('ins')).toContainText(['first']);
  await expect(changes.locator('del')).toContainText(['second']);
  // Typing on while the banner shows, the comparison follows.
  await second.keyboard.type(' Still typing.');
  await expect(changes.locator('del')).toContainText(['second', 'Still typing']);

  let stored = await app.storedArticles();
  expect(JSON.stringify(stored)).toContain('Text from the first tab.');
  expect(JSON.stringify(stored)).not.toContain('Text from the second tab.');

  await second.getByRole('button', { name: 'Keep both versions' }).click();
  await expect(second.getByText('Your version was saved as a separate article')).toBeVisible();
  await expect(app.body(second)).toHaveText('Text from the second tab. Still typing.');
  await expect(app.saveState(second)).toHaveText('Saved');

  // The copy is named as one, in the library and on disk.
  await expect(second.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Council Approves Market Plan (copy)',
  );
  stored = await app.storedArticles();
  const body = (headline: string) =>
    JSON.stringify(stored.find((article) => article.headline === headline)?.body);
  expect(body('Council Approves Market Plan')).toContain('Text from the first tab.');
  expect(body('Council Approves Market Plan (copy)')).toContain('Text from the second tab.');
});
