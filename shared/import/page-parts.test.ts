import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { normalizeText } from './normalize-text';
import { parseTickerLine } from './ticker-line';

describe('parseTickerLine', () => {
  it('splits headlines on bars, with or without a closing bar', () => {
    expect(parseTickerLine('One Story | Two Story |')).toEqual(['One Story', 'Two Story']);
    expect(parseTickerLine(' One Story | Two Story ')).toEqual(['One Story', 'Two Story']);
    expect(parseTickerLine('Only Story |')).toEqual(['Only Story']);
  });

  it('does not take a line that merely contains a bar', () => {
    expect(parseTickerLine('Headline')).toBeUndefined();
    expect(parseTickerLine('Ratio a|b rose')).toBeUndefined();
    expect(parseTickerLine(`${'x'.repeat(400)} | y |`)).toBeUndefined();
    expect(parseTickerLine(' | ')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('calls Khmer text Khmer, and anything else English', () => {
    expect(detectLanguage('ភ្នំពេញ ៖ សម្ដេច')).toBe('km');
    expect(detectLanguage('Phnom Penh: the minister')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('A long English story quoting one title: ភ្នំពេញ, nothing more.')).toBe(
      'en',
    );
  });
});

describe('normalizeText', () => {
  it('drops a byte-order mark and unifies line endings', () => {
    expect(normalizeText('\ufeffa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeText('a\ufeffb')).toBe('a\ufeffb');
  });
});
