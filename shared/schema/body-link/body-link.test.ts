// @vitest-environment happy-dom
// A link in the body is its address and nothing else: target, rel, class and title from a pasted
// page or a hand-edited article file are neither read, kept nor written, and the exported page
// writes its own rel.
import { generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../electron/services/library';
import type { ArticleBody, TipTapNode } from '../../article';
import { renderArticlePage } from '../../export';
import { makeArticle, PUBLICATION } from '../../../test-support/shared/sample-articles';
import { articleExtensions } from '../extensions';
import { checkBody } from '../sanitize-body';

const PASTED =
  '<p>See <a href="https://example.org/report" target="_blank" rel="opener" ' +
  'class="button" title="Click me" data-x="1" style="color:red">the report</a> and ' +
  '<a href="https://news.example.org/earlier.html" rel="opener noreferrer" target="_self">ours</a>.</p>';

/** Every link mark's attributes in a body, in order. */
function linkAttrs(node: TipTapNode): unknown[] {
  const own = (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs);
  return [...own, ...(node.content ?? []).flatMap(linkAttrs)];
}

/** The attributes of each <a> in some HTML, as a browser reads them. */
function anchors(html: string): Record<string, string>[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('a')].map((a) =>
    Object.fromEntries(a.getAttributeNames().map((name) => [name, a.getAttribute(name) ?? ''])),
  );
}

const handWritten: ArticleBody = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'the report',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://example.org/report',
                target: '_blank',
                rel: 'opener',
                class: 'button',
                title: 'Click me',
              },
            },
          ],
        },
      ],
    },
  ],
};

describe('a pasted link', () => {
  it('keeps its address only', () => {
    const body = generateJSON(PASTED, articleExtensions()) as ArticleBody;
    expect(linkAttrs(body)).toEqual([
      { href: 'https://example.org/report' },
      { href: 'https://news.example.org/earlier.html' },
    ]);
  });

  it('shows in the editor as its address only', () => {
    const html = generateHTML(handWritten, articleExtensions());
    expect(anchors(html)).toEqual([{ href: 'https://example.org/report' }]);
  });

  it('is published with the page’s rel, not the pasted one', () => {
    const body = generateJSON(PASTED, articleExtensions()) as ArticleBody;
    const checked = checkBody(body);
    if (!checked.ok) throw new Error(checked.message);
    const page = renderArticlePage(makeArticle({ body: checked.body, related: [] }), {
      publication: PUBLICATION,
    });
    const written = anchors(page.slice(page.indexOf('<div class="article-body">')));
    expect(written).toEqual([
      { href: 'https://example.org/report', rel: 'noopener noreferrer' },
      { href: 'https://news.example.org/earlier.html' },
    ]);
    expect(page).not.toMatch(/target=|rel="opener|class="button|title="Click/);
  });
});

describe('a hand-written article file', () => {
  it('loses every link attribute but the address when it is checked for saving', () => {
    const checked = checkBody(handWritten);
    if (!checked.ok) throw new Error(checked.message);
    expect(linkAttrs(checked.body)).toEqual([{ href: 'https://example.org/report' }]);
  });

  it('is read with its links cleaned', () => {
    const article = makeArticle({ body: handWritten });
    const read = parseArticleFile(JSON.stringify(article), `${article.id}.json`);
    if (!('article' in read)) throw new Error(read.reason);
    expect(linkAttrs(read.article.body)).toEqual([{ href: 'https://example.org/report' }]);
  });

  it('is published with the page’s rel even when nothing cleaned it first', () => {
    const page = renderArticlePage(makeArticle({ body: handWritten, related: [] }), {
      publication: PUBLICATION,
    });
    const written = anchors(page.slice(page.indexOf('<div class="article-body">')));
    expect(written).toEqual([{ href: 'https://example.org/report', rel: 'noopener noreferrer' }]);
  });
});
