import { describe, expect, it } from 'vitest';
import { RelatedLinkSchema, type RelatedLink } from './article';
import {
  RELATED_LIMIT,
  applyRelatedEdit,
  checkNewRelatedLink,
  checkRelatedTitle,
  checkRelatedUrl,
  moveRelatedLink,
  newArticleLink,
  newUrlLink,
  normaliseUrlForComparison,
  resolveRelatedLink,
  withCurrentHeadlines,
} from './related';
import { testSummary } from '../test-support/shared/sample-articles';

const SELF = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER = 'bbbbbbbb-0000-4000-8000-000000000002';
const THIRD = 'cccccccc-0000-4000-8000-000000000003';

const summary = (id: string, headline: string) => testSummary(id, { headline, status: 'ready' });

const articleLink = (articleId: string, title = 'Old headline', titleEdited = false) =>
  ({
    id: `link-${articleId.slice(0, 8)}`,
    title,
    titleEdited,
    target: { kind: 'article', articleId },
  }) satisfies RelatedLink;

const urlLink = (url: string, title = 'Outside report'): RelatedLink => ({
  id: 'link-url-1',
  title,
  titleEdited: true,
  target: { kind: 'url', url },
});

describe('checkRelatedUrl', () => {
  it.each([
    ['https://www.khmertimeskh.com/501/', 'https://www.khmertimeskh.com/501/'],
    ['  http://example.org/a?b=c#d ', 'http://example.org/a?b=c#d'],
    ['HTTPS://Example.ORG/Report', 'https://example.org/Report'],
    ['example.org/news', 'https://example.org/news'],
    ['example.org:8080/news', 'https://example.org:8080/news'],
  ])('accepts %j as %j', (input, url) => expect(checkRelatedUrl(input)).toEqual({ ok: true, url }));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'javascript:1',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'mailto:desk@example.org',
    'desk@example.org',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'vbscript:msgbox(1)',
  ])('refuses %j, saying only web addresses are allowed', (input) => {
    const result = checkRelatedUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/http|spaces or invisible/);
  });

  it('refuses empty input, addresses with credentials, spaces and over-long addresses', () => {
    expect(checkRelatedUrl('  ')).toEqual({
      ok: false,
      message: 'Type or paste a web address.',
      problem: 'empty',
    });
    expect(checkRelatedUrl('https://ministry.gov.kh@example.net/').ok).toBe(false);
    expect(checkRelatedUrl('https://example.org/a page').ok).toBe(false);
    expect(checkRelatedUrl('http://').ok).toBe(false);
    expect(checkRelatedUrl(`https://example.org/${'a'.repeat(2100)}`).ok).toBe(false);
  });
});

