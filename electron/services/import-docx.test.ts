import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import type { TipTapNode } from '../../shared/article';
import { isAllowedLinkUrl } from '../../shared/schema/link-policy';
import { docToPlainText } from '../../shared/text/doc-text';
import { readDocxPage } from './import-docx';
import { htmlToBlocks } from './import-html';
import { buildDocx, paragraph } from '../../test-support/electron/services/docx-builder';

const xssFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'xss-payloads.json',
);

/** Every node and mark type in a body, and every link address. */
function inventory(nodes: TipTapNode[]) {
  const types = new Set<string>();
  const hrefs: unknown[] = [];
  const visit = (node: TipTapNode) => {
    types.add(node.type);
    for (const mark of node.marks ?? []) {
      types.add(`mark:${mark.type}`);
      if (mark.type === 'link') hrefs.push(mark.attrs?.href);
    }
    node.content?.forEach(visit);
  };
  nodes.forEach(visit);
  return { types, hrefs };
}

const ARTICLE_TYPES = new Set([
  'paragraph',
  'text',
  'hardBreak',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'mark:bold',
  'mark:italic',
  'mark:link',
]);

describe('readDocxPage', () => {
  it('keeps headings, bold, italic, links and lists, and reads the page like plain text', async () => {
    const bytes = await buildDocx([
      paragraph('Floods Recede | Rice Prices Steady |'),
      { kind: 'paragraph', style: 'Title', runs: ['Floodwaters Recede in Kratie'] },
      paragraph(
        { text: 'KRATIE: ', bold: true },
        'Water levels fell ',
        { text: 'sharply', italic: true },
        ' on Monday, the ',
        { text: 'river authority', link: 'https://example.org/river', bold: true },
        ' said.',
      ),
      { kind: 'paragraph', style: 'Heading1', runs: ['What comes next'] },
      { kind: 'list', items: [['Roads reopen'], ['Schools reopen']] },
      { kind: 'list', ordered: true, items: [['Clean wells'], ['Replant']] },
      { kind: 'paragraph', style: 'Quote', runs: ['We can go home now.'] },
      paragraph('(By Sok Dara)'),
      { kind: 'paragraph', style: 'Heading2', runs: ['Related News'] },
      paragraph({ text: 'Dam Opens', link: 'https://example.org/dam' }),
    ]);
    const { fields, report } = await readDocxPage('kratie.docx', bytes);

    expect(report.format).toBe('docx');
    expect(report.tickerHeadlines).toEqual(['Floods Recede', 'Rice Prices Steady']);
    expect(fields.headline).toBe('Floodwaters Recede in Kratie');
    expect(fields.dateline).toBe('KRATIE');
    expect(fields.byline).toBe('Sok Dara');
    expect(fields.related).toEqual([
      expect.objectContaining({
        title: 'Dam Opens',
        target: { kind: 'url', url: 'https://example.org/dam' },
      }),
    ]);
    const [lead, heading, bullets, numbers, quote, ...rest] = fields.body.content ?? [];
    expect(rest).toEqual([]);
    expect(docToPlainText({ type: 'doc', content: [lead!] })).toBe(
      'Water levels fell sharply on Monday, the river authority said.',
    );
    expect(lead?.content).toContainEqual({
      type: 'text',
      text: 'sharply',
      marks: [{ type: 'italic' }],
    });
    expect(lead?.content).toContainEqual(
      expect.objectContaining({
        text: 'river authority',
        marks: expect.arrayContaining([
          { type: 'bold' },
          expect.objectContaining({
            type: 'link',
            attrs: expect.objectContaining({ href: 'https://example.org/river' }),
          }),
        ]),
      }),
    );
    expect(heading).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(bullets?.type).toBe('bulletList');
    expect(bullets?.content).toHaveLength(2);
    expect(numbers?.type).toBe('orderedList');
    expect(quote?.type).toBe('blockquote');
    expect(report.notices).toEqual([]);
  });

  it('keeps pictures as figures where they stood and hands their bytes to the host', async () => {
    const bytes = await buildDocx([
      { kind: 'paragraph', style: 'Title', runs: ['Photo Essay'] },
      paragraph('Before the table.'),
      { kind: 'image' },
      {
        kind: 'table',
        rows: [
          ['Province', 'Rain'],
          ['Kratie', '120 mm'],
        ],
      },
      { kind: 'image' },
      paragraph('After the table.'),
    ]);
    const { fields, report, images } = await readDocxPage('essay.docx', bytes);
    expect(report.notices).toEqual([]);
    expect(images.map((image) => image.contentType)).toEqual(['image/png', 'image/png']);
    const figures = (fields.body.content ?? []).filter((node) => node.type === 'figure');
    expect(figures.map((node) => [node.attrs?.hash, node.attrs?.alt])).toEqual([
      ['pending-0', 'A photo'],
      ['pending-1', 'A photo'],
    ]);
    expect(docToPlainText(fields.body)).toBe(
      'Before the table.\n\nProvince\n\nRain\n\nKratie\n\n120 mm\n\nAfter the table.',
    );
  });

  it('drops javascript: and other non-web links but keeps their text', async () => {
    const bytes = await buildDocx([
      { kind: 'paragraph', style: 'Title', runs: ['Links'] },
      paragraph(
        'Read ',
        { text: 'this', link: 'javascript:alert(document.cookie)' },
        ', ',
        { text: 'that', link: 'vbscript:msgbox(1)' },
        ', ',
        { text: 'the other', link: 'data:text/html,<script>alert(1)</script>' },
        ' and ',
        { text: 'the desk', link: 'mailto:desk@example.org' },
        '.',
      ),
      paragraph('<script>alert(1)</script><img src=x onerror=alert(1)>'),
    ]);
    const { fields } = await readDocxPage('links.docx', bytes);
    const { hrefs } = inventory(fields.body.content ?? []);
    expect(hrefs).toEqual(['mailto:desk@example.org']);
    expect(docToPlainText(fields.body)).toBe(
      'Read this, that, the other and the desk.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>',
    );
    expect(JSON.stringify(fields)).not.toMatch(/javascript:|vbscript:|data:text/);
  });

  it('keeps an unmatched related title under its heading, still a heading', async () => {
    const bytes = await buildDocx([
      { kind: 'paragraph', style: 'Title', runs: ['Budget Passed'] },
      paragraph('The vote was close.'),
      { kind: 'paragraph', style: 'Heading2', runs: ['Related News'] },
      { kind: 'list', items: [['Bridge Tolls Cut'], ['A Story Nobody Wrote']] },
    ]);
    const { fields, relatedTitles } = await readDocxPage('budget.docx', bytes, (title) =>
      title === 'Bridge Tolls Cut' ? 'bridge-tolls-article' : undefined,
    );
    expect(fields.related.map((link) => link.target)).toEqual([
      { kind: 'article', articleId: 'bridge-tolls-article' },
    ]);
    expect(relatedTitles).toEqual(['A Story Nobody Wrote']);
    expect(fields.body.content?.slice(1)).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Related News' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'A Story Nobody Wrote' }] },
    ]);
  });

  it('refuses a file that is not a Word document', async () => {
    const refusal = readDocxPage('notes.docx', new TextEncoder().encode('just some text'));
    await expect(refusal).rejects.toThrow(DatelineError);
    await expect(refusal).rejects.toThrow(/notes\.docx could not be read as a Word document/);
  });
});

describe('htmlToBlocks', () => {
  it('keeps only what the article schema holds', async () => {
    const { blocks } = await htmlToBlocks(
      '<p onclick="alert(1)">Hi <span style="color:red">there</span><iframe src="https://evil.example"></iframe></p><script>alert(2)</script><style>p{}</style><h4>Small heading</h4>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Hi there' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Small heading' }] },
    ]);
  });

  it.skipIf(!existsSync(xssFile))('leaves every hostile payload harmless', async () => {
    const { cases } = JSON.parse(readFileSync(xssFile, 'utf8')) as {
      cases: { payload: string }[];
    };
    expect(cases.length).toBeGreaterThan(200);
    for (const { payload } of cases) {
      const { blocks } = await htmlToBlocks(payload);
      const { types, hrefs } = inventory(blocks);
      for (const type of types) expect(ARTICLE_TYPES, payload).toContain(type);
      for (const href of hrefs) expect(isAllowedLinkUrl(String(href)), payload).toBe(true);
    }
  });
});
