import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  renderArticlePage,
  renderFragment,
  renderNinjs,
  renderPlainText,
  pageStyles,
  THEME_CSS,
  type ExportContext,
} from './index';
import {
  makeArticle,
  PUBLICATION,
  resolveArticle,
  TICKER,
} from '../../test-support/shared/sample-articles';

const context: ExportContext = { publication: PUBLICATION, ticker: TICKER, resolveArticle };

function parse(html: string) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const metaContent = (doc: ReturnType<typeof parse>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

function jsonLd(doc: ReturnType<typeof parse>): Record<string, unknown> {
  const scripts = doc.querySelectorAll('script');
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json');
  return JSON.parse(scripts[0]!.textContent ?? '') as Record<string, unknown>;
}

describe('renderArticlePage', () => {
  const html = renderArticlePage(makeArticle(), context);
  const doc = parse(html);

  it('is a complete document in the article’s language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(metaContent(doc, 'viewport')).toBe('width=device-width, initial-scale=1');
    expect(doc.title).toBe('Farmers Share Solar Pumps Along the Sangkae | Mekong Evening Post');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('link[rel="stylesheet"], img, iframe')).toBeNull();
  });

  it('describes itself to search engines and social sites', () => {
    const url = 'https://news.example.org/farmers-share-solar-pumps-along-the-sangkae.html';
    expect(metaContent(doc, 'description')).toBe(
      'Forty families pooled their savings to water their paddies on sunlight.',
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(metaContent(doc, 'og:url')).toBe(url);
    expect(metaContent(doc, 'og:type')).toBe('article');
    expect(metaContent(doc, 'og:title')).toBe('Farmers Share Solar Pumps Along the Sangkae');
    expect(metaContent(doc, 'og:site_name')).toBe('Mekong Evening Post');
    expect(metaContent(doc, 'og:locale')).toBe('en_US');
    expect(metaContent(doc, 'article:published_time')).toBe('2025-11-24T20:30:00.000Z');
    expect(metaContent(doc, 'article:modified_time')).toBe('2025-11-24T20:30:00.000Z');
    expect(metaContent(doc, 'article:section')).toBe('Business');
    const tags = [...doc.querySelectorAll('meta[property="article:tag"]')];
    expect(tags.map((tag) => tag.getAttribute('content'))).toEqual(['farming', 'energy']);
    expect(metaContent(doc, 'twitter:card')).toBe('summary');
    // Cards cut titles at 70 characters: the short headline is the one written to fit.
    expect(metaContent(doc, 'twitter:title')).toBe('Farmers share solar pumps');
  });

  it('carries a schema.org NewsArticle', () => {
    expect(jsonLd(doc)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Farmers Share Solar Pumps Along the Sangkae',
      description: 'Forty families pooled their savings to water their paddies on sunlight.',
      url: 'https://news.example.org/farmers-share-solar-pumps-along-the-sangkae.html',
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': 'https://news.example.org/farmers-share-solar-pumps-along-the-sangkae.html',
      },
      datePublished: '2025-11-24T20:30:00.000Z',
      dateModified: '2025-11-24T20:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Sok Chan' },
        { '@type': 'Person', name: 'Jane Doe' },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Mekong Evening Post',
        url: 'https://news.example.org/',
      },
      dateline: 'Battambang',
      inLanguage: 'en',
      articleSection: 'Business',
      keywords: ['farming', 'energy'],
      wordCount: 25,
    });
  });

  it('shows the ticker as labelled navigation, breaking news first', () => {
    const nav = doc.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Latest headlines');
    const items = [...nav!.querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Breaking Flood warning for Kratie',
      'Rice prices steady in Battambang',
      'New bridge opens in Kampong Cham',
    ]);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('flood-story-0001.html');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(items[2]!.querySelector('a')?.getAttribute('href')).toBe('https://example.org/bridge');
  });

  it('writes the article: headline, standfirst, byline, date and the datelined story', () => {
    const article = doc.querySelector('main article')!;
    expect(article.querySelector('h1')?.textContent).toBe(
      'Farmers Share Solar Pumps Along the Sangkae',
    );
    expect(article.querySelector('.standfirst')?.textContent).toBe(
      'Forty families pooled their savings to water their paddies on sunlight.',
    );
    expect(article.querySelector('.byline')?.textContent).toBe('By Sok Chan and Jane Doe');
    const time = article.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2025-11-24T20:30:00.000Z');
    // 20:30 UTC is the next morning in Phnom Penh.
    expect(time?.textContent).toBe('November 25, 2025');
    const paragraphs = [...article.querySelectorAll('.article-body p')];
    expect(paragraphs[0]?.textContent).toBe(
      'Battambang: A cooperative of rice farmers has installed six solar pumps, officials said on Tuesday.',
    );
    expect(paragraphs).toHaveLength(2);
  });

  it('lists related news in an aside, leaving out articles that are gone', () => {
    const aside = doc.querySelector('article aside');
    expect(aside?.querySelector('h2')?.textContent).toBe('Related News');
    const links = [...aside!.querySelectorAll('li a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Flood Waters Reach Kratie', 'flood-story-0001.html'],
      ['Mekong River Commission report', 'https://www.mrcmekong.org/report'],
    ]);
  });

  it('writes the agency dateline with the story’s date in the publication’s time zone', () => {
    const agency = {
      ...context,
      publication: { ...PUBLICATION, datelineStyle: 'agency' as const },
    };
    const page = parse(renderArticlePage(makeArticle(), agency));
    expect(page.querySelector('.article-body p')?.textContent).toMatch(
      /^BATTAMBANG, Nov\. 25 — A cooperative/,
    );
    expect(jsonLd(page).dateline).toBe('BATTAMBANG, Nov. 25');
  });

  it('sets lang and dir from the article’s language', () => {
    const khmer = renderArticlePage(makeArticle({ language: 'km' }), context);
    expect(khmer).toContain('<html lang="km" dir="ltr">');
    const arabic = renderArticlePage(makeArticle({ language: 'ar' }), context);
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });

  it('dates a Khmer page in Khmer, as the publication writes Khmer dates', () => {
    const shown = (publication: typeof context.publication) =>
      parse(
        renderArticlePage(makeArticle({ language: 'km' }), { ...context, publication }),
      ).querySelector('.published time')?.textContent;
    expect(shown(context.publication)).toBe('ថ្ងៃទី២៥ ខែវិច្ឆិកា ឆ្នាំ២០២៥');
    expect(shown({ ...context.publication, khmerDigits: false, khmerDateStyle: 'short' })).toBe(
      '25 វិច្ឆិកា 2025',
    );
  });

  it('declares the page’s locale for social sites', () => {
    const locale = (language: string) =>
      metaContent(parse(renderArticlePage(makeArticle({ language }), context)), 'og:locale');
    expect(locale('km')).toBe('km_KH');
    expect(locale('en')).toBe('en_US');
    expect(locale('en-GB')).toBe('en_GB');
  });

  it('leaves out what it cannot know', () => {
    const bare = makeArticle({ status: 'draft', section: '', tags: [], byline: '', related: [] });
    const page = parse(
      renderArticlePage(bare, {
        publication: { ...PUBLICATION, siteUrl: '', name: '', defaultAuthor: '' },
      }),
    );
    expect(page.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
    expect(page.querySelector('meta[property="article:published_time"]')).toBeNull();
    expect(page.querySelector('nav, aside, .byline, .masthead')).toBeNull();
    const data = jsonLd(page);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('publisher');
    expect(page.title).toBe('Farmers Share Solar Pumps Along the Sangkae');
  });

  it('falls back to the publication’s default author', () => {
    const page = parse(renderArticlePage(makeArticle({ byline: '' }), context));
    expect(page.querySelector('.byline')?.textContent).toBe('By Staff Reporter');
    expect(jsonLd(page).author).toEqual([{ '@type': 'Person', name: 'Staff Reporter' }]);
  });

  it('shows a headline full of markup as the text it is, everywhere', () => {
    const headline = '<b>Fish & "Chips"</b></script><script>alert(1)</script>';
    const page = renderArticlePage(makeArticle({ headline, standfirst: headline }), context);
    const parsed = parse(page);
    expect(page).toContain(
      '<title>&lt;b&gt;Fish &amp; "Chips"&lt;/b&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; | Mekong Evening Post</title>',
    );
    expect(page).toContain(
      '<meta property="og:title" content="&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(page).toContain(
      '"headline":"\\u003cb\\u003eFish \\u0026 \\"Chips\\"\\u003c/b\\u003e\\u003c/script\\u003e',
    );
    expect(parsed.querySelector('h1')?.textContent).toBe(headline);
    expect(parsed.querySelector('h1 b, b')).toBeNull();
    expect(metaContent(parsed, 'description')).toBe(headline);
    expect(jsonLd(parsed).headline).toBe(headline);
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('gives the same bytes for the same input', () => {
    const again = renderArticlePage(makeArticle(), context);
    expect(again).toBe(html);
    expect(renderPlainText(makeArticle(), context)).toBe(renderPlainText(makeArticle(), context));
    expect(JSON.stringify(renderNinjs(makeArticle(), context))).toBe(
      JSON.stringify(renderNinjs(makeArticle(), context)),
    );
  });

  it('never writes the editor’s notes', () => {
    const article = makeArticle();
    const outputs = [
      renderArticlePage(article, context),
      renderFragment(article, context),
      renderPlainText(article, context),
      JSON.stringify(renderNinjs(article, context)),
    ];
    for (const output of outputs) expect(output).not.toContain('SECRET-NOTE');
  });
});

describe('THEME_CSS', () => {
  it('reads on phones and paper, sets Khmer in Khmer fonts, and stays self-contained', () => {
    expect(THEME_CSS).toContain('@media print');
    expect(THEME_CSS).toContain('@media (max-width: 30rem)');
    expect(THEME_CSS).toMatch(/:lang\(km\) body \{\n {2}font-family: var\(--khmer\)/);
    expect(THEME_CSS).toContain('--khmer: "Dateline Khmer", ');
    // Nothing that could close the <style> element or fetch a file.
    expect(THEME_CSS).not.toMatch(/<\/|url\(|@import/i);
  });

  it('finds the Khmer font in fonts/ beside the page, for the Khmer range only', () => {
    const styles = pageStyles();
    const faces = styles.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face).toContain('font-family: "Dateline Khmer"');
      expect(face).toContain('font-display: swap');
      expect(face).toContain('unicode-range: U+1780-17FF');
      expect(face).toMatch(/src: url\("fonts\/noto-sans-khmer-khmer-[47]00-normal\.woff2"\)/);
    }
    // The only files the styles name are the fonts beside the page.
    expect(styles.match(/url\(/g)).toHaveLength(2);
    expect(pageStyles({})).toBe(THEME_CSS);
  });

  it('lets a page carrying its fonts inside take them from data:, and only then', () => {
    const font = 'noto-sans-khmer-khmer-400-normal.woff2';
    const embedded = renderArticlePage(makeArticle({ language: 'km' }), {
      ...context,
      fonts: { [font]: 'data:font/woff2;base64,AAAA' },
    });
    expect(embedded).toContain("font-src 'self' data:");
    expect(embedded).toContain('src: url("data:font/woff2;base64,AAAA")');
    expect(renderArticlePage(makeArticle(), context)).not.toContain('data:');
  });
});

describe('renderFragment', () => {
  it('is the story alone, the dateline opening it', () => {
    const fragment = renderFragment(makeArticle(), context);
    expect(fragment).toBe(
      '<p><span class="dateline">Battambang:</span> A cooperative of rice farmers has installed six solar pumps, officials said on Tuesday.</p><p>The pumps replace diesel engines that families rented by the hour.</p>',
    );
  });

  it('gives the dateline a paragraph of its own when the story opens with a heading', () => {
    const article = makeArticle({
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Q&A' }] },
        ],
      },
    });
    expect(renderFragment(article, context)).toBe(
      '<p><span class="dateline">Battambang:</span> </p><h2>Q&amp;A</h2>',
    );
  });
});
