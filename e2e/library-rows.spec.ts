// The library tells articles apart: each row shows the byline and the standfirst's first line,
// and importing a file already imported asks before making a second article of it.
import { expect, test } from './fixtures';

test('rows show the byline and the first line of the standfirst', async ({ app }) => {
  const { page } = app;
  for (const byline of ['Sok Dara', 'Chan Sophea']) {
    await app.newArticle();
    await app.field('Headline').fill('Floods reach Kratie');
    await app
      .field('Standfirst')
      .fill(`Reported by ${byline}: the river rose overnight.\nMore later.`);
    await app.field('Byline').fill(byline);
    await app.waitForSaved();
    await app.backToLibrary();
  }
  const rows = page.locator('.article-row').filter({ hasText: 'Floods reach Kratie' });
  await expect(rows).toHaveCount(2);
  for (const byline of ['Sok Dara', 'Chan Sophea']) {
    const row = rows.filter({ hasText: byline });
    await expect(row).toHaveCount(1);
    await expect(row.locator('.article-standfirst')).toHaveText(
      `Reported by ${byline}: the river rose overnight.`,
    );
  }
});

test('importing the same file again asks: open it, or import a copy', async ({ app }) => {
  const { page } = app;
  const file = {
    name: 'ferry.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Ferry Service Resumes\n\nPhnom Penh: The ferry carried its first passengers.\n',
    ),
  };
  const importIt = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
  };
  await importIt();
  await expect(app.field('Headline')).toHaveValue('Ferry Service Resumes');
  await app.backToLibrary();

  await importIt();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(
    '“ferry.txt” is already in the library, as “Ferry Service Resumes”.',
  );
  await question.getByRole('button', { name: 'Open it' }).click();
  await expect(app.field('Headline')).toHaveValue('Ferry Service Resumes');
  await app.backToLibrary();
  await expect(
    page.locator('.article-row').filter({ hasText: 'Ferry Service Resumes' }),
  ).toHaveCount(1);

  await importIt();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Import a copy' }).click();
  await expect(app.field('Headline')).toHaveValue('Ferry Service Resumes (copy)');
  const stored = await app.storedArticles();
  expect(stored.map((article) => article.headline).sort()).toEqual(
    expect.arrayContaining(['Ferry Service Resumes', 'Ferry Service Resumes (copy)']),
  );
});
