// A library row's words: the byline and the standfirst's first line travel in the summary.
import { describe, expect, it } from 'vitest';
import { emptyFields, firstLine, summarize, type Article } from './article';

describe('an article’s summary', () => {
  it('carries the byline and the standfirst’s first line', () => {
    const article = {
      ...emptyFields(),
      id: 'a1',
      revision: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      headline: 'Floods reach Kratie',
      byline: 'Sok Dara',
      standfirst: '  The river rose overnight.\nMore to follow.',
    } as Article;
    expect(summarize(article, 0)).toMatchObject({
      byline: 'Sok Dara',
      standfirstLine: 'The river rose overnight.',
    });
  });

  it('cuts a long first line at a word, with an ellipsis', () => {
    const line = firstLine(`${'word '.repeat(60)}end`, 40);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(41);
    expect(line).not.toMatch(/wor…$/);
  });
});
