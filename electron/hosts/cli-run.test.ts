import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx, paragraph } from '../../test-support/electron/services/docx-builder';
import { runCli } from './cli-run';

const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const seedFile = path.join(fixtures, 'seed-article.txt');

let scratch: string;
let libraryDir: string;
let userData: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-'));
  libraryDir = path.join(scratch, 'library');
  userData = path.join(scratch, 'user-data');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs the command line in-process and collects what it printed. */
async function dateline(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    {
      userData,
    },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, content);
  return file;
}

const PAGE = [
  'Rains Arrive Early | Fuel Prices Fall |',
  '',
  'Ferry Service Resumes',
  '',
  'PHNOM PENH, June 30 (Xinhua) -- The crossing reopened on Sunday.',
  '',
  '(By Sok Dara)',
].join('\n');

describe('dateline import', () => {
  it('imports several files into the library and says what it found', async () => {
    const text = await write('ferry.txt', PAGE);
    const docx = await write(
      'market.docx',
      await buildDocx([
        { kind: 'paragraph', style: 'Title', runs: ['Market Day'] },
        paragraph('Battambang: Stalls opened early.'),
        { kind: 'table', rows: [['Stall'], ['Rice']] },
        { kind: 'image' },
      ]),
    );
    const { code, stdout, stderr } = await dateline('import', '--library', libraryDir, text, docx);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^Imported .*ferry\.txt as "Ferry Service Resumes" \(id [a-z0-9-]+\)\.$/m,
    );
    expect(stdout).toContain(
      'Found: dateline PHNOM PENH, June 30 (Xinhua), byline Sok Dara, English, 1 paragraph, 0 related links.',
    );
    expect(stdout).toContain('Ticker: 2 headlines found; add them with --add-to-ticker.');
    expect(stdout).toContain(
      'Note: 1 picture was left out: only JPEG, PNG, WebP and AVIF photos can be kept.',
    );

    const stored = await Promise.all(
      (await readdir(path.join(libraryDir, 'articles'))).map(async (name) =>
        JSON.parse(await readFile(path.join(libraryDir, 'articles', name), 'utf8')),
      ),
    );
    expect(stored.map((article) => article.headline)).toEqual(
      expect.arrayContaining(['Ferry Service Resumes', 'Market Day']),
    );
    const market = stored.find((article) => article.headline === 'Market Day');
    expect(JSON.stringify(market.body)).toContain('"type":"table"');
    expect(existsSync(path.join(libraryDir, 'ticker.json'))).toBe(false);
  });

  it('adds ticker headlines when asked', async () => {
    const text = await write('ferry.txt', PAGE);
    const { code, stdout } = await dateline(
      'import',
      text,
      '--library',
      libraryDir,
      '--add-to-ticker',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Ticker: added 2 headlines.');
    const ticker = JSON.parse(await readFile(path.join(libraryDir, 'ticker.json'), 'utf8'));
    expect(ticker.items.map((item: { text: string }) => item.text)).toEqual([
      'Rains Arrive Early',
      'Fuel Prices Fall',
    ]);
  });

  it('goes on past a file it cannot import, and fails at the end', async () => {
    const good = await write('good.txt', 'A Headline\n\nA body.');
    const bad = await write('photo.png', new Uint8Array([1, 2, 3]));
    const missing = path.join(scratch, 'missing.txt');
    const { code, stdout, stderr } = await dateline(
      'import',
      '--library',
      libraryDir,
      bad,
      missing,
      good,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/Imported .*good\.txt as "A Headline"/);
    expect(stderr).toContain(
      `Could not import ${bad}: Dateline can import plain text (.txt, .text, .md) and Word documents (.docx); photo.png is neither.`,
    );
    expect(stderr).toContain(`Could not import ${missing}: there is no such file.`);
  });

  it('prints one JSON array of outcomes with --json', async () => {
    const text = await write('ferry.txt', PAGE);
    const { code, stdout } = await dateline('import', '--json', '--library', libraryDir, text);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results).toEqual([
      expect.objectContaining({
        file: text,
        ok: true,
        article: expect.objectContaining({ headline: 'Ferry Service Resumes' }),
        report: expect.objectContaining({
          tickerHeadlines: ['Rains Arrive Early', 'Fuel Prices Fall'],
        }),
      }),
    ]);
  });

  it.skipIf(!existsSync(seedFile))('imports the seed page', async () => {
    const { code, stdout } = await dateline('import', '--library', libraryDir, seedFile);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'as "CHRC Rejects International Allegations of Deteriorating Human Rights"',
    );
    expect(stdout).toContain('Found: dateline Phnom Penh, English, 8 paragraphs, 0 related links.');
  });

  it('uses the library in the settings when --library is not given', async () => {
    await mkdir(userData, { recursive: true });
    await writeFile(
      path.join(userData, 'config.json'),
      JSON.stringify({ libraryPath: libraryDir }),
    );
    const text = await write('ferry.txt', PAGE);
    expect((await dateline('import', text)).code).toBe(0);
    const { code, stdout } = await dateline('list');
    expect(code).toBe(0);
    expect(stdout).toContain('Ferry Service Resumes');
  });
});

