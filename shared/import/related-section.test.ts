import { describe, expect, it } from 'vitest';
import { isRelatedHeading, readRelatedLines, type RelatedLine } from './related-section';

const line = (text: string, href?: string): RelatedLine => ({
  text,
  nodes: [{ type: 'text', text }],
  ...(href ? { href } : {}),
});
const targets = (lines: RelatedLine[], find?: (title: string) => string | undefined) =>
  readRelatedLines(lines, find).links.map(({ title, target }) => ({ title, target }));

describe('isRelatedHeading', () => {
  it.each(['Related News', 'RELATED NEWS', 'Related News:', 'Related stories', 'ព័ត៌មានពាក់ព័ន្ធ'])(
    'knows %j',
    (text) => expect(isRelatedHeading(text)).toBe(true),
  );
  it.each(['Related News About Rice', 'News', ''])('does not take %j', (text) =>
    expect(isRelatedHeading(text)).toBe(false),
  );
});

describe('readRelatedLines', () => {
  it('reads "Title - address", "Title (address)" and a bare address', () => {
    expect(
      targets([
        line('Dam Opens - https://example.org/dam'),
        line('Bridge Closes (http://example.org/bridge)'),
        line('https://example.org/only'),
      ]),
    ).toEqual([
      { title: 'Dam Opens', target: { kind: 'url', url: 'https://example.org/dam' } },
      { title: 'Bridge Closes', target: { kind: 'url', url: 'http://example.org/bridge' } },
      {
        title: 'https://example.org/only',
        target: { kind: 'url', url: 'https://example.org/only' },
      },
    ]);
  });

  it('keeps a title made of emoji alone', () => {
    // Found by the export-then-import property: export wrote the title, import dropped it.
    expect(
      targets([line('😀 - http://a0.org/'), line('🇰🇭 🌾 - https://example.org/rice')]),
    ).toEqual([
      { title: '😀', target: { kind: 'url', url: 'http://a0.org/' } },
      { title: '🇰🇭 🌾', target: { kind: 'url', url: 'https://example.org/rice' } },
    ]);
  });

  it('pairs a title line with the address line under it', () => {
    expect(targets([line('Dam Opens'), line('https://example.org/dam')])).toEqual([
      { title: 'Dam Opens', target: { kind: 'url', url: 'https://example.org/dam' } },
    ]);
  });

  it('takes the address from a link on the line, as Word documents carry it', () => {
    expect(targets([line('Dam Opens', 'https://example.org/dam')])).toEqual([
      { title: 'Dam Opens', target: { kind: 'url', url: 'https://example.org/dam' } },
    ]);
  });

  it('asks the library about titles without an address, and keeps the rest', () => {
    const reading = readRelatedLines([line('Known Story'), line('Unknown Story')], (title) =>
      title === 'Known Story' ? 'known-story-id' : undefined,
    );
    expect(reading.links).toEqual([
      expect.objectContaining({
        title: 'Known Story',
        titleEdited: false,
        target: { kind: 'article', articleId: 'known-story-id' },
      }),
    ]);
    expect(reading.leftover.map((kept) => kept.text)).toEqual(['Unknown Story']);
    expect(reading.unmatchedTitles).toEqual(['Unknown Story']);
  });

  it('never links to an address that is not a web page', () => {
    const reading = readRelatedLines([
      line('Click', 'javascript:alert(1)'),
      line('Mail - mailto:desk@example.org'),
      line('Data - data:text/html,<b>x</b>'),
    ]);
    expect(reading.links).toEqual([]);
    expect(reading.leftover).toHaveLength(3);
  });

  it('keeps lines past the fiftieth link in the body', () => {
    const lines = Array.from({ length: 55 }, (_, i) =>
      line(`Story ${i} - https://example.org/${i}`),
    );
    const reading = readRelatedLines(lines);
    expect(reading.links).toHaveLength(50);
    expect(reading.leftover).toHaveLength(5);
  });
});
