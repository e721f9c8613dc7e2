import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenize } from './search-index';

const khmerFixture = fileURLToPath(
  new URL('../../../shared/fixtures/khmer-article.txt', import.meta.url),
);

/** Each chunk between spaces and punctuation segmented on its own: the words the index wants. */
function wordsChunkByChunk(text: string): string[] {
  const segmenter = new Intl.Segmenter('km', { granularity: 'word' });
  return text
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .filter(Boolean)
    .flatMap((chunk) =>
      /[\u1780-\u17ff\u19e0-\u19ff]/.test(chunk)
        ? [...segmenter.segment(chunk)].filter((s) => s.isWordLike).map((s) => s.segment)
        : [chunk],
    );
}

describe('search words', () => {
  it.skipIf(!existsSync(khmerFixture))('splits the published Khmer article chunk by chunk', () => {
    const text = readFileSync(khmerFixture, 'utf8');
    expect(tokenize(text)).toEqual(wordsChunkByChunk(text));
    expect(tokenize(text).length).toBeGreaterThan(60);
  });

  it('gives the words of each chunk alone, whatever surrounds it', () => {
    // Khmer words, vowel signs and a coeng that could start a chunk, Khmer digits, zero-width
    // spaces, Latin words and digits, and the punctuation and spaces between them.
    const pieces = [
      'ភ្នំពេញ',
      'មាន',
      'ភ្លៀង',
      'ា',
      '្ក',
      '៩',
      '\u200b',
      'Phnom',
      '2023',
      ' ',
      '។',
      ',',
      '\n',
      'U.S',
    ];
    let state = 11;
    const pick = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return pieces[state % pieces.length]!;
    };
    for (let sample = 0; sample < 1_000; sample += 1) {
      const text = Array.from({ length: 1 + (sample % 30) }, pick).join('');
      expect([text, tokenize(text)]).toEqual([text, wordsChunkByChunk(text)]);
    }
  });
});
