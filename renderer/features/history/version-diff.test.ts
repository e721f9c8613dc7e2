import { describe, expect, it } from 'vitest';
import { diffVersions } from './version-diff';

const text = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text.trim())
    .join(' | ');

describe('diffVersions', () => {
  it('marks the words added and removed, and counts them', () => {
    const diff = diffVersions(
      'The council approved the market plan on Monday.',
      'The council rejected the market plan on Tuesday.',
      'en',
    );
    expect(text(diff.parts, 'removed')).toBe('approved | Monday');
    expect(text(diff.parts, 'added')).toBe('rejected | Tuesday');
    expect(diff).toMatchObject({ added: 2, removed: 2, byParagraph: false });
  });

  it('splits Khmer into words, so one changed word is one change', () => {
    // "The government approved the plan" → "The government rejected the plan".
    const diff = diffVersions('រដ្ឋាភិបាលបានអនុម័តផែនការ', 'រដ្ឋាភិបាលបានបដិសេធផែនការ', 'km');
    expect(text(diff.parts, 'same')).toBe('រដ្ឋាភិបាលបាន | ផែនការ');
    expect(text(diff.parts, 'removed')).toBe('អនុម័ត');
    expect(text(diff.parts, 'added')).toBe('បដិសេធ');
    expect(diff).toMatchObject({ added: 1, removed: 1 });
  });

  it('shortens a long unchanged stretch to its start and end', () => {
    const long = 'word '.repeat(500);
    const diff = diffVersions(`${long}old ending`, `${long}new ending`, 'en');
    const same = diff.parts.find((part) => part.kind === 'same')!;
    expect(same.text).toContain(' … ');
    expect(same.text.length).toBeLessThan(400);
  });
});
