// The editor as a writing room, measured: the text first at every window size, nothing scrolling
// sideways, the focus where the writing starts, Escape closing panels, one Tab stop per toolbar
// and list, shortcuts in the browser, both themes clean under axe, and notices that tidy up.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];
const SAMPLE = 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season';

/** How far the page scrolls sideways: 0 when it does not. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });

/** Lines of the body a writer sees without scrolling: line boxes inside the editor's view. */
const bodyLinesShown = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.body-editor')!;
    const view = document.querySelector('.editor-body')!.getBoundingClientRect();
    const footer = document.querySelector('.status-bar')!.getBoundingClientRect();
    const bottom = Math.min(view.bottom, footer.top, window.innerHeight);
    const range = document.createRange();
    range.selectNodeContents(body);
    const tops = new Set<number>();
    for (const box of range.getClientRects()) {
      if (box.height > 8 && box.top >= view.top && box.bottom <= bottom) {
        tops.add(Math.round(box.top));
      }
    }
    return tops.size;
  });

async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

test('no screen scrolls sideways at 1024×700 or 1440×900, Preview open or not', async ({
  app,
}, testInfo) => {
  const { page } = app;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const screen of ['Ticker', 'Settings', 'Library']) {
      await go(page, screen);
      expect(await sidewaysScroll(page), `${screen} at ${size.width}`).toBe(0);
    }
    await app.openArticle(SAMPLE);
    expect(await sidewaysScroll(page), `editor at ${size.width}`).toBe(0);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(page.locator('.preview-frame')).toBeVisible();
    expect(await sidewaysScroll(page), `editor with Preview at ${size.width}`).toBe(0);
    // Controls keep a readable width beside the Preview: the status menu shows its whole word.
    const status = page.getByRole('combobox', { name: 'Status' });
    expect(await status.evaluate((select) => select.scrollWidth <= select.clientWidth)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`editor-preview-${size.width}.png`) });
    await page.keyboard.press('Escape');
    await app.backToLibrary();
  }
});

test('at 1024×700 the headline and at least 8 lines of body show, every action in reach', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(SIZES[0]!);
  await app.openArticle(SAMPLE);
  const lines = await bodyLinesShown(page);
  testInfo(`body lines shown at 1024×700: ${lines}`);
  expect(lines).toBeGreaterThanOrEqual(8);

  // A 75-character headline shows whole: it wraps, and its field grows to hold it.
  const headline = 'Mekong ferry crossings reopen after floods, as repairs finish ahead of time';
  expect(headline).toHaveLength(75);
  await app.field('Headline').fill(headline);
  const hidden = await app
    .field('Headline')
    .evaluate(
      (field) => field.scrollHeight - field.clientHeight + field.scrollWidth - field.clientWidth,
    );
  expect(hidden).toBeLessThanOrEqual(0);

  // What the header has no room for is in its More menu.
  await expect(page.getByRole('button', { name: 'Move to trash' })).toBeHidden();
  await page.getByRole('button', { name: 'More actions' }).click();
  const menu = page.getByRole('menu');
  for (const action of ['Export…', 'Add to ticker', 'Move to trash']) {
    await expect(menu.getByRole('menuitem', { name: action })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // The settings lie over the text at this size and show the dateline's parts.
  await page.getByRole('button', { name: 'Article settings', exact: true }).click();
  const settings = page.getByRole('complementary', { name: 'Article settings' });
  await expect(settings.getByRole('textbox', { name: 'Dateline', exact: true })).toBeVisible();
  await expect(settings.getByRole('textbox', { name: 'Agency' })).toBeVisible();
});

function testInfo(line: string): void {
  test.info().annotations.push({ type: 'measured', description: line });
  console.log(line);
}

test('opening an article puts the focus in its body; a new one in its headline', async ({
  app,
}) => {
  const { page } = app;
  await app.openArticle(SAMPLE);
  await expect(app.body()).toBeFocused();
  await app.backToLibrary();
  await app.newArticle();
  await expect(app.field('Headline')).toBeFocused();
  // Enter in the headline goes on to the body rather than breaking the line.
  await page.keyboard.type('Ferry resumes');
  await page.keyboard.press('Enter');
  await expect(app.body()).toBeFocused();
  await expect(app.field('Headline')).toHaveValue('Ferry resumes');
});

test('Escape closes the checklist, History, Preview and the settings, and gives the focus back', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(SIZES[1]!);
  await app.openArticle(SAMPLE);
  const panels: [string, string][] = [
    ['Check before publishing', '.preflight-panel'],
    ['History', '.history-panel'],
    ['Preview', '.preview-panel'],
    ['Article settings', '.article-settings:not([hidden])'],
  ];
  // The settings start open at this width; closed first, they are opened like the others.
  await page.getByRole('button', { name: 'Article settings', exact: true }).click();
  await expect(page.locator('.article-settings')).toBeHidden();
  for (const [button, panel] of panels) {
    const toggle = page.getByRole('button', { name: button, exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(panel)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(panel), `${button} closes`).toBeHidden();
    await expect(toggle, `focus back on ${button}`).toBeFocused();
  }
});

test('the formatting toolbar and the library list are one Tab stop each, arrows inside', async ({
  app,
}) => {
  const { page } = app;
  await app.newArticle();
  await app.field('Headline').fill('Second article');
  await app.backToLibrary();

  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('button');
  await expect(rows).toHaveCount(2);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  // Only one row is in the Tab order.
  expect(await page.locator('.article-open[tabindex="0"]').count()).toBe(1);

  await app.openArticle(SAMPLE);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
  // Tab leaves the toolbar at once.
  await page.keyboard.press('Tab');
  const inToolbar = await page.evaluate(
    () => document.activeElement?.closest('[role="toolbar"]') !== null,
  );
  expect(inToolbar).toBe(false);
});

test('the desktop menu’s shortcuts work in the browser, and Ctrl+/ lists them', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+/');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toBeVisible();
  await expect(list).toContainText('Alt+Shift+N');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  await page.keyboard.press('Alt+Shift+N');
  await expect(app.field('Headline')).toBeFocused();
  await app.field('Headline').fill('Made from the keyboard');
  await page.keyboard.press('ControlOrMeta+Shift+H');
  await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+e');
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Made from the keyboard' })).toBeVisible();
});

