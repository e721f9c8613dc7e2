import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countCharacters,
  countText,
  countWords,
  countWordsByPattern,
  countWordsBySegmenter,
} from './counts';

// The shared fixtures sit beside the project's folder.
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const khmerFixture = `${fixtures}khmer-article.txt`;
const seedFixture = `${fixtures}seed-article.txt`;

describe('counts', () => {
  it('counts English words, ignoring punctuation and numbers glued to words', () => {
    expect(countWords('Phnom Penh: Mr. Keo Remy, President of the Commission, spoke.')).toBe(10);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\n  ')).toBe(0);
  });

  it('counts Khmer words although Khmer puts no spaces between them', () => {
    // "Phnom Penh today it rains." as Khmer writes it: ភ្នំពេញ | ថ្ងៃនេះ | មាន | ភ្លៀង, no spaces.
    const khmer = 'ភ្នំពេញថ្ងៃនេះមានភ្លៀង។';
    expect(countWords(khmer, 'km')).toBe(4);
    // Some writers mark word breaks with zero-width spaces; they change nothing.
    expect(countWords('ភ្នំពេញ\u200bថ្ងៃនេះ\u200bមាន\u200bភ្លៀង។', 'km')).toBe(4);
    expect(countWords('Phnom Penh ភ្នំពេញ 2023', 'km')).toBe(4);
    expect(countWords('ថ្ងៃទី៩ ធ្នូនេះ', 'km')).toBe(3);
  });

  it('counts characters as a reader sees them, by Unicode’s grapheme rules', () => {
    expect(countCharacters('ពេ')).toBe(1);
    // A subscript consonant (coeng) starts a new cluster in Unicode's rules: ភ្ + នំ.
    expect(countCharacters('ភ្នំ')).toBe(2);
    expect(countCharacters('ភ្នំពេញ')).toBe(4);
    expect(countCharacters('Penh')).toBe(4);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('🇰🇭')).toBe(1);
    expect(countCharacters('Cafe\u0301')).toBe(4);
    expect(countCharacters('')).toBe(0);
  });

  it('gives reading time in whole minutes, at least one for any text', () => {
    expect(countText('word '.repeat(460)).readingMinutes).toBe(2);
    expect(countText('One word').readingMinutes).toBe(1);
    expect(countText('').readingMinutes).toBe(0);
  });

  // The segmenter's split of the published article, read word by word, with Node 24.9's ICU
  // 77.1: its dictionary splits ព្រលានយន្តហោះ ("airport") in four and "Related News" is two.
  it.skipIf(!existsSync(khmerFixture))('counts the published Khmer article exactly', () => {
    const text = readFileSync(khmerFixture, 'utf8');
    expect(countWords(text, 'km')).toBe(98);
    expect(countCharacters(text)).toBe(361);
    // Far above its 35 space-separated chunks: the count does not split on spaces.
    expect(text.split(/\s+/).filter(Boolean)).toHaveLength(35);
  });

  it.each([
    ['Phnom Penh: Mr. Keo Remy, President of the Commission, spoke on December 22, 2023.', 14],
    // U.S | E.U | didn't | 10 | 30 | 3rd: a colon joins letters, not digits.
    ["The U.S. and the E.U. didn't agree; talks resume at 10:30 on the 3rd.", 15],
    // 1,200.50 | 3.5 | solar | powered | 1,500
    ['Prices rose 1,200.50 riel (3.5%) — a solar-powered pump costs $1,500.', 11],
    // owners | co | operative | e | mail | desk | example.org
    ['Café owners’ co-operative: naïve “quotes” and e-mail addresses like desk@example.org.', 13],
    ['Line one\nLine two\n\n  trailing   spaces  ', 6],
    // snake_case | 2nd | place | hashtags | handles
    ['snake_case words, 2nd-place finishers, and #hashtags @handles', 8],
    ['', 0],
    ['  \n\n  ', 0],
    ['— … !', 0],
  ])('counts %j as %i words, as the segmenter does', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWordsBySegmenter(text)).toBe(words);
  });

  it.skipIf(!existsSync(seedFixture))('counts the published English article exactly', () => {
    const text = readFileSync(seedFixture, 'utf8');
    expect(countWords(text)).toBe(423);
    expect(countWordsBySegmenter(text)).toBe(423);
  });

  it('counts as the word pattern does, whatever the mix of letters, digits and joiners', () => {
    // Letters, marks, digits of several scripts, underscores, every joiner, spaces, symbols, a
    // letter and a digit past U+FFFF and a lone surrogate.
    const pieces = [
      ..."aZ9_ \n'’.:·,;-@$%",
      'é',
      'e\u0301',
      'ß',
      'Ж',
      'ω',
      '٣',
      'क्षि',
      '\u203f',
      '\u00a0',
      '𝐀',
      '𝟘',
      '\ud800',
      '—',
      '²',
    ];
    let state = 7;
    const pick = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return pieces[state % pieces.length]!;
    };
    for (let sample = 0; sample < 2_000; sample += 1) {
      const text = Array.from({ length: 1 + (sample % 40) }, pick).join('');
      expect([text, countWords(text)]).toEqual([text, countWordsByPattern(text)]);
    }
  });
});
