import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countCharacters, countText, countWords, countWordsBySegmenter } from './counts';

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
    // "Phnom Penh today it rains." written as Khmer does, with no spaces.
    const khmer = 'ភ្នំពេញថ្ងៃនេះមានភ្លៀង។';
    const words = countWords(khmer, 'km');
    expect(words).toBeGreaterThanOrEqual(4);
    expect(words).toBeLessThanOrEqual(6);
    expect(countWords(khmer.replaceAll('', ''), 'km')).toBe(words);
  });

  it('counts a Khmer consonant with its vowel signs as one character', () => {
    expect(countCharacters('ពេ')).toBe(1);
    expect(countCharacters('ភ្នំ')).toBeLessThan('ភ្នំ'.length);
    expect(countCharacters('Penh')).toBe(4);
    expect(countCharacters('👍🏽')).toBe(1);
  });

  it('gives reading time in whole minutes, at least one for any text', () => {
    expect(countText('word '.repeat(460)).readingMinutes).toBe(2);
    expect(countText('One word').readingMinutes).toBe(1);
    expect(countText('').readingMinutes).toBe(0);
  });

  it.skipIf(!existsSync(khmerFixture))(
    'counts the published Khmer article far above its space-separated chunks',
    () => {
      const text = readFileSync(khmerFixture, 'utf8');
      const spaceSeparated = text.split(/\s+/).filter(Boolean).length;
      const words = countWords(text, 'km');
      expect(words).toBeGreaterThan(spaceSeparated * 2);
    },
  );

  it.each([
    'Phnom Penh: Mr. Keo Remy, President of the Commission, spoke on December 22, 2023.',
    "The U.S. and the E.U. didn't agree; talks resume at 10:30 on the 3rd.",
    'Prices rose 1,200.50 riel (3.5%) — a solar-powered pump costs $1,500.',
    'Café owners’ co-operative: naïve “quotes” and e-mail addresses like desk@example.org.',
    'Line one\nLine two\n\n  trailing   spaces  ',
    'snake_case words, 2nd-place finishers, and #hashtags @handles',
  ])('counts %j as the segmenter does', (text) => {
    expect(countWords(text)).toBe(countWordsBySegmenter(text));
  });

  it.skipIf(!existsSync(seedFixture))(
    'counts the published English article as the segmenter does',
    () => {
      const text = readFileSync(seedFixture, 'utf8');
      expect(countWords(text)).toBe(countWordsBySegmenter(text));
    },
  );
});