test('Ctrl+K opens the link field by the selection, which stays shown', async ({ app }) => {
  const { page } = app;
  await app.openArticle(SAMPLE);
  await app.body().locator('p').nth(1).dblclick();
  const selected = await page.evaluate(() => {
    const box = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { bottom: box.bottom, left: box.left };
  });
  await page.keyboard.press('ControlOrMeta+k');
  const field = page.getByRole('dialog', { name: 'Link' });
  await expect(field.getByLabel('Link address')).toBeFocused();
  const box = (await field.boundingBox())!;
  expect(Math.abs(box.y - selected.bottom)).toBeLessThan(40);
  expect(box.x).toBeLessThanOrEqual(selected.left + 1);
  await expect(app.body().locator('.selection')).not.toHaveCount(0);
});

test('axe finds nothing in the library, editor and settings, light and dark', async ({
  app,
}, info) => {
  const { page } = app;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await axeViolations(page), `library (${scheme})`).toEqual([]);
    await app.openArticle(SAMPLE);
    expect(await axeViolations(page), `editor (${scheme})`).toEqual([]);
    await page.screenshot({ path: info.outputPath(`editor-${scheme}.png`) });
    await go(page, 'Settings');
    expect(await axeViolations(page), `settings (${scheme})`).toEqual([]);
    await go(page, 'Library');
  }
});

test('Settings chooses the appearance, kept for the next start; the Preview follows it', async ({
  app,
}) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'light' });
  await go(page, 'Settings');
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const again = await app.openAnother();
  await expect(again.locator('html')).toHaveAttribute('data-theme', 'dark');
  await again.close();

  await go(page, 'Library');
  await app.openArticle(SAMPLE);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const paper = page.frameLocator('.preview-frame').locator('body');
  await expect(paper).toContainText('Battambang');
  const background = await paper.evaluate((body) => getComputedStyle(body).backgroundColor);
  // A dark page: each channel of its background well under the middle.
  const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
  expect(Math.max(...channels), background).toBeLessThan(100);
});

test('a trash notice goes when the article is restored; a failed Undo says why', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(SIZES[1]!);
  await app.openArticle(SAMPLE);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const notice = page.locator('.banner').filter({ hasText: 'was moved to the trash' });
  await expect(notice).toBeVisible();

  // Restored from the Trash rather than by Undo, the notice has nothing left to undo.
  await page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await expect(notice).toBeHidden();

  // Trashed again and deleted for good, Undo cannot bring it back, and says so.
  await go(page, 'Library');
  await app.openArticle(SAMPLE);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(notice).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'could not be taken back' }),
  ).toBeVisible();
});
