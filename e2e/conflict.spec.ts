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

  let stored = await app.storedArticles();
  expect(JSON.stringify(stored)).toContain('Text from the first tab.');
  expect(JSON.stringify(stored)).not.toContain('Text from the second tab.');

  await second.getByRole('button', { name: 'Keep both versions' }).click();
  await expect(second.getByText('Your version was saved as a separate article')).toBeVisible();
  await expect(app.body(second)).toHaveText('Text from the second tab.');
  await expect(app.saveState(second)).toHaveText('Saved');

  stored = await app.storedArticles();
  const bodies = stored
    .filter((article) => article.headline === 'Council Approves Market Plan')
    .map((article) => JSON.stringify(article.body));
  expect(bodies).toHaveLength(2);
  expect(bodies.some((body) => body.includes('Text from the first tab.'))).toBe(true);
  expect(bodies.some((body) => body.includes('Text from the second tab.'))).toBe(true);
});
