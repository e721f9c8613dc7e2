// Typing in a 60,000-word article in Dateline (the built web host in Chromium), with the side
// panels closed and open and the spelling checker on (as it starts) and off, against plain TipTap
// holding the same document on a page built beside it, in the same run. Reports JSON: keydown-to-next-frame p50 and p95, the longest frame, the
// Preview's delay after the last keystroke, and each figure's ratio to the reference; and how long
// the article takes to open, from the library in Dateline and in the plain TipTap page.
// BENCH_LIBRARY_ARTICLES=n puts the long article in a library of n more articles, listed and
// searched once before, as a newsroom's library is.
// Run with `npm run bench typing` after `npm run build`.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { emptyFields } from '../shared/article';
import { Library } from '../electron/services/library';
import { writeBenchLibrary } from './bench-articles';
import { CHROMIUM, measureTyping, type TypingFigures } from './typing/harness';
import { LONG_ARTICLE_WORDS, longArticleBody } from './typing/long-article';
import { serveReference } from './typing/reference-server';

const HEADLINE = 'Mekong survey, the long read';
/** Between keystrokes: about 150 words a minute, a quick writer. */
const DELAY_MS = Number(process.env.BENCH_TYPING_DELAY ?? 80);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const LIBRARY_ARTICLES = Number(process.env.BENCH_LIBRARY_ARTICLES ?? 0);
const TEXT = 'The ferry crossed at dawn with forty passengers and their motorbikes aboard ';
const WARM_UP = 'Warm up ';

/** `spellingOff` is `panelsClosed` with Dateline's spelling checker turned off in Settings. */
type Scenario = 'reference' | 'panelsClosed' | 'spellingOff' | 'preview' | 'allPanels';

/** Turns Dateline's spelling checker on or off, as a publication setting, in Settings. */
async function setSpelling(page: Page, on: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('checkbox', { name: 'Check spelling as I type (English articles)' })
    .setChecked(on);
  await page.getByRole('button', { name: 'Save publication details' }).click();
  await page.getByText('Publication details saved.').waitFor();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
}

function startWebHost(
  library: string,
  userData: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['dist-electron/web.mjs', '--library', library, '--port', '0', '--no-open'],
    { env: { ...process.env, DATELINE_USER_DATA: userData }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Dateline is running at (\S+)$/.exec(line.trim());
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`The web host exited with code ${code}.`)));
  });
}

