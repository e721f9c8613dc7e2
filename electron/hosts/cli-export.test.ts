import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { Library } from '../services/library';
import { runCli } from './cli-run';

let scratch: string;
let libraryDir: string;
let userData: string;
let out: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-export-'));
  libraryDir = path.join(scratch, 'library');
  userData = path.join(scratch, 'user-data');
  out = path.join(scratch, 'site');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function dateline(...argv: string[]) {
  const output: string[] = [];
  const errors: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => output.push(text), err: (text) => errors.push(text) },
    { userData },
  );
  return { code, stdout: output.join('\n'), stderr: errors.join('\n') };
}

async function library(...articles: Partial<ArticleFields>[]): Promise<void> {
  const opened = await Library.open(libraryDir);
  for (const fields of articles) {
    await opened.create({
      ...emptyFields(),
      status: 'approved',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The story.' }] }],
      },
      ...fields,
    });
  }
  await opened.close();
}

describe('dateline export', () => {
  it('writes the approved articles as an edition and lists what it wrote', async () => {
    await library({ headline: 'Rain Falls' }, { headline: 'Sun Returns' });
    const { code, stdout, stderr } = await dateline(
      'export',
      '--library',
      libraryDir,
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'feed.xml',
      'fonts',
      'index.html',
      'rain-falls.html',
      'sun-returns.html',
      'ticker.html',
    ]);
    expect(stdout.split('\n')).toEqual([
      `Wrote 2 articles to ${out}:`,
      expect.stringMatching(
        /^ {2}(rain-falls\.html {2}Rain Falls|sun-returns\.html {2}Sun Returns)$/,
      ),
      expect.stringMatching(
        /^ {2}(rain-falls\.html {2}Rain Falls|sun-returns\.html {2}Sun Returns)$/,
      ),
      '  and fonts/noto-sans-khmer-khmer-400-normal.woff2, fonts/noto-sans-khmer-khmer-700-normal.woff2, ticker.html, index.html, feed.xml',
    ]);
    // The sample article is a draft: not in an edition of approved articles.
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('Battambang');
  });

  it('leaves out articles with errors, says why and exits 1, unless --override', async () => {
    await library({ headline: 'Rain Falls' }, { headline: '' });
    const refused = await dateline('export', '--library', libraryDir, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /Left out 1 article:\n {2}Untitled article \([a-z0-9-]+\): 1 problem must be fixed first \(The headline is empty\)\./,
    );
    expect(refused.stdout).toContain('export them anyway with --override');
    expect(existsSync(path.join(out, 'rain-falls.html'))).toBe(true);

    const forced = await dateline('export', '--library', libraryDir, '--out', out, '--override');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wrote 2 articles');
  });

  it('writes one file per article in another format, for another status', async () => {
    await library({ headline: 'Rain Falls' });
    const { code } = await dateline(
      'export',
      '--library',
      libraryDir,
      '--out',
      out,
      '--status',
      'draft',
      '--format',
      'ninjs',
    );
    expect(code).toBe(0);
    expect(await readdir(out)).toEqual([
      'battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.ninjs.json',
    ]);
  });

  it('uses the publication set in the app, and prints JSON with --json', async () => {
    await library({ headline: 'Rain Falls' });
    await mkdir(userData, { recursive: true });
    const publication = {
      name: 'Mekong Daily',
      siteUrl: 'https://news.example.org/',
      defaultAuthor: '',
      datelineStyle: 'plain',
      timeZone: 'Asia/Phnom_Penh',
    };
    await writeFile(path.join(userData, 'config.json'), JSON.stringify({ publication }));
    const { code, stdout } = await dateline(
      'export',
      '--library',
      libraryDir,
      '--out',
      out,
      '--json',
    );
    expect(code).toBe(0);
    const outcome = JSON.parse(stdout);
    expect(outcome).toMatchObject({ folder: out, state: 'done', total: 1, skipped: [] });
    expect(outcome.written.map((file: { file: string }) => file.file)).toEqual([
      'rain-falls.html',
      'fonts/noto-sans-khmer-khmer-400-normal.woff2',
      'fonts/noto-sans-khmer-khmer-700-normal.woff2',
      'ticker.html',
      'index.html',
      'feed.xml',
    ]);
    const page = await readFile(path.join(out, 'rain-falls.html'), 'utf8');
    expect(page).toContain(
      '<link rel="canonical" href="https://news.example.org/rain-falls.html">',
    );
    expect(page).toContain('Mekong Daily');
  });

  it('says so when no article has the status', async () => {
    await library();
    const { code, stderr } = await dateline('export', '--library', libraryDir, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toBe('No article is marked Approved, so nothing was exported.');
    expect(existsSync(out)).toBe(false);
  });
});
