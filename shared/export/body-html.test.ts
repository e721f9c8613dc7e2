import { Node as PMNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../article';
import { articleExtensions, articleSchema } from '../schema/extensions';
import { isAllowedLinkUrl } from '../schema/link-policy';
import { renderBodyHtml, renderDocHtml } from './body-html';
import { compileSpec } from './dom-spec';
import { dropForbidden } from './escape';
import { body } from '../../test-support/shared/sample-articles';
import { hostileBody } from '../../test-support/shared/random-documents';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * How a published table wraps what the static renderer writes inside it: the caption, leading
 * rows of header cells in <thead>, the others in <tbody>, and each header cell's scope.
 */
const allHeaders = (row: PMNode) =>
  row.childCount > 0 && row.children.every((cell) => cell.type.name === 'tableHeader');
const tableMapping = {
  table: ({ node, children }: { node: PMNode; children?: string | string[] }) => {
    const rows = [children ?? []].flat();
    const head = node.children.findIndex((row) => !allHeaders(row));
    const split = head < 0 ? rows.length : head;
    const caption =
      typeof node.attrs.caption === 'string' ? node.attrs.caption.replace(/\s+/g, ' ').trim() : '';
    return [
      '<table>',
      caption
        ? `<caption>${caption.slice(0, 500).replace(/[&<>]/g, (c) => ESCAPES[c]!)}</caption>`
        : '',
      split > 0 ? `<thead>${rows.slice(0, split).join('')}</thead>` : '',
      split < rows.length ? `<tbody>${rows.slice(split).join('')}</tbody>` : '',
      '</table>',
    ].join('');
  },
  tableHeader: ({
    node,
    parent,
    children,
  }: {
    node: PMNode;
    parent?: PMNode;
    children?: string | string[];
  }) => {
    const spec = node.type.spec.toDOM!(node) as [string, Record<string, unknown>, 0];
    const attrs = Object.entries(spec[1])
      .map(([name, value]) => ` ${name}="${String(value)}"`)
      .join('');
    const scope = parent && allHeaders(parent) ? 'col' : 'row';
    return `<th${attrs} scope="${scope}">${[children ?? []].flat().join('')}</th>`;
  },
};

// Dateline leaves out the code points HTML forbids; the static renderer writes them as they are.
const staticHtml = (body: ArticleBody) =>
  dropForbidden(
    renderToHTMLString({
      extensions: articleExtensions(),
      content: body,
      options: { nodeMapping: tableMapping },
    }),
  );

/** The body without the links export refuses to write: their text stays, unlinked. */
function withoutRefusedLinks(node: TipTapNode): TipTapNode {
  const out: TipTapNode = { ...node };
  if (node.marks) {
    out.marks = node.marks.filter(
      (mark) => mark.type !== 'link' || isAllowedLinkUrl(String(mark.attrs?.href)),
    );
  }
  if (node.content) out.content = node.content.map(withoutRefusedLinks);
  return out;
}

const unescapeAttribute = (value: string) =>
  value.replace(/&(quot|lt|gt|amp);/g, (_, name: string) => ENTITY_CHARS[name]!);
const ENTITY_CHARS: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };

