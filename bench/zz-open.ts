import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { emptyFields } from '../shared/article';
import { Library } from '../electron/services/library';
import { CHROMIUM } from './typing/harness';
import { longArticleBody } from './typing/long-article';

const HEADLINE = 'Mekong survey, the long read';
const root = await mkdtemp(path.join(os.tmpdir(), 'zz-open-'));
const body = longArticleBody();
const library = await Library.open(path.join(root, 'library'));
await library.create({ ...emptyFields(), headline: HEADLINE, body });
await library.close();
const child = spawn(process.execPath, ['dist-electron/web.mjs', '--library', path.join(root, 'library'), '--port', '0', '--no-open'], { env: { ...process.env, DATELINE_USER_DATA: path.join(root, 'ud') }, stdio: ['ignore', 'pipe', 'inherit'] });
const url: string = await new Promise((resolve) => createInterface({ input: child.stdout! }).on('line', (line) => { const m = /^Dateline is running at (\S+)$/.exec(line.trim()); if (m) resolve(m[1]!); }));
const browser = await chromium.launch(CHROMIUM);
const self = new Map<string, number>();
const times: number[] = [];
const RUNS = Number(process.env.RUNS ?? 5);
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: HEADLINE }).waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(async ({ headline, blocks }) => {
    const row = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(headline))!;
    const start = performance.now();
    row.click();
    await new Promise<void>((resolve) => { const check = () => { const b = document.querySelector('.ProseMirror[contenteditable="true"]'); if (b && b.childElementCount >= blocks) resolve(); else requestAnimationFrame(check); }; check(); });
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, { headline: HEADLINE, blocks: body.content!.length });
  const { profile } = await cdp.send('Profiler.stop');
  times.push(Math.round(ms));
  await writeFile(`/tmp/zz/open-${run}.cpuprofile`, JSON.stringify(profile));
  await context.close();
}
console.log('open ms', times.join(' '));
await browser.close();
child.kill();
