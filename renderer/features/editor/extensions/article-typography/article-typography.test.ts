// @vitest-environment happy-dom
// Typing in the editor turns straight quotes, double hyphens and three dots into the article
// language's typography, and leaves links and web addresses as typed.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../../../../shared/schema/extensions';
import { ArticleTypography } from '.';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function editorIn(language: { current: string }): Editor {
  editor = new Editor({
    extensions: [
      ...articleExtensions(),
      ArticleTypography.configure({ language: () => language.current }),
    ],
    content: '<p></p>',
  });
  return editor;
}

/** Types key by key, as the browser hands text input to the editor. */
function type(target: Editor, text: string): void {
  for (const char of text) {
    const { view } = target;
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (handle) =>
      handle(view, from, to, char, () => view.state.tr.insertText(char, from, to)),
    );
    if (!handled) view.dispatch(view.state.tr.insertText(char, from, to));
  }
}

describe('typography as you type', () => {
  it('writes English quotes, apostrophes, dashes and ellipses', () => {
    const target = editorIn({ current: 'en' });
    type(target, `She said "it's done" -- 'mostly'...`);
    expect(target.getText()).toBe('She said “it’s done” — ‘mostly’…');
  });

  it('writes Khmer quotations between « and »', () => {
    const target = editorIn({ current: 'km' });
    type(target, 'គាត់និយាយថា "សួស្តី"');
    expect(target.getText()).toBe('គាត់និយាយថា «សួស្តី»');
  });

  it('follows the article when its language changes while open', () => {
    const language = { current: 'km' };
    const target = editorIn(language);
    type(target, '"ក" ');
    language.current = 'en-GB';
    type(target, '"a"');
    expect(target.getText()).toBe('«ក» “a”');
  });

  it('leaves web addresses and links as typed', () => {
    const target = editorIn({ current: 'en' });
    type(target, 'See https://example.org/a--b... ');
    target.commands.setLink({ href: 'https://example.org/' });
    target.commands.insertContent({
      type: 'text',
      text: 'x',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }],
    });
    type(target, '--');
    expect(target.getText()).toBe('See https://example.org/a--b... x--');
  });
});