describe('normaliseUrlForComparison', () => {
  const same = [
    ['https://example.org/news/', 'https://example.org/news'],
    ['https://EXAMPLE.org/news', 'https://example.org/news'],
    ['http://example.org/news', 'https://example.org/news'],
    ['https://www.example.org/news', 'https://example.org/news'],
    ['https://example.org:443/news', 'https://example.org/news'],
    ['https://example.org/news#comments', 'https://example.org/news'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org./news', 'https://example.org/news'],
  ];
  it.each(same)('%j is the same page as %j', (a, b) =>
    expect(normaliseUrlForComparison(a!)).toBe(normaliseUrlForComparison(b!)),
  );

  const different = [
    ['https://example.org/News', 'https://example.org/news'],
    ['https://example.org/news?id=1', 'https://example.org/news?id=2'],
    ['https://example.org:8080/news', 'https://example.org/news'],
    ['https://news.example.org/a', 'https://example.org/a'],
  ];
  it.each(different)('%j is not the same page as %j', (a, b) =>
    expect(normaliseUrlForComparison(a!)).not.toBe(normaliseUrlForComparison(b!)),
  );
});

describe('checkNewRelatedLink', () => {
  const existing = [articleLink(OTHER, 'Solar Pumps'), urlLink('https://example.org/report/')];

  it('accepts a new article and a new web address', () => {
    expect(checkNewRelatedLink(existing, { kind: 'article', articleId: THIRD }, SELF)).toEqual({
      ok: true,
    });
    expect(
      checkNewRelatedLink(existing, { kind: 'url', url: 'https://example.org/other' }, SELF),
    ).toEqual({ ok: true });
  });

  it('refuses a link to the article itself', () => {
    expect(checkNewRelatedLink([], { kind: 'article', articleId: SELF }, SELF)).toEqual({
      ok: false,
      message: 'An article cannot be related to itself.',
      problem: 'related-self',
    });
  });

  it('refuses the same article twice, naming the link already there', () => {
    expect(checkNewRelatedLink(existing, { kind: 'article', articleId: OTHER }, SELF)).toEqual({
      ok: false,
      message: 'This article is already in the related news, as “Solar Pumps”.',
      problem: 'article-linked-as',
      values: { title: 'Solar Pumps' },
    });
  });

  it('refuses the same web address written differently', () => {
    const result = checkNewRelatedLink(
      existing,
      { kind: 'url', url: 'http://WWW.Example.org/report' },
      SELF,
    );
    expect(result).toEqual({
      ok: false,
      message: 'This web address is already in the related news, as “Outside report”.',
      problem: 'page-linked-as',
      values: { title: 'Outside report' },
    });
  });

  it('refuses addresses that are not http(s), even when they arrive as a target', () => {
    for (const url of ['javascript:alert(1)', 'mailto:desk@example.org']) {
      const result = checkNewRelatedLink([], { kind: 'url', url }, SELF);
      expect(result.ok).toBe(false);
    }
  });

  it('lets a link be edited without counting itself as a duplicate', () => {
    const link = existing[1]!;
    const candidate = { kind: 'url', url: 'https://example.org/report' } as const;
    expect(checkNewRelatedLink(existing, candidate, SELF).ok).toBe(false);
    expect(checkNewRelatedLink(existing, candidate, SELF, { replacing: link.id })).toEqual({
      ok: true,
    });
  });

  it('refuses more links than an article can store', () => {
    const full = Array.from({ length: RELATED_LIMIT }, (_, index) =>
      urlLink(`https://example.org/${index}`),
    ).map((link, index) => ({ ...link, id: `link-${index}-x` }));
    const result = checkNewRelatedLink(full, { kind: 'url', url: 'https://example.org/x' }, SELF);
    expect(result).toEqual({
      ok: false,
      message: 'Related news holds at most 50 links.',
      problem: 'related-full',
      values: { limit: 50 },
    });
  });
});

describe('checkRelatedTitle', () => {
  it('needs some text and at most 300 characters', () => {
    expect(checkRelatedTitle('  ')).toEqual({
      ok: false,
      message: 'Type a title for the link.',
      problem: 'title-empty',
    });
    expect(checkRelatedTitle('x'.repeat(301)).ok).toBe(false);
    expect(checkRelatedTitle('Report on rice prices')).toEqual({ ok: true });
  });
});

describe('new links', () => {
  it('are valid stored entries: library links follow the headline, web links keep the title', () => {
    const fromLibrary = newArticleLink(summary(OTHER, '  Solar Pumps  '));
    expect(RelatedLinkSchema.parse(fromLibrary)).toEqual(fromLibrary);
    expect(fromLibrary).toMatchObject({ title: 'Solar Pumps', titleEdited: false });

    const fromWeb = newUrlLink('https://example.org/', ' Outside report ');
    expect(RelatedLinkSchema.parse(fromWeb)).toEqual(fromWeb);
    expect(fromWeb).toMatchObject({ title: 'Outside report', titleEdited: true });
    expect(fromWeb.id).not.toBe(newUrlLink('https://example.org/', 'x').id);
  });
});

describe('resolveRelatedLink', () => {
  const library = new Map([[OTHER, summary(OTHER, 'Solar Pumps Cut Costs')]]);

  it('shows the current headline unless the title was typed by hand', () => {
    expect(resolveRelatedLink(articleLink(OTHER), library)).toMatchObject({
      title: 'Solar Pumps Cut Costs',
      missing: false,
    });
    expect(resolveRelatedLink(articleLink(OTHER, 'Pumps', true), library)).toMatchObject({
      title: 'Pumps',
      missing: false,
    });
  });

  it('flags a library link whose article is gone, keeping its last title', () => {
    expect(resolveRelatedLink(articleLink(THIRD, 'Deleted story'), library)).toEqual({
      title: 'Deleted story',
      missing: true,
      untitled: false,
    });
  });

  it('flags nothing before the library has been read', () => {
    expect(resolveRelatedLink(articleLink(THIRD, 'Deleted story'), undefined).missing).toBe(false);
  });

  it('shows web links as they are', () => {
    expect(resolveRelatedLink(urlLink('https://example.org/'), library)).toEqual({
      title: 'Outside report',
      missing: false,
      untitled: false,
    });
  });

  it('says when the title shown is the placeholder for an article without a headline', () => {
    const blank = new Map([[OTHER, summary(OTHER, '  ')]]);
    expect(resolveRelatedLink(articleLink(OTHER), blank)).toMatchObject({ untitled: true });
    expect(resolveRelatedLink(articleLink(OTHER, 'Typed', true), blank)).toMatchObject({
      title: 'Typed',
      untitled: false,
    });
    expect(resolveRelatedLink(articleLink(THIRD, ''), library)).toMatchObject({ untitled: true });
  });
});

describe('withCurrentHeadlines', () => {
  it('updates untouched library links only', () => {
    const library = new Map([[OTHER, summary(OTHER, 'New Headline')]]);
    const links = [
      articleLink(OTHER),
      { ...articleLink(OTHER, 'Typed', true), id: 'link-typed' },
      articleLink(THIRD, 'Gone'),
      urlLink('https://example.org/'),
    ];
    expect(withCurrentHeadlines(links, library).map((link) => link.title)).toEqual([
      'New Headline',
      'Typed',
      'Gone',
      'Outside report',
    ]);
  });
});

describe('moveRelatedLink', () => {
  it('moves one place up or down and leaves the ends alone', () => {
    expect(moveRelatedLink(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRelatedLink(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRelatedLink(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRelatedLink(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('applyRelatedEdit', () => {
  const links = [articleLink(OTHER, 'Solar Pumps'), urlLink('https://example.org/report')];
  const second = { ...urlLink('https://example.org/second', 'Second'), id: 'link-url-2' };

  it('keeps a typed title on a library link, and follows the headline again when cleared', () => {
    const typed = applyRelatedEdit(links, links[0]!.id, { title: ' Pumps ' }, SELF, 'Solar Pumps');
    expect(typed.ok && typed.links[0]).toMatchObject({ title: 'Pumps', titleEdited: true });

    const edited = [articleLink(OTHER, 'Pumps', true)];
    for (const title of ['', 'Solar Pumps Cut Costs']) {
      const reset = applyRelatedEdit(
        edited,
        edited[0]!.id,
        { title },
        SELF,
        'Solar Pumps Cut Costs',
      );
      expect(reset.ok && reset.links[0]).toMatchObject({
        title: 'Solar Pumps Cut Costs',
        titleEdited: false,
      });
    }
  });

  it('changes a web link, refusing other schemes, duplicates and an empty title', () => {
    const all = [...links, second];
    const id = second.id;
    const changed = applyRelatedEdit(all, id, { title: 'New', url: 'example.org/new' }, SELF);
    expect(changed.ok && changed.links[2]).toMatchObject({
      title: 'New',
      target: { kind: 'url', url: 'https://example.org/new' },
    });
    const sameAsFirst = applyRelatedEdit(
      all,
      id,
      { title: 'x', url: 'https://example.org/report/' },
      SELF,
    );
    expect(sameAsFirst.ok).toBe(false);
    expect(applyRelatedEdit(all, id, { title: 'x', url: 'mailto:a@b.org' }, SELF).ok).toBe(false);
    expect(
      applyRelatedEdit(all, id, { title: ' ', url: 'https://example.org/second' }, SELF),
    ).toEqual({ ok: false, message: 'Type a title for the link.', problem: 'title-empty' });
    // Saving a link unchanged is not a duplicate of itself.
    expect(applyRelatedEdit(all, id, { title: 'Second' }, SELF).ok).toBe(true);
  });
});
