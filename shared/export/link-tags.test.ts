// The export's own link filter, given hostile bodies straight (no body check before it), and the
// rel the page writes: noopener noreferrer on every link that leaves the site, nothing else.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../article';
import { renderBodyHtml } from './body-html';
import { renderArticlePage, renderFragment, renderNinjs } from './index';
import { OFF_SITE_REL, relFor } from './link-tags';
import { makeArticle, PUBLICATION } from '../../test-support/shared/sample-articles';

/** Addresses a browser would run or open as something other than a web page or an email. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav\u0000ascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000\u001f javascript:alert(1)',
  '  \t\njavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript\u00ad:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'FILE://c:/windows/win.ini',
  'blob:https://example.org/1',
  'ftp://example.org/',
  '//evil.example/',
  '/relative/page.html',
  '',
];

const window = new Window({ settings: { disableJavaScriptEvaluation: true } });

/** Each <a> a browser would build from the HTML: its href as the browser reads it, and its rel. */
function anchors(html: string): { href: string | null; rel: string | null; names: string[] }[] {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    rel: a.getAttribute('rel'),
    names: a.getAttributeNames().sort(),
  }));
}

/** The scheme a browser takes from an href: leading C0 and spaces and tabs or newlines dropped. */
function schemeOf(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const read = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
}

const linked = (href: string, text = 'the report'): ArticleBody => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Read ' },
        // Extra attributes as a hand-edited file might hold them; export must write none.
        {
          type: 'text',
          text,
          marks: [
            {
              type: 'link',
              attrs: { href, target: '_blank', rel: 'opener', class: 'x', title: 'y' },
            },
          ],
        },
        { type: 'text', text: '.' },
      ],
    },
  ],
});

describe('the export’s link filter, on bodies nothing cleaned before', () => {
  it.each(HOSTILE.map((href) => [JSON.stringify(href), href]))(
    'writes %s as plain text in the body, the fragment, the page and ninjs',
    (_, href) => {
      const article = makeArticle({ body: linked(href), related: [] });
      const context = { publication: PUBLICATION };
      const outputs = {
        body: renderBodyHtml(article.body),
        fragment: renderFragment(article, context),
        page: renderArticlePage(article, context),
        ninjs: renderNinjs(article, context).bodies.find((b) => b.contenttype === 'text/html')!
          .value,
      };
      for (const [name, html] of Object.entries(outputs)) {
        const written = anchors(html).filter((a) => a.href !== PUBLICATION.siteUrl);
        expect(written, name).toEqual([]);
        expect(html, name).toContain('Read the report.');
      }
    },
  );

  it('never writes an href whose scheme a browser would run, whatever the text around it', () => {
    for (const href of HOSTILE) {
      for (const prefix of ['', ' ', '\t', '\u0000']) {
        const html = renderBodyHtml(linked(prefix + href));
        for (const a of anchors(html)) {
          expect(['http', 'https', 'mailto']).toContain(schemeOf(a.href ?? ''));
        }
      }
    }
  });

  it('keeps an allowed link, with its address and the page’s rel only', () => {
    const html = renderBodyHtml(linked('https://example.org/report?a=1&b="2"'));
    expect(anchors(html)).toEqual([
      { href: 'https://example.org/report?a=1&b="2"', rel: OFF_SITE_REL, names: ['href', 'rel'] },
    ]);
  });
});

describe('the rel the page writes', () => {
  const site = 'https://news.example.org/';

  it.each([
    ['https://example.org/', site, OFF_SITE_REL],
    ['http://news.example.org/other', site, OFF_SITE_REL],
    ['https://news.example.org:8443/', site, OFF_SITE_REL],
    ['https://sub.news.example.org/', site, OFF_SITE_REL],
    ['https://news.example.org/2026/story.html', site, undefined],
    ['HTTPS://NEWS.example.org/x', site, undefined],
    ['https://news.example.org/', '', OFF_SITE_REL],
    ['https://example.org/', 'not an address', OFF_SITE_REL],
    ['mailto:desk@example.org', site, undefined],
    ['other-story.html', site, undefined],
  ])('gives %s on site %j the rel %j', (href, siteUrl, rel) => {
    expect(relFor(href, siteUrl)).toBe(rel);
  });

  it('writes no rel on a body link to the site and noopener noreferrer on one leaving it', () => {
    const body: ArticleBody = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            'https://news.example.org/earlier.html',
            'https://example.org/',
            'mailto:desk@example.org',
          ].map((href) => ({
            type: 'text',
            text: `${href} `,
            marks: [{ type: 'link', attrs: { href } }],
          })),
        },
      ],
    };
    const page = renderArticlePage(makeArticle({ body, related: [] }), {
      publication: PUBLICATION,
    });
    const inBody = page.slice(page.indexOf('<div class="article-body">'));
    expect(anchors(inBody).slice(0, 3)).toEqual([
      { href: 'https://news.example.org/earlier.html', rel: null, names: ['href'] },
      { href: 'https://example.org/', rel: OFF_SITE_REL, names: ['href', 'rel'] },
      { href: 'mailto:desk@example.org', rel: null, names: ['href'] },
    ]);
  });

  it('gives related and ticker links leaving the site the same rel', () => {
    const article = makeArticle({
      related: [
        {
          id: 'link-web-0001',
          title: 'Elsewhere',
          titleEdited: true,
          target: { kind: 'url', url: 'https://example.org/elsewhere' },
        },
        {
          id: 'link-web-0002',
          title: 'On the site',
          titleEdited: true,
          target: { kind: 'url', url: 'https://news.example.org/here.html' },
        },
      ],
    });
    const ticker = {
      items: [
        {
          id: 'tick-0001',
          text: 'Away',
          breaking: false,
          link: { kind: 'url' as const, url: 'https://example.org/away' },
        },
      ],
    };
    const page = renderArticlePage(article, { publication: PUBLICATION, ticker });
    const byHref = new Map(anchors(page).map((a) => [a.href, a.rel]));
    expect(byHref.get('https://example.org/elsewhere')).toBe(OFF_SITE_REL);
    expect(byHref.get('https://news.example.org/here.html')).toBeNull();
    expect(byHref.get('https://example.org/away')).toBe(OFF_SITE_REL);
  });
});
