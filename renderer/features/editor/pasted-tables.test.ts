// @vitest-environment happy-dom
// Tables pasted from Word, Google Docs, LibreOffice and web pages go through the editor's paste
// cleaner and the article schema, and arrive as tables with their rows, header row and words.
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, TipTapNode } from '../../../shared/article';
import { renderBodyHtml } from '../../../shared/export/body-html';
import { articleSchema } from '../../../shared/schema/extensions';
import { checkBody } from '../../../shared/schema/sanitize-body';
import { docToPlainText } from '../../../shared/text/doc-text';
import { clipboardHtml } from '../../../test-support/clipboards';
import { cleanPastedHtml } from './extensions/office-paste/clean-pasted-html';

function paste(html: string): ArticleBody {
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(html, { keepTables: true });
  return SchemaParser.fromSchema(articleSchema()).parse(container).toJSON() as ArticleBody;
}

const tablesOf = (body: ArticleBody) => {
  const found: TipTapNode[] = [];
  const visit = (node: TipTapNode) => {
    if (node.type === 'table') found.push(node);
    else for (const child of node.content ?? []) visit(child);
  };
  visit(body as TipTapNode);
  return found;
};

/** Each row as its cells' text, a header cell written in brackets. */
const rows = (table: TipTapNode) =>
  table.content!.map((row) =>
    row.content!.map((cell) => {
      const text = docToPlainText({ type: 'doc', content: cell.content });
      return cell.type === 'tableHeader' ? `[${text}]` : text;
    }),
  );

describe('pasted tables', () => {
  it('Word for Windows: the bold first row becomes the header row', () => {
    const [table, ...more] = tablesOf(paste(clipboardHtml('word-windows-story')));
    expect(more).toEqual([]);
    expect(rows(table!)).toEqual([
      ['[Province]', '[Turnout]'],
      ['Kampong Cham', '82%'],
      ['Takeo', '87%'],
    ]);
  });

  it('Google Docs: a table without a bold row keeps its rows as data', () => {
    const [table] = tablesOf(paste(clipboardHtml('google-docs')));
    expect(rows(table!)).toEqual([
      ['Rice', '12 tonnes'],
      ['Water', '4,000 litres'],
    ]);
  });

  it('LibreOffice: the bold first row becomes the header row', () => {
    const [table] = tablesOf(paste(clipboardHtml('libreoffice')));
    expect(rows(table!)[0]).toEqual(['[Month]', '[Passes]']);
    expect(rows(table!)[1]).toEqual(['January', '118,000']);
  });

  it('a web page: caption, header row, row headers and spans kept; a nested table flattened', () => {
    const html = `<div class="article-body"><table class="wikitable sortable">
      <caption>Mekong crossings <sup><a href="#cite-1">[1]</a></sup></caption>
      <thead><tr><th scope="col">Bridge</th><th scope="col" colspan="2">Opened</th></tr></thead>
      <tbody>
        <tr><th scope="row">Kizuna</th><td>2001</td><td><i>Kampong Cham</i></td></tr>
        <tr><th scope="row">Neak Loeung</th><td>2015</td><td><table><tr><td>Prey Veng</td><td>Kandal</td></tr></table></td></tr>
      </tbody></table></div>`;
    const body = paste(html);
    const [table, ...more] = tablesOf(body);
    expect(more).toEqual([]);
    expect(table!.attrs).toEqual({ caption: 'Mekong crossings [1]' });
    expect(rows(table!)).toEqual([
      ['[Bridge]', '[Opened]'],
      ['[Kizuna]', '2001', 'Kampong Cham'],
      ['[Neak Loeung]', '2015', 'Prey Veng | Kandal'],
    ]);
    expect(checkBody(body)).toEqual({ ok: true, body });
    expect(renderBodyHtml(body)).toContain(
      '<thead><tr><th scope="col"><p>Bridge</p></th><th colspan="2" scope="col"><p>Opened</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>Kizuna</p></th><td><p>2001</p></td><td><p><em>Kampong Cham</em></p></td></tr>',
    );
  });
});
