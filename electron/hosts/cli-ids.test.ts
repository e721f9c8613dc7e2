// Naming articles by the first characters of their ids, and "did you mean" for slips of the
// keyboard, as a reporter types them.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../services/library';
import { runCli } from './cli-run';
import { editDistance } from './cli-suggest';

let scratch: string;
let libraryDir: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-ids-'));
  libraryDir = path.join(scratch, 'library');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function dateline(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    { userData: path.join(scratch, 'user-data') },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A library whose articles' ids share their first characters, as ids by chance sometimes do. */
async function libraryWithIds(ids: Record<string, string>): Promise<void> {
  const library = await Library.open(libraryDir);
  for (const [id, headline] of Object.entries(ids)) await library.create({ headline }, id);
}

describe('articles named by the start of their id', () => {
  beforeEach(async () => {
    await libraryWithIds({
      'abcd1111-0000-4000-8000-000000000001': 'Ferry Service Resumes',
      'abcd2222-0000-4000-8000-000000000002': 'Rice Prices Rise',
      'ef012345-0000-4000-8000-000000000003': 'Floods Recede',
    });
  });

  it('shows the one article a prefix names', async () => {
    const { code, stdout, stderr } = await dateline('show', 'EF01', '--library', libraryDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Floods Recede');
  });

  it('lists the articles an ambiguous prefix matches, with their headlines', async () => {
    const { code, stdout, stderr } = await dateline('show', 'abcd', '--library', libraryDir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      `"abcd" is the start of 2 articles' ids; give more of it:`,
      '  abcd1111-0000-4000-8000-000000000001  Ferry Service Resumes',
      '  abcd2222-0000-4000-8000-000000000002  Rice Prices Rise',
    ]);
  });

  it('says when no article matches, and when a prefix is too short', async () => {
    const none = await dateline('show', 'beef', '--library', libraryDir);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      `No article in the library at ${libraryDir} has an id starting with "beef"; "dateline list" shows them.`,
    );
    const short = await dateline('show', 'ef0', '--library', libraryDir);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(
      /^"ef0" is too short to name an article: give at least 4 characters/,
    );
  });

  it('exports the articles named by prefixes, whatever their status', async () => {
    const out = path.join(scratch, 'out');
    const { code, stdout, stderr } = await dateline(
      'export',
      'abcd2',
      'ef01',
      '--library',
      libraryDir,
      '--out',
      out,
      '--format',
      'text',
      '--override',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote 2 articles to /);
    expect(stdout).toContain('Rice Prices Rise');
    expect(stdout).toContain('Floods Recede');
    expect(stdout).not.toContain('Ferry Service Resumes');
    const ambiguous = await dateline('export', 'abcd', '--library', libraryDir, '--out', out);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('Ferry Service Resumes');
  });
});

describe('did you mean', () => {
  it.each([
    [['list', '--libary', 'x'], 'Unknown option --libary. Did you mean --library?'],
    [['list', '--libary=x'], 'Unknown option --libary. Did you mean --library?'],
    [['export', '--otu', 'x'], 'Unknown option --otu. Did you mean --out?'],
    [
      ['import', '--add-to-tikcer', 'a.txt'],
      'Unknown option --add-to-tikcer. Did you mean --add-to-ticker?',
    ],
    [['list', '-library', 'x'], 'Unknown option -library. Did you mean --library?'],
    [['lsit'], '"lsit" is not a Dateline command. Did you mean list?'],
    [['--library', 'x', 'exprot'], '"exprot" is not a Dateline command. Did you mean export?'],
    [['chekc'], '"chekc" is not a Dateline command. Did you mean check?'],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await dateline(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('counts a swap of two letters as one slip', () => {
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('libary', 'library')).toBe(1);
    expect(editDistance('publish', 'list')).toBeGreaterThan(2);
  });
});
