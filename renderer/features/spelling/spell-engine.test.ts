// The checker the spelling worker runs, against the real US and UK dictionaries.
import english from 'dictionary-en';
import british from 'dictionary-en-gb';
import { describe, expect, it } from 'vitest';
import { createSpellEngine } from './spell-engine';
import { findWords } from './spell-words';
import { spellingVariantFor } from './spelling-variant';

const text = new TextDecoder();
function dictionary(name: 'dictionary-en' | 'dictionary-en-gb') {
  const files = name === 'dictionary-en' ? english : british;
  return createSpellEngine(text.decode(files.aff), text.decode(files.dic));
}
const us = dictionary('dictionary-en');
const uk = dictionary('dictionary-en-gb');

describe('the spelling engine', () => {
  it('knows US and UK spellings apart', () => {
    expect(us.isCorrect('color')).toBe(true);
    expect(us.isCorrect('colour')).toBe(false);
    expect(uk.isCorrect('colour')).toBe(true);
    expect(uk.isCorrect('color')).toBe(false);
  });

  it('finds a misspelling and suggests the word meant', () => {
    expect(us.isCorrect('recieve')).toBe(false);
    expect(us.suggest('recieve')).toContain('receive');
  });

  it('reads curly apostrophes as the dictionary’s straight ones', () => {
    expect(us.isCorrect('don’t')).toBe(true);
    expect(us.isCorrect('doesn’t')).toBe(true);
  });

  it('accepts the newsroom’s names, in a headline’s capitals and with a possessive', () => {
    const engine = dictionary('dictionary-en');
    expect(engine.isCorrect('Sokhom')).toBe(false);
    engine.setNewsroomWords(['Sokhom', 'Kampot']);
    expect(engine.isCorrect('Sokhom')).toBe(true);
    expect(engine.isCorrect('SOKHOM')).toBe(true);
    expect(engine.isCorrect('Sokhom’s')).toBe(true);
    expect(engine.suggest('Sokhm')[0]).toBe('Sokhom');
    engine.setNewsroomWords(['Kampot']);
    expect(engine.isCorrect('Sokhom')).toBe(false);
    expect(engine.isCorrect('Kampot')).toBe(true);
  });

  it('never forgets a dictionary word that was also on the newsroom’s list', () => {
    const engine = dictionary('dictionary-en');
    engine.setNewsroomWords(['river']);
    engine.setNewsroomWords([]);
    expect(engine.isCorrect('river')).toBe(true);
  });
});

describe('the words worth checking', () => {
  it('skips Khmer, numbers, addresses and abbreviations', () => {
    const text =
      'Teh ក្រសួង said COVID19 and UNESCO at https://exmaple.org or nobdy@example.com, 3rd.';
    expect(findWords(text).map((found) => found.word)).toEqual(['Teh', 'said', 'and', 'at', 'or']);
  });

  it('keeps each word’s place in the text', () => {
    const [found] = findWords('  Sokhom’s book');
    expect(found).toEqual({ word: 'Sokhom’s', start: 2, end: 10 });
  });
});

describe('the dictionary an article is checked with', () => {
  it('follows the article’s language, then the publication’s choice', () => {
    expect(spellingVariantFor('en-GB')).toBe('uk');
    expect(spellingVariantFor('en-US', 'uk')).toBe('us');
    expect(spellingVariantFor('en', 'uk')).toBe('uk');
    expect(spellingVariantFor('en')).toBe('us');
    expect(spellingVariantFor('km')).toBeNull();
  });
});
