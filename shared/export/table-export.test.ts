import { describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../article';
import { countWords } from '../text/counts';
import { renderBodyHtml } from './body-html';
import { renderArticlePage, renderNinjs, renderPlainText, type ExportContext } from './index';
import {
  body,
  makeArticle,
  PUBLICATION,
  resolveArticle,
  TICKER,
} from '../../test-support/shared/sample-articles';
import {
  FARES_TABLE,
  KHMER_PRICES_TABLE,
  RESULTS_TABLE,
  tableNode,
  TIMETABLE_TABLE,
} from '../../test-support/shared/sample-tables';

const context: ExportContext = { publication: PUBLICATION, ticker: TICKER, resolveArticle };
const doc = (...content: TipTapNode[]): ArticleBody => ({ type: 'doc', content });
const withTables = (...tables: TipTapNode[]) =>
  makeArticle({
    body: doc(...body('Councils counted through the night.').content!, ...tables),
  });

describe('tables in exported HTML', () => {
  it('writes the caption, the header row in <thead> with column headers, the rest in <tbody>', () => {
    expect(renderBodyHtml(doc(tableNode(RESULTS_TABLE)))).toBe(
      '<table><caption>Provisional results, Kratie commune councils</caption>' +
        '<thead><tr><th scope="col"><p>Party</p></th><th scope="col"><p>Seats</p></th>' +
        '<th scope="col"><p>Votes</p></th><th scope="col"><p>Share</p></th></tr></thead>' +
        '<tbody><tr><td><p>River Alliance</p></td><td><p>41</p></td><td><p>86,204</p></td><td><p>52.1%</p></td></tr>' +
        '<tr><td><p>Farmers’ Party</p></td><td><p>29</p></td><td><p>61,377</p></td><td><p>37.1%</p></td></tr>' +
        '<tr><td><p>Independents</p></td><td><p>6</p></td><td><p>17,880</p></td><td><p>10.8%</p></td></tr></tbody></table>',
    );
  });

  it('writes a header column as row headers and a span as the cell’s colspan', () => {
    const html = renderBodyHtml(doc(tableNode(TIMETABLE_TABLE)));
    expect(html).toBe(
      '<table><thead><tr><th scope="col"><p>Ferry</p></th><th colspan="2" scope="col"><p>Leaves</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>Neak Loeung</p></th><td><p>06:00</p></td><td><p>18:00</p></td></tr>' +
        '<tr><th scope="row"><p>Prek Kdam</p></th><td><p>05:30</p></td><td><p></p></td></tr></tbody></table>',
    );
  });

  it('leaves out the caption when there is none, and writes a table without headers as rows', () => {
    expect(renderBodyHtml(doc(tableNode({ rows: [['a', 'b']] })))).toBe(
      '<table><tbody><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>',
    );
  });

  it('puts the table in the page, escaped', () => {
    const page = renderArticlePage(
      withTables(tableNode({ caption: '<script>alert(1)</script>', rows: [['<b>x</b>']] })),
      context,
    );
    expect(page).toContain(
      '<table><caption>&lt;script&gt;alert(1)&lt;/script&gt;</caption><tbody><tr><td><p>&lt;b&gt;x&lt;/b&gt;</p></td></tr></tbody></table>',
    );
  });
});

describe('tables in plain text and ninjs', () => {
  it('writes each row as one line, the cells set apart by bars, with a line under the header', () => {
    const text = renderPlainText(withTables(tableNode(FARES_TABLE)), context);
    expect(text).toContain(
      [
        'Bus fares from Phnom Penh (riel)',
        'Route | Adult | Child | Departures',
        '--- | --- | --- | ---',
        'Siem Reap | 40,000 | 20,000 | 6:30, 8:00, 13:00',
        'Battambang | 35,000 | 17,500 | 7:00, 12:30',
        'Kampot | 25,000 | 12,500 | 7:30',
      ].join('\n'),
    );
    expect(text).toContain('Councils counted through the night.\n\nBus fares');
  });

  it('writes Khmer tables the same way', () => {
    expect(renderPlainText(withTables(tableNode(KHMER_PRICES_TABLE)), context)).toContain(
      'ទំនិញ | តម្លៃ (រៀល) | ប្រែប្រួល\n--- | --- | ---\nអង្ករ ១ គីឡូ | ៣ ២០០ | +២០០',
    );
  });

  it('carries the table in the ninjs HTML body and as rows in the text body, its words counted', () => {
    const article = withTables(tableNode(RESULTS_TABLE));
    const item = renderNinjs(article, context);
    const [html, text] = item.bodies;
    expect(html!.value).toContain(
      '<thead><tr><th scope="col"><p>Party</p></th><th scope="col"><p>Seats</p></th>',
    );
    expect(text!.value).toContain('Party | Seats | Votes | Share\n--- | --- | --- | ---');
    expect(text!.value).toContain('River Alliance | 41 | 86,204 | 52.1%');
    const tableWords = countWords(
      'Provisional results, Kratie commune councils Party Seats Votes Share River Alliance 41 86,204 52.1% Farmers’ Party 29 61,377 37.1% Independents 6 17,880 10.8%',
      'en',
    );
    const storyWords = countWords('Councils counted through the night.', 'en');
    // The caption is not a cell's text; every cell's words are counted.
    expect(html!.wordcount).toBe(storyWords + tableWords - 5);
  });
});
