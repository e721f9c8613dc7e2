// @vitest-environment happy-dom
// A page pasted into an empty article fills the fields from the HTML's blocks, and its body keeps
// the formatting the plain text beside it has lost.
import { describe, expect, it } from 'vitest';
import { clipboardHtml, clipboardText } from '../../../test-support/clipboards';
import { measureBody } from '../../../test-support/clipboards/measure-body';
import { looksLikePage, readPastedPage } from './page-paste';

function paste(name: string) {
  const clipboard = { html: clipboardHtml(name), text: clipboardText(name) };
  expect(looksLikePage(clipboard.text)).toBe(true);
  const page = readPastedPage(clipboard);
  return { page, body: measureBody(page.fields.body) };
}

describe('a pasted page with HTML', () => {
  it('from Word keeps the title as the headline and the rest with its formatting', () => {
    const { page, body } = paste('word-windows-story');
    expect(page.fields.headline).toBe('Commune Council Results Announced in Three Provinces');
    expect(page.fields.dateline).toMatch(/phnom penh/i);
    expect(body.headings.map((heading) => heading.text)).toEqual([
      'How the Provinces Voted',
      'What Happens Next',
      'Observers',
    ]);
    expect(body.listItems).toBe(2);
    expect(body.bold).toEqual([
      'provisional results',
      '84 percent',
      'Province',
      'Turnout',
      'ten days',
    ]);
    expect(body.tableRows).toBe(3);
  });

  it('from Google Docs finds the byline and dateline and keeps nested lists and bold', () => {
    const { page, body } = paste('google-docs-story');
    expect(page.fields.headline).toBe('Dry Season Water Plan Approved for Battambang');
    expect(page.fields.byline).toBe('Chan Dara');
    expect(page.fields.dateline).toBe('Battambang');
    expect(body).toMatchObject({ listItems: 4, listDepth: 2, orderedStarts: [1] });
    expect(body.bold).toEqual(['dry season water plan', 'seed beds first', 'half']);
    expect(body.italic).toEqual(['twelve']);
    expect(body.headings).toEqual([{ level: 2, text: 'Reservoir Levels' }]);
  });

  it('from a web page reads the ticker, headline, dateline and related links', () => {
    const { page, body } = paste('web-page');
    expect(page.report.tickerHeadlines).toHaveLength(3);
    expect(page.fields.headline).toBe('Ministry Opens Registration for Scholarship Exams');
    expect(page.fields.dateline).toBe('Phnom Penh');
    expect(page.fields.related.map((link) => link.title)).toEqual([
      'National Exam Results Published',
      'School Year to Start in November',
    ]);
    expect(body).toMatchObject({ listItems: 5, listDepth: 2, hardBreaks: 1 });
    expect(body.bold).toEqual(['2,000 university scholarships', 'grade of B or higher']);
    expect(body.headings).toEqual([{ level: 2, text: 'Where to Apply' }]);
    expect(body.links).toEqual(['https://www.moeys.gov.kh/scholarships']);
  });

  it('falls back to the plain text when the HTML holds no blocks', () => {
    const text = 'Headline\n\nPhnom Penh: First paragraph.\n\nSecond paragraph.';
    const page = readPastedPage({ text, html: '<span>Headline First paragraph.</span>' });
    expect(page.fields.headline).toBe('Headline');
    expect(page.fields.dateline).toBe('Phnom Penh');
  });
});
