import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PUBLICATION } from '../../test-support/shared/sample-articles';
import { DEFAULT_PUBLICATION } from '../publication';
import { FEED_ENTRY_LIMIT, renderAtomFeed } from './atom-feed';
import { makeArticle } from '../../test-support/shared/sample-articles';
import { ARTICLES, editionEntries, NOW } from '../../test-support/shared/edition/edition-entries';

const ENTITY = /&(?:amp|lt|gt|quot|apos);/g;
const TAG =
  /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/y;

/** Fails unless `xml` is well-formed: one root, balanced tags, quoted attributes, known entities. */
function expectWellFormed(xml: string) {
  // eslint-disable-next-line no-control-regex
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    const next = body.indexOf('<', at);
    const text = body.slice(at, next === -1 ? undefined : next);
    expect(text.replace(ENTITY, '')).not.toMatch(/[&<>]/);
    if (open.length === 0) expect(text.trim()).toBe('');
    if (next === -1) break;
    TAG.lastIndex = next;
    const tag = TAG.exec(body);
    expect(tag, `a tag at ${body.slice(next, next + 40)}`).not.toBeNull();
    const [, closing, name, , selfClosing] = tag!;
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) {
      if (open.length === 0) roots += 1;
      open.push(name!);
    }
    at = TAG.lastIndex;
  }
  expect(open).toEqual([]);
  expect(roots).toBe(1);
}

function parse(xml: string) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(xml, 'application/xml');
}

interface XmlNode {
  localName: string;
  textContent: string | null;
}

const childText = (parent: { children: ArrayLike<XmlNode> }, name: string) =>
  [...Array.from(parent.children)]
    .filter((child) => child.localName === name)
    .map((child) => child.textContent);

describe('renderAtomFeed', () => {
  const { entries, site } = editionEntries();
  const xml = renderAtomFeed(entries, site);
  const feed = parse(xml).documentElement;
  const items = [...Array.from(feed.children)].filter((child) => child.localName === 'entry');

  it('is a well-formed Atom 1.0 feed with what RFC 4287 requires', () => {
    expectWellFormed(xml);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed.getAttribute('xml:lang')).toBe('en');
    expect(childText(feed, 'id')).toEqual(['https://news.example.org/']);
    expect(childText(feed, 'title')).toEqual(['Mekong Evening Post']);
    expect(childText(feed, 'updated')).toEqual(['2026-02-28T10:00:00.000Z']);
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://news.example.org/feed.xml"/>',
    );
    expect(xml).toContain('<author><name>Mekong Evening Post</name></author>');
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(childText(item, 'id')).toHaveLength(1);
      expect(childText(item, 'title')).toHaveLength(1);
      expect(childText(item, 'updated')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('lists entries newest first, with stable ids, links to the pages and summaries', () => {
    expect(items.map((item) => childText(item, 'id')[0])).toEqual([
      'tag:news.example.org,2025-11-24:article:flood-story-0001',
      'tag:news.example.org,2025-11-24:article:river-pumps-0001',
      'tag:news.example.org,2025-11-24:article:khmer-rain-0001',
    ]);
    const first = items[0]!;
    expect(childText(first, 'title')).toEqual(['Flood Waters Reach <Kratie> & "Stung Treng"']);
    expect(xml).toContain(
      '<title>Flood Waters Reach &lt;Kratie&gt; &amp; &quot;Stung Treng&quot;</title>',
    );
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://news.example.org/flood-story-0001.html"/>',
    );
    expect(childText(first, 'summary')).toEqual(['The Mekong rose a metre overnight.']);
    expect(xml).toContain('<category term="News"/>');
    expect(childText(items[1]!, 'author').length).toBe(2);
    expect(items[2]!.getAttribute('xml:lang')).toBe('km');
  });

  it('dates a published entry and never has it updated before it was published', () => {
    const approved = ARTICLES.map((article) => ({ ...article, status: 'approved' as const }));
    const { entries: published, site: publishedSite } = editionEntries(PUBLICATION, approved);
    const doc = parse(renderAtomFeed(published, publishedSite)).documentElement;
    const entry = [...Array.from(doc.children)].find((child) => child.localName === 'entry')!;
    expect(childText(entry, 'published')).toEqual([NOW.toISOString()]);
    expect(childText(entry, 'updated')).toEqual([NOW.toISOString()]);
    expect(childText(doc, 'updated')).toEqual([NOW.toISOString()]);
  });

  it('without a site URL: relative links, no self link, tag ids that need no site', () => {
    const { entries: local, site: localSite } = editionEntries(DEFAULT_PUBLICATION);
    const text = renderAtomFeed(local, localSite);
    expectWellFormed(text);
    expect(text).not.toContain('rel="self"');
    expect(text).toContain('<id>tag:dateline.invalid,2026:feed:dateline</id>');
    expect(text).toContain('<id>tag:dateline.invalid,2026:article:river-pumps-0001</id>');
    expect(text).toContain('<link rel="alternate" type="text/html" href="river-pumps-0001.html"/>');
    expect(text).toContain('<link rel="alternate" type="text/html" href="index.html"/>');
  });

  it('keeps markup and characters XML cannot carry out of the feed', () => {
    const hostile = {
      ...ARTICLES[0]!,
      headline: 'Bell\u0007 rings </title><script>alert(1)</script>',
      standfirst: "Quote ' and \u0000 nul ]]> end \ud800",
    };
    const { entries: bad, site: badSite } = editionEntries(
      { ...PUBLICATION, name: 'A & B <News>' },
      [hostile],
    );
    const text = renderAtomFeed(bad, badSite);
    expectWellFormed(text);
    expect(text).not.toContain('<script>');
    expect(text).toContain(
      '<title>Bell rings &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
    expect(text).toContain('<summary>Quote &apos; and  nul ]]&gt; end \ufffd</summary>');
    expect(text).toContain('<title>A &amp; B &lt;News&gt;</title>');
  });

  it('is dated by the edition when it has no entries', () => {
    const { site: emptySite } = editionEntries(PUBLICATION, []);
    const text = renderAtomFeed([], emptySite);
    expectWellFormed(text);
    expect(text).toContain(`<updated>${NOW.toISOString()}</updated>`);
    expect(text).not.toContain('<entry');
  });

  it('carries the newest articles only, however many the edition has', () => {
    const many = Array.from({ length: FEED_ENTRY_LIMIT + 20 }, (_, index) =>
      makeArticle({
        id: `story-${String(index).padStart(4, '0')}`,
        headline: `Story number ${index}`,
        // One a day, the last the newest.
        updatedAt: new Date(Date.UTC(2025, 0, 1 + index, 10)).toISOString(),
        status: 'edited',
      }),
    );
    const { entries: all, site: manySite } = editionEntries(PUBLICATION, many);
    const text = renderAtomFeed(all, manySite);
    expectWellFormed(text);
    const doc = parse(text).documentElement;
    const titles = Array.from(doc.children)
      .filter((child) => child.localName === 'entry')
      .map((entry) => childText(entry, 'title')[0]);
    expect(titles).toHaveLength(FEED_ENTRY_LIMIT);
    expect(titles[0]).toBe(`Story number ${FEED_ENTRY_LIMIT + 19}`);
    expect(titles.at(-1)).toBe('Story number 20');
    expect(childText(doc, 'updated')).toEqual([many.at(-1)!.updatedAt]);
  });
});
