// @vitest-environment happy-dom
// Each clipboard goes through the cleaner the editor uses and the article schema, and must keep
// the lists, nesting, marks, headings, links and line breaks a reader sees in it.
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../../shared/schema/extensions';
import { clipboardHtml, clipboards } from '../../../../../test-support/clipboards';
import { measureBody } from '../../../../../test-support/clipboards/measure-body';
import { cleanPastedHtml } from './clean-pasted-html';

function pasteIntoSchema(html: string) {
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(html, { keepTables: 'table' in articleSchema().nodes });
  return SchemaParser.fromSchema(articleSchema()).parse(container).toJSON();
}

describe('pasted clipboards keep their structure', () => {
  for (const clipboard of clipboards) {
    it(`${clipboard.name} (${clipboard.app})`, () => {
      const body = pasteIntoSchema(clipboardHtml(clipboard.name));
      const found = measureBody(body);
      const { underline, ...expected } = clipboard.expected;
      expect({ ...found, underline: [] }).toEqual({ ...expected, underline: [] });
      // The schema holds no underline: the underlined words stay, as plain text.
      const text = JSON.stringify(body);
      for (const words of underline) expect(text).toContain(words);
      // Word's bullets and numbers are list markers, never text.
      expect(text).not.toMatch(/"text":"[·o§]\s/);
      expect(text).not.toContain('supportLists');
    });
  }
});

describe('bold from Word', () => {
  it('keeps a bold run whose style only cancels bold for right-to-left scripts', () => {
    const html = `<p class=MsoNormal><b style='mso-bidi-font-weight:normal'>kept</b> plain</p>`;
    expect(measureBody(pasteIntoSchema(html)).bold).toEqual(['kept']);
  });

  it('drops bold only when the element itself sets a normal weight', () => {
    const html = `<p><b style="font-weight:normal">wrapper</b> <b style="font-weight: 400;">light</b> <span style="font-weight:700">heavy</span></p>`;
    expect(measureBody(pasteIntoSchema(html)).bold).toEqual(['heavy']);
  });
});