/** Opens the long article in Dateline with the panels of `scenario`, the caret at the end. */
async function openDateline(page: Page, url: string, scenario: Scenario): Promise<string[]> {
  await page.goto(url);
  await setSpelling(page, scenario !== 'spellingOff');
  await page.getByRole('button', { name: HEADLINE }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.waitFor({ timeout: 60_000 });
  const opened: string[] = [];
  const press = async (name: string) => {
    await page.getByRole('button', { name, exact: true }).click();
    opened.push(name);
  };
  if (scenario === 'preview' || scenario === 'allPanels') await press('Preview');
  if (scenario === 'allPanels') {
    await press('Check before publishing');
    await press('History');
  }
  // Only panels still showing count: where two share a side, the later one replaces the first.
  const showing: string[] = [];
  for (const name of opened) {
    const pressed = await page
      .getByRole('button', { name, exact: true })
      .getAttribute('aria-pressed');
    if (pressed === 'true') showing.push(name);
  }
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  return showing;
}

/**
 * How long the long article takes to open from the library, in the page's own clock: from the
 * click on its row until the body is editable with every paragraph in it and has been drawn.
 */
async function timeDatelineOpen(page: Page, url: string, blocks: number): Promise<number> {
  await page.goto(url);
  await page.getByRole('button', { name: HEADLINE }).waitFor();
  return page.evaluate(
    async ({ headline, blocks }) => {
      const row = [...document.querySelectorAll('button')].find((button) =>
        button.textContent?.includes(headline),
      )!;
      const start = performance.now();
      row.click();
      await new Promise<void>((resolve) => {
        const check = () => {
          const body = document.querySelector('.ProseMirror[contenteditable="true"]');
          if (body && body.childElementCount >= blocks) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      // Drawn: a task queued from a frame's callbacks runs once that frame is laid out and drawn.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    { headline: HEADLINE, blocks },
  );
}

async function timeReferenceOpen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
  return Number(await page.locator('body').getAttribute('data-open-ms'));
}

async function openReference(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
}

type Run = TypingFigures & {
  panels?: string[];
  spellingPasses?: number;
  spellingPassP95Ms?: number;
};

async function runScenario(
  browser: Browser,
  scenario: Scenario,
  urls: { app: string; reference: string },
  round: number,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  try {
    const panels =
      scenario === 'reference' ? undefined : await openDateline(page, urls.app, scenario);
    if (scenario === 'reference') await openReference(page, urls.reference);
    await page.keyboard.type(WARM_UP, { delay: DELAY_MS });
    await page.waitForTimeout(1_000);
    const marker = `Marker${scenario}${round}`;
    const figures = await measureTyping(page, {
      text: `${TEXT}${marker}`,
      delayMs: DELAY_MS,
      ...(panels?.includes('Preview')
        ? { shownIn: { frame: 'iframe.preview-frame', selector: '.article-body > :last-child' } }
        : {}),
    });
    // How long each of the spelling checker's idle-time passes held the page while typing.
    const passes = await page.evaluate(() =>
      performance.getEntriesByName('spelling-check').map((entry) => entry.duration),
    );
    const spelling = passes.length
      ? { spellingPasses: passes.length, spellingPassP95Ms: percentile95(passes) }
      : {};
    return panels ? { ...figures, ...spelling, panels } : figures;
  } finally {
    await context.close();
  }
}

const percentile95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(0.95 * (sorted.length - 1))]! * 10) / 10;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

function summarize(runs: Run[]) {
  const pick = (key: keyof TypingFigures) =>
    median(runs.map((run) => run[key]).filter((value): value is number => value !== undefined));
  return {
    keystrokes: runs.reduce((sum, run) => sum + run.keystrokes, 0),
    p50Ms: pick('p50Ms'),
    p95Ms: pick('p95Ms'),
    maxMs: Math.max(...runs.map((run) => run.maxMs)),
    longestFrameMs: Math.max(...runs.map((run) => run.longestFrameMs)),
    ...(runs[0]?.shownAfterMs === undefined ? {} : { previewShownAfterMs: pick('shownAfterMs') }),
    ...(runs[0]?.panels ? { panels: runs[0].panels } : {}),
    ...(runs.some((run) => run.spellingPasses)
      ? {
          spellingPasses: runs.reduce((sum, run) => sum + (run.spellingPasses ?? 0), 0),
          spellingPassP95Ms: Math.max(...runs.map((run) => run.spellingPassP95Ms ?? 0)),
        }
      : {}),
  };
}

async function main(): Promise<void> {
  if (!existsSync('dist-electron/web.mjs')) {
    throw new Error('The web host is not built: run `npm run build` first.');
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-bench-typing-'));
  const body = longArticleBody();
  await writeBenchLibrary(path.join(root, 'library'), LIBRARY_ARTICLES);
  const library = await Library.open(path.join(root, 'library'));
  await library.create({ ...emptyFields(), headline: HEADLINE, body });
  if (LIBRARY_ARTICLES > 0) {
    await library.list();
    await library.search('flood');
  }
  await library.close();
  const reference = await serveReference(body);
  const host = await startWebHost(path.join(root, 'library'), path.join(root, 'user-data'));
  const browser = await chromium.launch(CHROMIUM);
  try {
    const scenarios: Scenario[] = [
      'reference',
      'panelsClosed',
      'spellingOff',
      'preview',
      'allPanels',
    ];
    const runs = new Map<Scenario, Run[]>();
    const opens = { dateline: [] as number[], reference: [] as number[] };
    // Rounds take turns, so a busy moment of the machine falls on every scenario alike.
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of ['reference', 'dateline'] as const) {
        const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
        const page = await context.newPage();
        opens[side].push(
          side === 'dateline'
            ? await timeDatelineOpen(page, host.url, body.content!.length)
            : await timeReferenceOpen(page, reference.url),
        );
        await context.close();
      }
      for (const scenario of scenarios) {
        const run = await runScenario(
          browser,
          scenario,
          { app: host.url, reference: reference.url },
          round,
        );
        runs.set(scenario, [...(runs.get(scenario) ?? []), run]);
      }
    }
    const results = Object.fromEntries(scenarios.map((name) => [name, summarize(runs.get(name)!)]));
    const ref = results.reference!;
    const ratio = (value: number, to: number) => Math.round((value / to) * 100) / 100;
    const ratios = Object.fromEntries(
      scenarios
        .filter((name) => name !== 'reference')
        .map((name) => {
          const figures = results[name]!;
          return [
            name,
            {
              p50: ratio(figures.p50Ms, ref.p50Ms),
              p95: ratio(figures.p95Ms, ref.p95Ms),
              longestFrame: ratio(figures.longestFrameMs, ref.longestFrameMs),
            },
          ];
        }),
    );
    console.log(
      JSON.stringify(
        {
          benchmark: 'typing',
          words: LONG_ARTICLE_WORDS,
          keystrokeDelayMs: DELAY_MS,
          rounds: ROUNDS,
          libraryArticles: LIBRARY_ARTICLES + 1,
          ...results,
          ratioToReference: ratios,
          openLongArticle: {
            datelineMedianMs: Math.round(median(opens.dateline)),
            referenceMedianMs: Math.round(median(opens.reference)),
            ratio: ratio(median(opens.dateline), median(opens.reference)),
            goalMs: 300,
          },
          spellingOnToOff: {
            p50: ratio(results.panelsClosed!.p50Ms, results.spellingOff!.p50Ms),
            p95: ratio(results.panelsClosed!.p95Ms, results.spellingOff!.p95Ms),
          },
          goal: { p95Ratio: 1.1, previewShownAfterMs: 500 },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    // The host writes its caches as it closes: the folder goes once it has exited.
    if (host.child.exitCode === null && host.child.signalCode === null) {
      const exited = new Promise((resolve) => host.child.once('exit', resolve));
      host.child.kill('SIGTERM');
      await exited;
    }
    await reference.close();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