describe('renderBodyHtml', () => {
  it('writes what TipTap’s static renderer writes, for any document of the schema, besides each link’s rel', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        const allowed = withoutRefusedLinks(body) as ArticleBody;
        const ours = renderBodyHtml(allowed).replaceAll(' rel="noopener noreferrer"', '');
        expect(ours).toBe(staticHtml(allowed));
      }),
      { numRuns: 300 },
    );
  });

  it('writes only links the policy allows, each with the rel of a link leaving the site', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        const html = renderBodyHtml(body);
        for (const [, href, rest] of html.matchAll(/<a href="([^"]*)"([^>]*)>/g)) {
          expect(isAllowedLinkUrl(unescapeAttribute(href!))).toBe(true);
          expect(rest).toBe(href!.startsWith('mailto:') ? '' : ' rel="noopener noreferrer"');
        }
        expect(html.match(/<a\b/g)?.length ?? 0).toBe(html.match(/<a href="/g)?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderBodyHtml details', () => {
  it('keeps attributes apart: each heading level and each link gets its own element', () => {
    const body: ArticleBody = {
      type: 'doc',
      content: [2, 3, 2].map((level) => ({
        type: 'heading',
        attrs: { level },
        content: [
          {
            type: 'text',
            text: `L${level}`,
            marks: [{ type: 'link', attrs: { href: `https://example.org/${level}` } }],
          },
        ],
      })),
    };
    expect(renderBodyHtml(body)).toBe(
      '<h2><a href="https://example.org/2" rel="noopener noreferrer">L2</a></h2>' +
        '<h3><a href="https://example.org/3" rel="noopener noreferrer">L3</a></h3>' +
        '<h2><a href="https://example.org/2" rel="noopener noreferrer">L2</a></h2>',
    );
  });

  it('writes the text of a refused link without a link', () => {
    const body: ArticleBody = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    expect(renderBodyHtml(body)).toBe('<p>x</p>');
  });

  it('opens the first paragraph with the lead, or gives the lead a paragraph', () => {
    const lead = '<span class="dateline">Kratie:</span> ';
    expect(renderBodyHtml(body('One.', 'Two.'), { lead })).toBe(`<p>${lead}One.</p><p>Two.</p>`);
    const quoted: ArticleBody = {
      type: 'doc',
      content: [{ type: 'blockquote', content: body('Q').content! }],
    };
    expect(renderBodyHtml(quoted, { lead })).toBe(
      `<p>${lead}</p><blockquote><p>Q</p></blockquote>`,
    );
  });

  it('renders the editor’s own document the same as its JSON', () => {
    const json = body('Fish & "Chips"', '<b>');
    const doc = PMNode.fromJSON(articleSchema(), json);
    expect(renderDocHtml(doc)).toBe(renderBodyHtml(json));
    expect(renderDocHtml(doc)).toBe('<p>Fish &amp; "Chips"</p><p>&lt;b&gt;</p>');
  });

  it('refuses a body the schema cannot hold', () => {
    expect(() => renderBodyHtml({ type: 'doc', content: [{ type: 'iframe' }] })).toThrow(/iframe/);
  });
});

describe('compileSpec', () => {
  it('splits a spec at its hole, however deep', () => {
    expect(compileSpec(['p', 0])).toEqual({ open: '<p>', close: '</p>', hole: true });
    expect(compileSpec(['div', { class: 'a' }, ['span', 'x'], ['em', 0], ['b', 'y']])).toEqual({
      open: '<div class="a"><span>x</span><em>',
      close: '</em><b>y</b></div>',
      hole: true,
    });
    expect(compileSpec(['br', {}])).toEqual({ open: '<br/>', close: '', hole: false });
    expect(compileSpec(['p'])).toEqual({ open: '<p></p>', close: '', hole: false });
    expect(compileSpec('a < b')).toEqual({ open: 'a &lt; b', close: '', hole: false });
  });

  it('escapes values and leaves out nulls, event handlers and refused links', () => {
    const spec = compileSpec([
      'a',
      {
        href: 'javascript:alert(1)',
        onclick: 'alert(1)',
        ONMOUSEOVER: 'alert(1)',
        title: '"><script>',
        class: null,
        'data-x': undefined,
        'http://www.w3.org/1999/xlink xlink:href': 'data:text/html,x',
      },
      0,
    ]);
    expect(spec.open).toBe('<a title="&quot;&gt;&lt;script&gt;">');
    expect(compileSpec(['a', { href: 'other-story.html' }, 0]).open).toBe(
      '<a href="other-story.html">',
    );
  });

  it('writes a namespaced element with its namespace', () => {
    expect(compileSpec(['http://www.w3.org/2000/svg svg', { width: 1 }, 0])).toEqual({
      open: '<svg xmlns="http://www.w3.org/2000/svg" width="1">',
      close: '</svg>',
      hole: true,
    });
  });

  it('refuses specs export cannot write as text', () => {
    expect(() => compileSpec(['p', 0, 'x'])).toThrow(RangeError);
    expect(() => compileSpec(['div', ['a', 0], ['b', 0]])).toThrow(RangeError);
    expect(() => compileSpec(['img src=x onerror=alert(1)'])).toThrow(TypeError);
    expect(() => compileSpec({ dom: {} } as never)).toThrow(TypeError);
  });
});
