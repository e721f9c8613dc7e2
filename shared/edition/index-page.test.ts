import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { THEME_CSS } from '../export';
import { PUBLICATION } from '../../test-support/shared/sample-articles';
import { DEFAULT_PUBLICATION } from '../publication';
import { renderEditionIndex } from './index-page';
import { ARTICLES, editionEntries } from '../../test-support/shared/edition/edition-entries';

function parse(html: string) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

describe('renderEditionIndex', () => {
  const { entries, site } = editionEntries();
  const html = renderEditionIndex(entries, site);
  const doc = parse(html);

  it('is a complete page in the language most articles are in, with the theme', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">\n<head>')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('Mekong Evening Post');
    expect(doc.querySelector('h1')?.textContent).toBe('Mekong Evening Post');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).toContain(THEME_CSS);
    expect(doc.querySelector('script, img, iframe, link[rel="stylesheet"]')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://news.example.org/',
    );
    expect(doc.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(
      'https://news.example.org/feed.xml',
    );
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_US');
  });

  it('lists the articles newest first, each linking to its file, with its standfirst', () => {
    const items = [...doc.querySelectorAll('.edition-list > li')];
    expect(items.map((item) => item.querySelector('h2 a')?.getAttribute('href'))).toEqual([
      'flood-story-0001.html',
      'river-pumps-0001.html',
      'khmer-rain-0001.html',
    ]);
    expect(items[0]!.querySelector('h2')?.textContent).toBe(
      'Flood Waters Reach <Kratie> & "Stung Treng"',
    );
    expect(html).toContain('Flood Waters Reach &lt;Kratie&gt; &amp; "Stung Treng"');
    expect(items[0]!.querySelector('.standfirst')?.textContent).toBe(
      'The Mekong rose a metre overnight.',
    );
    expect(items[0]!.querySelector('.kicker')?.textContent).toBe('News');
    expect(items[1]!.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-02-27T10:00:00.000Z',
    );
    expect(items[1]!.querySelector('time')?.textContent).toBe('February 27, 2026');
  });

  it('marks an article in another language, and takes the majority language for the page', () => {
    const khmer = doc.querySelectorAll('.edition-list > li')[2]!;
    expect(khmer.getAttribute('lang')).toBe('km');
    expect(khmer.querySelector('.byline')?.textContent).toBe('By សុខ ចាន់');
    const mostlyKhmer = editionEntries(PUBLICATION, [
      ARTICLES[2]!,
      { ...ARTICLES[2]!, id: 'khmer-rain-0002' },
      ARTICLES[0]!,
    ]);
    const page = parse(renderEditionIndex(mostlyKhmer.entries, mostlyKhmer.site));
    expect(page.documentElement.getAttribute('lang')).toBe('km');
    expect(page.querySelector('li[lang="en"] h2')?.textContent).toBe('Farmers Share Solar Pumps');
  });

  it('opens with the ticker, its article links pointing at the edition’s files', () => {
    const ticker = doc.querySelector('body > nav.ticker');
    expect(ticker).not.toBeNull();
    expect(ticker?.querySelector('.is-breaking a')?.getAttribute('href')).toBe(
      'flood-story-0001.html',
    );
  });

  it('works without a site URL or a name, and with no articles', () => {
    const nameless = { ...DEFAULT_PUBLICATION, name: '' };
    const empty = editionEntries(nameless, []);
    const page = parse(renderEditionIndex([], empty.site));
    expect(page.querySelector('h1')?.textContent).toBe('Latest news');
    expect(page.querySelector('h1 a')).toBeNull();
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe('feed.xml');
    expect(page.querySelector('main')?.textContent?.trim()).toBe(
      'There are no articles in this edition.',
    );
  });
});
