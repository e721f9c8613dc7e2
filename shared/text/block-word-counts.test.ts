import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../article';
import { BlockWordCounts } from './block-word-counts';
import { countWords } from './counts';
import { docToPlainText } from './doc-text';

// The shared fixtures sit beside the project's folder.
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

const paragraph = (text: string): TipTapNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});
const doc = (...blocks: TipTapNode[]): ArticleBody => ({ type: 'doc', content: blocks });

/** A fixture's lines as the paragraphs of a body. */
function fixtureBody(name: string): ArticleBody {
  const text = readFileSync(`${fixtures}${name}`, 'utf8');
  return doc(...text.split('\n').map(paragraph));
}

/** What the whole plain text counts: the figure the block counts must always give. */
const whole = (body: ArticleBody, language: string) => countWords(docToPlainText(body), language);

describe('BlockWordCounts', () => {
  // Run where the shared pages are beside the project, as the other tests of them are.
  for (const [name, language] of [
    ['seed-article.txt', 'en'],
    ['khmer-article.txt', 'km'],
  ] as const) {
    it.skipIf(!existsSync(`${fixtures}${name}`))(
      `gives the whole text’s count for the shared page ${name}`,
      () => {
        const body = fixtureBody(name);
        const counts = new BlockWordCounts();
        expect(counts.count('page', body, language)).toBe(whole(body, language));
        expect(whole(body, language)).toBeGreaterThan(50);
      },
    );
  }

  it('counts every block the dictionary way once any block is Khmer, as the whole text is', () => {
    // The segmenter splits "H₂O" and "v1.2" where the spaced scan does not: an English block is
    // counted as in the whole text only if every block is counted the whole text's way.
    const english = doc(paragraph('H₂O tests of v1.2 pumps.'), paragraph('Talks went on.'));
    const mixed = doc(...english.content!, paragraph('ភ្នំពេញថ្ងៃនេះមានភ្លៀង។'));
    const counts = new BlockWordCounts();

    expect(counts.count('a', english, 'km')).toBe(whole(english, 'km'));
    expect(counts.count('a', mixed, 'km')).toBe(whole(mixed, 'km'));
    expect(counts.count('a', english, 'km')).toBe(whole(english, 'km'));
  });

  it('follows edits, repeated paragraphs, line breaks, lists and headings save after save', () => {
    const counts = new BlockWordCounts();
    const list: TipTapNode = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('Rice, 1,200.50 riel a kilo')] }],
    };
    const withBreak: TipTapNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Kampot' },
        { type: 'hardBreak' },
        { type: 'text', text: 'pepper' },
      ],
    };
    const heading: TipTapNode = { type: 'heading', content: [{ type: 'text', text: 'Markets' }] };
    const saves = [
      doc(heading, paragraph('Farmers harvest early.'), list),
      doc(heading, paragraph('Farmers harvest early.'), paragraph('Farmers harvest early.')),
      doc(heading, paragraph('Farmers harvest early this year.'), withBreak, paragraph('')),
      doc(withBreak),
      doc(),
    ];
    for (const body of saves) {
      expect(counts.count('a', body, 'en')).toBe(whole(body, 'en'));
    }
  });

  it('keeps each article’s counts apart, and a language change counts again', () => {
    const counts = new BlockWordCounts(1);
    const one = doc(paragraph('ភ្នំពេញ Phnom Penh'));

    expect(counts.count('a', one, 'km')).toBe(whole(one, 'km'));
    expect(counts.count('b', doc(paragraph('Siem Reap')), 'en')).toBe(2);
    expect(counts.count('a', one, 'en')).toBe(whole(one, 'en'));
  });
});
