import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article, type ArticleBody } from '../article';
import type { Ticker } from '../ticker';
import { englishPreflightMessage } from './english';
import { preflight } from './preflight';

const body = (...paragraphs: (string | { text: string; href: string })[]): ArticleBody => ({
  type: 'doc',
  content: paragraphs.map((item) =>
    typeof item === 'string'
      ? item
        ? { type: 'paragraph', content: [{ type: 'text', text: item }] }
        : { type: 'paragraph' }
      : {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: item.text,
              marks: [{ type: 'link', attrs: { href: item.href } }],
            },
          ],
        },
  ),
});

function article(change: Partial<Article> = {}): Article {
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'article-0001',
    revision: 3,
    headline: 'Ferry service resumes',
    standfirst: 'Crossings restart on Monday.',
    byline: 'Sok Dara',
    dateline: 'Prey Veng',
    status: 'approved',
    body: body('The ferry carried its first passengers at dawn.'),
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-21T01:00:00.000Z',
    ...change,
  };
}

const everything = { articleExists: () => true };
const rules = (a: Article, context = everything) =>
  preflight(a, context).issues.map((i) => `${i.severity}:${i.rule}`);

describe('preflight', () => {
  it('passes a finished, approved article', () => {
    expect(preflight(article(), everything)).toMatchObject({ errors: 0, warnings: 0, issues: [] });
  });

  it('stops on an empty headline and an empty body', () => {
    expect(rules(article({ headline: '  ', body: body('') }))).toEqual([
      'error:headline-empty',
      'error:body-empty',
    ]);
  });

  it('warns about what a desk would fix before publishing', () => {
    const report = preflight(
      article({
        headline: 'x'.repeat(71),
        standfirst: '',
        byline: '',
        dateline: '',
        status: 'edited',
        body: body('First  paragraph.', '', 'Last one.'),
      }),
      everything,
    );
    expect(report.issues.map((issue) => issue.rule)).toEqual([
      'headline-long',
      'standfirst-missing',
      'byline-missing',
      'dateline-missing',
      'double-space',
      'empty-paragraph',
      'not-approved',
    ]);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(7);
    const doubleSpace = report.issues.find((issue) => issue.rule === 'double-space');
    expect(doubleSpace).toMatchObject({
      field: 'body',
      position: 6,
      code: 'paragraph-double-space',
      values: { paragraph: 1, excerpt: 'First  paragraph.' },
    });
    expect(englishPreflightMessage(doubleSpace!)).toBe(
      'Paragraph 1 has a double space: “First  paragraph.”.',
    );
    const empty = report.issues.find((issue) => issue.rule === 'empty-paragraph');
    expect(empty).toMatchObject({ code: 'paragraph-empty', values: { paragraph: 2 } });
    expect(englishPreflightMessage(empty!)).toBe('Paragraph 2 is empty.');
    const headline = report.issues.find((issue) => issue.rule === 'headline-long');
    expect(headline).toMatchObject({
      code: 'headline-too-long',
      values: { length: 71, limit: 70 },
    });
    expect(englishPreflightMessage(headline!)).toBe(
      'The headline is 71 characters long; most sites show 70.',
    );
  });

  it('takes an empty table cell for a blank in the table, and still warns of an empty paragraph', () => {
    const cell = (text: string) => ({
      type: 'tableCell',
      attrs: { colspan: 1, rowspan: 1 },
      content: [
        text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
      ],
    });
    const withTable: ArticleBody = {
      type: 'doc',
      content: [
        ...body('Ferries leave twice a day.').content!,
        {
          type: 'table',
          attrs: { caption: null },
          content: [{ type: 'tableRow', content: [cell('Prek Kdam'), cell('')] }],
        },
        { type: 'paragraph' },
        ...body('Tickets are sold on board.').content!,
      ],
    };
    const empty = preflight(article({ body: withTable }), everything).issues.filter(
      (issue) => issue.rule === 'empty-paragraph',
    );
    expect(empty.map((issue) => issue.values)).toEqual([{ paragraph: 4 }]);
  });

  it('says where a standfirst is too long', () => {
    expect(rules(article({ standfirst: 'word '.repeat(40) }))).toEqual(['warning:standfirst-long']);
  });

  it('stops on links that are not web or email addresses, in the body and in related news', () => {
    const report = preflight(
      article({
        body: body({ text: 'bad', href: 'javascript:alert(1)' }),
        related: [
          {
            id: 'rel-000001',
            title: 'Old',
            titleEdited: true,
            target: { kind: 'url', url: 'ftp://example.org/' },
          },
        ],
      }),
      everything,
    );
    expect(report.issues.map((i) => [i.rule, i.field, i.code])).toEqual([
      ['link-scheme', 'body', 'paragraph-link-scheme'],
      ['link-scheme', 'related', 'related-link-scheme'],
    ]);
    expect(report.issues.map(englishPreflightMessage)).toEqual([
      'Paragraph 1 links to “javascript:alert(1)”, which is not a web or email address.',
      'Related link 1 (“Old”) is not a web address.',
    ]);
    expect(report.errors).toBe(2);
  });

  it('stops on a related link to an article that was deleted', () => {
    const withLink = article({
      related: [
        {
          id: 'rel-000002',
          title: 'Gone',
          titleEdited: false,
          target: { kind: 'article', articleId: 'missing-0001' },
        },
      ],
    });
    const report = preflight(withLink, { articleExists: (id) => id !== 'missing-0001' });
    expect(report.issues).toEqual([
      expect.objectContaining({
        rule: 'related-deleted',
        index: 0,
        code: 'related-deleted',
        values: { number: 1, title: 'Gone' },
      }),
    ]);
    expect(englishPreflightMessage(report.issues[0]!)).toBe(
      'Related link 1 (“Gone”) points to an article that is no longer in the library.',
    );
  });

  it('warns about ticker items over 90 characters', () => {
    const ticker: Ticker = {
      schemaVersion: 1,
      revision: 1,
      updatedAt: '2026-11-21T01:00:00.000Z',
      items: [
        { id: 'tick-00001', text: 'Short one', breaking: false },
        { id: 'tick-00002', text: 'y'.repeat(95), breaking: false },
      ],
    };
    const issues = preflight(article(), { ...everything, ticker }).issues;
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'ticker-long', field: 'ticker', index: 1 }),
    ]);
    expect(englishPreflightMessage(issues[0]!)).toBe(
      `Ticker item 2 is 95 characters long (“${'y'.repeat(40)}…”); keep it under 90.`,
    );
  });
});
