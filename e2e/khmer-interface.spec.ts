// The interface in Khmer: chosen in Settings, it switches at once, and the main screens then show
// no English words but the user's own content and the names kept as they are.
import type { Page } from '@playwright/test';
import { DEFAULT_SECTIONS } from '../electron/services/settings';
// The Latin-script words a Khmer interface keeps (product and format names, keys), as the
// catalog tests allow them.
import { KEPT_IN_LATIN } from '../test-support/shared/catalog-checks';
import { expect, test, type DatelineApp } from './fixtures';

/** Typed as it is whatever the language: the web host's option naming another library folder. */
const COMMAND_LINE = ['--library'];
/** The newsroom's word list is a file whose name Settings gives as it is. */
const FILE_NAMES = ['words.txt'];

/** What the reporter typed: their content, which stays in the language they wrote it in. */
const HEADLINE = 'Budget passes after a long night';
const BODY = 'The assembly passed the budget on Monday after twelve hours of debate.';
const TICKER_ITEM = 'Floods close the river road';
const TRASHED = 'Ferry timetable changes';

/**
 * The English words on screen: the page's visible text, less the user's own content (what they
 * typed, the library's headlines, the desk's section names as a new library starts them, the
 * library folder's path) and each language's own name in the language picker.
 */
async function englishOnScreen(app: DatelineApp): Promise<string[]> {
  const page = app.page;
  let text = await page.evaluate(() => document.body.innerText);
  const paths = await page.locator('.library-path span, .settings-path').allInnerTexts();
  // The sample article a new library starts with is content too.
  const headlines = await page
    .locator('.article-headline, .article-standfirst, .article-byline')
    .allInnerTexts();
  const ownNames = await page.locator('option[lang]').allInnerTexts();
  const own = [
    HEADLINE,
    TRASHED,
    BODY,
    TICKER_ITEM,
    ...headlines,
    ...paths,
    ...DEFAULT_SECTIONS,
    ...ownNames,
    ...COMMAND_LINE,
    ...FILE_NAMES,
  ];
  // Longest first, so a section named inside a longer text does not split it.
  for (const value of own.sort((a, b) => b.length - a.length)) {
    text = text.split(value).join(' ');
  }
  // Words of two letters or more: the toolbar's formatting icons (B, I, H2) are glyphs, not words.
  const words = text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? [];
  return [...new Set(words.filter((word) => !KEPT_IN_LATIN.has(word)))];
}

async function go(page: Page, screen: string, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function chooseLanguage(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).selectOption(value);
}

test('the interface switches to Khmer and back in Settings, without a restart', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const shot = async (name: string) => {
    const file = testInfo.outputPath(`${name}-km.png`);
    // The Khmer faces load when Khmer text first appears; the picture waits for them.
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${name} in Khmer`, { path: file, contentType: 'image/png' });
  };

  // Before the switch: an article written in English, one in the trash, and a ticker item.
  await app.newArticle();
  await app.field('Headline').fill(TRASHED);
  await app.waitForSaved();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  const notice = page.getByText(`“${TRASHED}” was moved to the trash.`);
  await expect(notice).toBeVisible();
  await app.newArticle();
  await app.field('Headline').fill(HEADLINE);
  await app.body().fill(BODY);
  await app.waitForSaved();
  await go(page, 'Ticker', 'Ticker');
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.keyboard.insertText(TICKER_ITEM);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved');

  await go(page, 'Settings', 'Settings');
  await chooseLanguage(page, 'Interface language', 'km');
  // At once, on the same page: no reload, no restart.
  await expect(page.getByRole('heading', { name: 'ការកំណត់', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  // The notice already on screen is worded again in Khmer.
  await expect(notice).toBeHidden();
  await expect(page.getByText(`«${TRASHED}» ត្រូវបានដាក់ក្នុងធុងសំរាម។`)).toBeVisible();
  expect(await englishOnScreen(app), 'Settings').toEqual([]);
  await shot('settings');

  await go(page, 'បណ្ណាល័យអត្ថបទ', 'បណ្ណាល័យអត្ថបទ');
  await expect(page.getByRole('button', { name: HEADLINE })).toBeVisible();
  expect(await englishOnScreen(app), 'Library').toEqual([]);
  await shot('library');

  await page.getByRole('button', { name: HEADLINE }).click();
  await expect(page.locator('.ProseMirror')).toContainText(BODY);
  expect(await englishOnScreen(app), 'Editor').toEqual([]);
  // Every control draws Khmer with the bundled face, not the system's default control font,
  // which on a machine without a Khmer font shows boxes (the article's own form is lang="en").
  const controlFonts = await page.evaluate(() =>
    [...document.querySelectorAll('select, button, input, textarea')].map(
      (control) => getComputedStyle(control).fontFamily,
    ),
  );
  expect(controlFonts.filter((font) => !font.includes('Noto Sans Khmer'))).toEqual([]);
  await shot('editor');

  await page.getByRole('button', { name: 'មើលជាមុន', exact: true }).click();
  await expect(page.locator('iframe')).toBeVisible();
  expect(await englishOnScreen(app), 'Editor with the Preview').toEqual([]);
  await shot('preview');

  await go(page, 'ព័ត៌មានរត់', 'ព័ត៌មានរត់');
  expect(await englishOnScreen(app), 'Ticker').toEqual([]);

  await go(page, 'ធុងសំរាម', 'ធុងសំរាម');
  await expect(page.getByText(TRASHED, { exact: true })).toBeVisible();
  expect(await englishOnScreen(app), 'Trash').toEqual([]);
  await shot('trash');

  // The choice is kept: a reload opens in Khmer.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'បណ្ណាល័យអត្ថបទ', level: 1 })).toBeVisible();

  await go(page, 'ការកំណត់', 'ការកំណត់');
  await chooseLanguage(page, 'ភាសាកម្មវិធី', 'en');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await go(page, 'Library', 'Library');
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  const khmer = (await page.evaluate(() => document.body.innerText)).match(/[\u1780-\u17ff]+/g);
  expect(khmer, 'Khmer left on the English library').toBeNull();
});
