import { DOMParser as SchemaParser, Node as PMNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../../article';
import { renderBodyHtml } from '../../export/body-html';
import { docToPlainText } from '../../text/doc-text';
import { articleSchema } from '../extensions';
import { checkBody } from '../sanitize-body';
import { SAMPLE_TABLES, tableNode } from '../../../test-support/shared/sample-tables';
import { storedBody } from '../../../test-support/shared/random-documents';

const window = new Window();
afterAll(() => window.happyDOM.close());

const doc = (...content: TipTapNode[]): ArticleBody => ({ type: 'doc', content });

/** The schema's reading of some HTML, as a browser's paste or the .docx import would give it. */
function parseHtml(html: string): ArticleBody {
  const element = window.document.createElement('div');
  element.innerHTML = html;
  return SchemaParser.fromSchema(articleSchema())
    .parse(element as unknown as Node)
    .toJSON() as ArticleBody;
}

const tableOf = (body: ArticleBody) => body.content!.find((node) => node.type === 'table')!;
const rowTypes = (table: TipTapNode) =>
  table.content!.map((row) => row.content!.map((cell) => cell.type));
const cellTexts = (table: TipTapNode) =>
  table.content!.map((row) => row.content!.map((cell) => docToPlainText(doc(cell))));

describe('tables in the article schema', () => {
  it('keeps every sample table as it is, and reads its exported HTML back to the same table', () => {
    for (const shape of SAMPLE_TABLES) {
      const body = doc(tableNode(shape), { type: 'paragraph' });
      const checked = checkBody(body);
      expect(checked).toEqual({ ok: true, body });
      expect(parseHtml(renderBodyHtml(body))).toEqual(
        PMNode.fromJSON(articleSchema(), body).toJSON(),
      );
    }
  });

  it('keeps any stored body through the body check, and the shape of its tables through HTML', () => {
    const tablesIn = (node: TipTapNode): TipTapNode[] =>
      node.type === 'table' ? [node] : (node.content ?? []).flatMap(tablesIn);
    const shape = (table: TipTapNode) => ({
      attrs: table.attrs,
      rows: table.content!.map((row) => row.content!.map((cell) => [cell.type, cell.attrs])),
    });
    // A bold first row is read as a header row (tested below), so such tables are left out here.
    const textNodes = (node: TipTapNode): TipTapNode[] =>
      node.type === 'text' ? [node] : (node.content ?? []).flatMap(textNodes);
    const readsAsHeader = (table: TipTapNode) => {
      const first = table.content![0]!;
      const texts = textNodes(first).filter((t) => t.text!.trim() !== '');
      return (
        table.content!.length > 1 &&
        !JSON.stringify(table).includes('tableHeader') &&
        texts.length > 0 &&
        texts.every((t) => t.marks?.some((m) => m.type === 'bold'))
      );
    };
    fc.assert(
      fc.property(storedBody, (body) => {
        expect(checkBody(body)).toEqual({ ok: true, body });
        for (const table of tablesIn(body).filter((t) => !readsAsHeader(t))) {
          expect(shape(tableOf(parseHtml(renderBodyHtml(doc(table)))))).toEqual(shape(table));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading tables from HTML', () => {
  it('reads a bold first row from Word or Google Docs as the header row, without the bold', () => {
    const table = tableOf(
      parseHtml(
        '<table><tr><td><p><b style="mso-bidi-font-weight:normal">Party</b></p></td>' +
          '<td><span style="font-weight:700">Seats</span></td></tr>' +
          '<tr><td>River Alliance</td><td><b>41</b></td></tr></table>',
      ),
    );
    expect(rowTypes(table)).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
    ]);
    expect(JSON.stringify(table.content![0])).not.toContain('bold');
    // Bold inside a data cell stays bold.
    expect(JSON.stringify(table.content![1])).toContain('bold');
  });

  it('leaves a first row alone when part of it is plain or the table has headers already', () => {
    const partly = parseHtml(
      '<table><tr><td><b>Party</b></td><td>Seats</td></tr><tr><td>A</td><td>1</td></tr></table>',
    );
    expect(rowTypes(tableOf(partly))[0]).toEqual(['tableCell', 'tableCell']);
    const single = parseHtml('<table><tr><td><b>Only row</b></td></tr></table>');
    expect(rowTypes(tableOf(single))).toEqual([['tableCell']]);
  });

  it('reads the caption and the spans, and never a span a layout cannot afford', () => {
    const table = tableOf(
      parseHtml(
        '<table><caption>\n Fares  2025 </caption><thead><tr><th colspan="2">Route</th></tr></thead>' +
          '<tbody><tr><td colspan="99999999">a</td><td rowspan="x">b</td></tr></tbody></table>',
      ),
    );
    expect(table.attrs).toEqual({ caption: 'Fares 2025' });
    expect(table.content![0]!.content![0]!.attrs).toEqual({ colspan: 2, rowspan: 1 });
    expect(table.content![1]!.content!.map((c) => c.attrs)).toEqual([
      { colspan: 1, rowspan: 1 },
      { colspan: 1, rowspan: 1 },
    ]);
    expect(cellTexts(table)).toEqual([['Route'], ['a', 'b']]);
  });

  it('turns a table, a list or a heading inside a cell into paragraphs of the same words', () => {
    const body = parseHtml(
      '<table><tr><td><h2>Turnout</h2><ul><li>Morning</li><li>Evening</li></ul></td>' +
        '<td><table><tr><td>Kratie</td><td>71%</td></tr><tr><td>Stung Treng</td><td>64%</td></tr></table></td></tr></table>' +
        '<p>After.</p>',
    );
    expect(body.content!.map((node) => node.type)).toEqual(['table', 'paragraph']);
    const table = tableOf(body);
    expect(table.content).toHaveLength(1);
    expect(cellTexts(table)).toEqual([
      ['Turnout\n\nMorning\n\nEvening', 'Kratie | 71%\n\nStung Treng | 64%'],
    ]);
  });
});

describe('tables a damaged file holds', () => {
  const paragraphs = (body: ArticleBody) => docToPlainText(body);

  it('fills out a row with missing cells rather than refusing the article', () => {
    const ragged = tableNode({ head: ['Party', 'Seats', 'Votes'], rows: [['A', '1'], ['B']] });
    const checked = checkBody(doc(ragged));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const table = tableOf(checked.body);
    expect(table.content!.map((row) => row.content!.length)).toEqual([3, 3, 3]);
    expect(paragraphs(checked.body)).toBe(paragraphs(doc(ragged)));
  });

  it('puts spans and captions in range', () => {
    const table = tableNode({ caption: ' Two\nlines ', rows: [['a', 'b']] });
    table.content![0]!.content![0]!.attrs = { colspan: 1e9, rowspan: '2"><script>' };
    const checked = checkBody(doc(table));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(tableOf(checked.body).attrs).toEqual({ caption: 'Two lines' });
    expect(tableOf(checked.body).content![0]!.content![0]!.attrs).toEqual({
      colspan: 1,
      rowspan: 1,
    });
  });

  it('turns a table it cannot read as one into a paragraph per row, keeping every word', () => {
    const wrong: TipTapNode = {
      type: 'table',
      attrs: { caption: 'Turnout' },
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [
                {
                  type: 'heading',
                  attrs: { level: 2 },
                  content: [{ type: 'text', text: 'Kratie' }],
                },
              ],
            },
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '71%' }] }],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'stray' }] },
      ],
    };
    const checked = checkBody(
      doc(wrong, { type: 'paragraph', content: [{ type: 'text', text: 'Next.' }] }),
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.body.content!.map((node) => node.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(paragraphs(checked.body)).toBe('Turnout\n\nKratie | 71%\n\nstray\n\nNext.');
  });

  it('reads a table too large to lay out as text, without laying it out', () => {
    const cells = Array.from({ length: 3_000 }, () => ({ text: 'x', colspan: 100 }));
    const huge = tableNode({ rows: [cells, ['y'], ['z']] });
    const checked = checkBody(doc(huge));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.body.content!.every((node) => node.type === 'paragraph')).toBe(true);
    expect(
      paragraphs(checked.body)
        .split(/\s+/)
        .filter((w) => w !== '|'),
    ).toHaveLength(3_002);
  });
});
