// The newsroom's words on disk: read, added to, replaced, and what a hand-edited file holds.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNewsroomWord,
  readNewsroomWords,
  saveNewsroomWords,
  WORDS_FILE,
} from './newsroom-words';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-words-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the newsroom’s words', () => {
  it('start empty in a library without a list', async () => {
    expect(await readNewsroomWords(root)).toEqual([]);
  });

  it('are kept sorted, one a line, in words.txt at the library’s root', async () => {
    await saveNewsroomWords(root, ['Sokhom', 'Kampot', ' Sokhom ', 'Phnom Penh']);
    const text = await readFile(path.join(root, WORDS_FILE), 'utf8');
    expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      'Kampot',
      'Penh',
      'Phnom',
      'Sokhom',
    ]);
    expect(await readNewsroomWords(root)).toEqual(['Kampot', 'Penh', 'Phnom', 'Sokhom']);
  });

  it('take additions made at the same moment, none lost', async () => {
    await Promise.all(['Takeo', 'Kep', 'Pursat', 'Kratie'].map((w) => addNewsroomWord(root, w)));
    expect(await readNewsroomWords(root)).toEqual(['Kep', 'Kratie', 'Pursat', 'Takeo']);
  });

  it('read a list edited by hand, notes and blank lines left out', async () => {
    await writeFile(path.join(root, WORDS_FILE), '# names\r\nSihanoukville\r\n\r\n  Mondulkiri\n');
    expect(await addNewsroomWord(root, 'Ratanakiri')).toEqual([
      'Mondulkiri',
      'Ratanakiri',
      'Sihanoukville',
    ]);
  });
});
