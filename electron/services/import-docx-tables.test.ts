// Word tables as reporters send them: results with a bold first row, a header row Word marks to
// repeat, merged heading cells, a table inside a cell, and a document that is mostly table.
import { describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../../shared/article';
import { renderBodyHtml } from '../../shared/export/body-html';
import { checkBody } from '../../shared/schema/sanitize-body';
import { countWords } from '../../shared/text/counts';
import { docToPlainText } from '../../shared/text/doc-text';
import { readDocxPage } from './import-docx';
import {
  buildDocx,
  paragraph,
  type DocxBlock,
  type DocxTable,
} from '../../test-support/electron/services/docx-builder';

const bold = (text: string) => ({ text, bold: true });

const RESULTS: DocxTable = {
  kind: 'table',
  rows: [
    [bold('Commune'), bold('River Alliance'), bold('Farmers’ Party'), bold('Turnout')],
    ['Chhloung', '4,102', '2,877', '71.4%'],
    ['Sambo', '3,560', '3,011', '68.9%'],
    ['Prek Prasap', '2,944', '2,120', '64.2%'],
  ],
};

const tablesOf = (body: ArticleBody) => (body.content ?? []).filter((n) => n.type === 'table');
const rowTypes = (table: TipTapNode) =>
  table.content!.map((row) => row.content!.map((cell) => cell.type));
const cellTexts = (table: TipTapNode) =>
  table.content!.map((row) =>
    row.content!.map((cell) => docToPlainText({ type: 'doc', content: cell.content })),
  );

async function importBlocks(blocks: DocxBlock[]) {
  return readDocxPage('results.docx', await buildDocx(blocks));
}

describe('Word tables', () => {
  it('keeps the rows of a results table, its bold first row as the header row', async () => {
    const { fields, report } = await importBlocks([
      { kind: 'paragraph', style: 'Title', runs: ['Alliance Leads in Kratie Count'] },
      paragraph('KRATIE — Counting ended before dawn.'),
      RESULTS,
      paragraph('Final figures are due on Friday.'),
    ]);
    expect(report.notices).toEqual([]);
    const [table] = tablesOf(fields.body);
    expect(rowTypes(table!)).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader', 'tableHeader'],
      ...Array(3).fill(['tableCell', 'tableCell', 'tableCell', 'tableCell']),
    ]);
    expect(cellTexts(table!)).toEqual([
      ['Commune', 'River Alliance', 'Farmers’ Party', 'Turnout'],
      ['Chhloung', '4,102', '2,877', '71.4%'],
      ['Sambo', '3,560', '3,011', '68.9%'],
      ['Prek Prasap', '2,944', '2,120', '64.2%'],
    ]);
    expect(checkBody(fields.body)).toEqual({ ok: true, body: fields.body });
    expect(renderBodyHtml(fields.body)).toContain(
      '<thead><tr><th scope="col"><p>Commune</p></th><th scope="col"><p>River Alliance</p></th>',
    );
  });

  it('reads a header row Word marks to repeat, and a heading merged across columns', async () => {
    const { fields } = await importBlocks([
      {
        kind: 'table',
        headerRow: true,
        rows: [
          ['Route', { paragraphs: [['Fare (riel)']], span: 2 }],
          ['Siem Reap', '40,000', '20,000'],
        ],
      },
    ]);
    const [table] = tablesOf(fields.body);
    expect(rowTypes(table!)).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell'],
    ]);
    expect(table!.content![0]!.content![1]!.attrs).toEqual({ colspan: 2, rowspan: 1 });
  });

  it('keeps a plain first row as data, and a table inside a cell as lines of its words', async () => {
    const { fields } = await importBlocks([
      {
        kind: 'table',
        rows: [
          ['Province', 'Rain'],
          [
            'Kratie',
            {
              paragraphs: [['By district:']],
              table: {
                kind: 'table',
                rows: [
                  ['Chhloung', '120 mm'],
                  ['Sambo', '96 mm'],
                ],
              },
            },
          ],
        ],
      },
    ]);
    const [table] = tablesOf(fields.body);
    expect(rowTypes(table!)).toEqual([
      ['tableCell', 'tableCell'],
      ['tableCell', 'tableCell'],
    ]);
    expect(cellTexts(table!)[1]).toEqual([
      'Kratie',
      'By district:\n\nChhloung | 120 mm\n\nSambo | 96 mm',
    ]);
  });

  it('loses no words of a document that is mostly a table', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `Commune ${i + 1}`,
      `${1_000 + i * 37}`,
      `${800 + i * 23}`,
      `${60 + (i % 30)}.5%`,
    ]);
    const blocks: DocxBlock[] = [
      paragraph('Results by commune, as the provincial committee released them.'),
      { kind: 'table', rows: [RESULTS.rows[0]!, ...rows] },
    ];
    const written = countWords(
      [
        'Results by commune, as the provincial committee released them.',
        'Commune River Alliance Farmers’ Party Turnout',
        ...rows.map((row) => row.join(' ')),
      ].join('\n'),
      'en',
    );
    const { fields } = await importBlocks(blocks);
    // The opening line is read as the headline; its words count as kept there.
    const imported = countWords(`${fields.headline}\n${docToPlainText(fields.body)}`, 'en');
    console.log(`Word table import: ${imported} of ${written} words kept`);
    expect(imported).toBe(written);
  });
});
