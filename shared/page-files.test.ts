import { describe, expect, it } from 'vitest';
import { editionFileNames, pageFileName } from './page-files';

const article = (id: string, headline: string, createdAt = '2026-12-01T00:00:00.000Z') => ({
  id,
  headline,
  createdAt,
});

describe('pageFileName', () => {
  it('names a Khmer page by its headline, not its id', () => {
    const name = pageFileName(article('a0329def-1', 'សម្ដេចតេជោ៖ បញ្ជីគណៈរដ្ឋមន្ត្រីថ្មី'));
    expect(name).toBe('សម្ដេចតេជោ-បញ្ជីគណៈរដ្ឋមន្ត្រីថ្មី.html');
    expect(name).not.toContain('a0329def');
  });

  it('takes the format suffix', () => {
    expect(pageFileName(article('x', 'Rain Falls'), '.ninjs.json')).toBe('rain-falls.ninjs.json');
  });
});

describe('editionFileNames', () => {
  it('numbers repeats in the order the articles were written and keeps reserved names free', () => {
    const names = editionFileNames(
      [
        article('b', 'ភ្លៀង', '2026-12-02T00:00:00.000Z'),
        article('a', 'ភ្លៀង', '2026-12-01T00:00:00.000Z'),
        article('c', 'Index', '2026-12-03T00:00:00.000Z'),
      ],
      '.html',
      ['index', 'ticker'],
    );
    expect(Object.fromEntries(names)).toEqual({
      a: 'ភ្លៀង.html',
      b: 'ភ្លៀង-2.html',
      c: 'index-2.html',
    });
  });
});