describe('dateline list and show', () => {
  it('lists articles as rows, or as a JSON array of summaries', async () => {
    await dateline('import', '--library', libraryDir, await write('ferry.txt', PAGE));
    const rows = await dateline('list', '--library', libraryDir);
    expect(rows.code).toBe(0);
    const lines = rows.stdout.split('\n');
    expect(lines).toHaveLength(2); // the sample article and the import
    expect(lines[0]).toMatch(
      /^[a-z0-9-]+ {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Draft {9} {2}Ferry Service Resumes$/,
    );

    const json = await dateline('list', '--library', libraryDir, '--json');
    const articles = JSON.parse(json.stdout);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toEqual(
      expect.objectContaining({
        headline: 'Ferry Service Resumes',
        status: 'draft',
        language: 'en',
        wordCount: 5,
        revision: 1,
      }),
    );
    expect(Object.keys(articles[0])).not.toContain('body');
  });

  it('shows an article as text or as its stored JSON', async () => {
    const imported = await dateline(
      'import',
      '--json',
      '--library',
      libraryDir,
      await write('ferry.txt', PAGE),
    );
    const id = JSON.parse(imported.stdout)[0].article.id as string;

    const text = await dateline('show', id, '--library', libraryDir);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      'Ferry Service Resumes',
      '=====================',
      '',
      'Dateline: PHNOM PENH, June 30 (Xinhua)   Byline: Sok Dara   Language: English   Status: Draft',
    ]);
    expect(text.stdout).toMatch(/\n\nThe crossing reopened on Sunday\.$/);

    const json = await dateline('show', id, '--json', '--library', libraryDir);
    const stored = JSON.parse(
      await readFile(path.join(libraryDir, 'articles', `${id}.json`), 'utf8'),
    );
    expect(JSON.parse(json.stdout)).toEqual(stored);
  });

  it('says so when an article or a library is not there', async () => {
    await dateline('list', '--library', libraryDir).then(({ code, stderr }) => {
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^There is no Dateline library at .*library \(it has no articles folder\)/,
      );
    });
    expect(existsSync(libraryDir)).toBe(false);

    await dateline('import', '--library', libraryDir, await write('a.txt', 'Headline'));
    const missing = await dateline(
      'show',
      'aaaaaaaa-0000-0000-0000-000000000000',
      '--library',
      libraryDir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^No article in the library at .* has an id starting with "a{8}-/,
    );
    const bad = await dateline('show', '../../etc/passwd', '--library', libraryDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('"../../etc/passwd" is not an article id; "dateline list" shows them.');
  });
});

describe('dateline usage', () => {
  it('prints help with exit code 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['import', '--help']]) {
      const { code, stdout } = await dateline(...argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: dateline <command> \[options\]/);
    }
  });

  it.each([
    [[], 'Say what to do: import, list, show, export or check.'],
    [
      ['publish'],
      '"publish" is not a Dateline command; the commands are import, list, show, export, check and desk.',
    ],
    [['export'], 'export needs --out, the folder to write into.'],
    [
      ['export', '--out', 'x', '--format', 'pdf'],
      '--format is one of page, fragment, text, ninjs (got "pdf").',
    ],
    [
      ['export', '--out', 'x', '--status', 'published'],
      '--status is one of draft, ready, edited, approved (got "published").',
    ],
    [['list', '--out', 'x'], '--out goes with export only.'],
    [['check', '--override'], '--override goes with export only.'],
    [['import'], 'import needs at least one file to import.'],
    [['show'], 'show needs exactly one article id.'],
    [['list', 'extra'], 'list takes no file or id (got "extra").'],
    [['list', '--add-to-ticker'], '--add-to-ticker goes with import only.'],
    [['list', '--library', ''], '--library needs a folder.'],
    [
      ['list', '--colour'],
      'Unknown option --colour. The options here are --library, --json and --help.',
    ],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const { code, stdout, stderr } = await dateline(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/Run "dateline --help" to see how to use it\.$/);
  });
});

describe('dateline check', () => {
  it('prints each problem with its article and exits 1 when any article has an error', async () => {
    const page = await write(
      'story.txt',
      'Ferry Service Resumes\n\nPrey Veng: The ferry  carried its first passengers.\n',
    );
    expect((await dateline('import', '--library', libraryDir, page)).code).toBe(0);
    const emptyFile = await write('empty.txt', 'Only A Headline\n');
    await dateline('import', '--library', libraryDir, emptyFile);

    const text = await dateline('check', '--library', libraryDir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Ferry Service Resumes');
    expect(text.stdout).toMatch(/warning +body: Paragraph 1 has a double space/);
    expect(text.stdout).toMatch(
      /Only A Headline \([a-z0-9-]+\)\n(?: .*\n)*? {2}error +body: The body is empty\./,
    );
    expect(text.stdout).toMatch(/3 articles checked: 1 error, \d+ warnings\./);

    const json = await dateline('check', '--library', libraryDir, '--json');
    const reports = JSON.parse(json.stdout) as {
      headline: string;
      errors: number;
      issues: { rule: string; code: string; message: string }[];
    }[];
    // Scripts read each problem's rule and code, and its English sentence as the text shows it.
    expect(reports.flatMap((report) => report.issues)).toContainEqual(
      expect.objectContaining({
        rule: 'body-empty',
        code: 'body-empty',
        message: 'The body is empty.',
      }),
    );
    expect(reports.map((report) => [report.headline, report.errors]).sort()).toEqual([
      ['Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season', 0],
      ['Ferry Service Resumes', 0],
      ['Only A Headline', 1],
    ]);
  });

  it('exits 0 when no article has an error, and refuses extra arguments', async () => {
    await dateline('list', '--library', libraryDir).catch(() => undefined);
    await mkdir(libraryDir, { recursive: true });
    await dateline(
      'import',
      '--library',
      libraryDir,
      await write('a.txt', 'A Headline\n\nSome text.\n'),
    );
    expect((await dateline('check', '--library', libraryDir)).code).toBe(0);
    expect((await dateline('check', 'extra', '--library', libraryDir)).code).toBe(2);
  });
});
