// Gate: an exported page served from a site, opened in Chromium, is styled by its theme, loads
// fonts and images copied beside it, keeps its JSON-LD readable, and runs nothing: markup slipped
// into it (an inline script, an event handler) is refused by the page's own policy, and nothing is
// fetched from another origin.
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEditionIndex } from '../../edition/index-page';
import { renderArticlePage } from '../index';
import { PAGE_POLICY, PAGE_POLICY_META } from '../page-policy';
import { makeArticle, PUBLICATION, TICKER } from '../../../test-support/shared/sample-articles';

const NOW = '2026-01-01T00:00:00Z';
const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const noChromium = !existsSync(CHROMIUM);
if (noChromium) console.log(`page-policy gate: skipped, no Chromium at ${CHROMIUM}.`);

const FONT = path.resolve(
  import.meta.dirname,
  '../../../node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2',
);
// A 1×1 PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves a folder on 127.0.0.1 and notes every path asked for. */
async function serve(folder: string, asked: string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://x').pathname);
    asked.push(name);
    readFile(path.join(folder, name)).then(
      (data) => {
        response.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'text/plain' });
        response.end(data);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What would reach a published page if escaping ever failed: code, handlers and outside files. */
function slippedIn(otherOrigin: string): string {
  return [
    '<style>@font-face { font-family: "Beside"; src: url("khmer.woff2"); }',
    `@font-face { font-family: "Outside"; src: url("${otherOrigin}/outside.woff2"); }`,
    '.beside { font-family: "Beside"; } .outside { font-family: "Outside"; }</style>',
    '<p class="beside">ភ្នំពេញ</p><p class="outside">ភ្នំពេញ</p>',
    '<script>window.ran = "inline script";</script>',
    '<img id="broken" src="missing.png" onerror="window.ran = \'event handler\'" alt="">',
    '<img id="beside" src="pixel.png" alt="">',
    `<img id="outside" src="${otherOrigin}/pixel.png" alt="">`,
    `<a id="run" href="javascript:window.ran='link'">x</a>`,
  ].join('\n');
}

describe.skipIf(noChromium)('an exported page in Chromium', () => {
  let folder = '';
  let browser: Browser;
  const servers: Server[] = [];
  const askedOfSite: string[] = [];
  const askedOfOther: string[] = [];
  let site = '';
  let other = '';

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-policy-'));
    const own = await serve(folder, askedOfSite);
    const outside = await serve(folder, askedOfOther);
    servers.push(own.server, outside.server);
    site = own.origin;
    other = outside.origin;
    await copyFile(FONT, path.join(folder, 'khmer.woff2'));
    await writeFile(path.join(folder, 'pixel.png'), PIXEL);
    const page = renderArticlePage(makeArticle(), { publication: PUBLICATION, ticker: TICKER });
    await writeFile(
      path.join(folder, 'page.html'),
      page.replace('</body>', `${slippedIn(other)}\n</body>`),
    );
    await writeFile(path.join(folder, 'clean.html'), page);
    await writeFile(
      path.join(folder, 'index.html'),
      renderEditionIndex([], { publication: PUBLICATION, ticker: TICKER, now: NOW }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it.each(['clean.html', 'index.html'])(
    '%s is styled and nothing in it is refused, the JSON-LD included',
    async (file) => {
      const tab = await browser.newPage();
      const refused: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await tab.goto(`${site}/${file}`, { waitUntil: 'load' });
      const font = await tab.evaluate(
        () => getComputedStyle(document.querySelector('h1')!).fontFamily,
      );
      await tab.close();
      // Both of the theme's families start with its Khmer face; a browser's default has none.
      expect(font).toContain('Dateline Khmer');
      expect(refused).toEqual([]);
    },
  );

  it('is styled, loads what lies beside it, keeps its JSON-LD and runs nothing', async () => {
    const tab = await browser.newPage();
    const refused: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await tab.goto(`${site}/page.html`, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready);
    await tab.locator('#run').click();
    const seen = await tab.evaluate(() => ({
      ran: (window as { ran?: string }).ran ?? 'nothing',
      headline: getComputedStyle(document.querySelector('h1')!).fontFamily,
      beside: (document.getElementById('beside') as HTMLImageElement).naturalWidth,
      outside: (document.getElementById('outside') as HTMLImageElement).naturalWidth,
      besideFont: document.fonts.check('16px Beside', 'ភ'),
      jsonLd: JSON.parse(
        document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
      ) as { '@type'?: string } | null,
    }));
    await tab.close();

    expect(seen.ran).toBe('nothing');
    expect(seen.headline).toContain('Georgia');
    expect(seen.beside).toBe(1);
    expect(seen.outside).toBe(0);
    expect(seen.besideFont).toBe(true);
    expect(seen.jsonLd?.['@type']).toBe('NewsArticle');
    expect(askedOfSite).toEqual(expect.arrayContaining(['page.html', 'pixel.png', 'khmer.woff2']));
    expect(askedOfOther).toEqual([]);
    // The inline script and the event handler were refused by the page's policy, not missed.
    expect(refused.some((text) => /inline script|script-src/i.test(text))).toBe(true);
  });
});

describe('the page policy', () => {
  it('is declared before any style or script, in the article page and the edition index', () => {
    const page = renderArticlePage(makeArticle(), { publication: PUBLICATION });
    const index = renderEditionIndex([], { publication: PUBLICATION, now: NOW });
    for (const html of [page, index]) {
      const at = html.indexOf(PAGE_POLICY_META);
      expect(at).toBeGreaterThan(html.indexOf('<head>'));
      expect(at).toBeLessThan(html.indexOf('<style>'));
      const script = html.indexOf('<script');
      if (script >= 0) expect(at).toBeLessThan(script);
    }
  });

  it('lets no script run: no script source, and every other source closed by default', () => {
    const directives = new Map(
      PAGE_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.has('script-src')).toBe(false);
    expect(directives.has('script-src-elem')).toBe(false);
    expect(directives.has('script-src-attr')).toBe(false);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
