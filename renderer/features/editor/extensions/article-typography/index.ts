// Typographer's quotes, apostrophes, dashes and ellipses as the writer types, in the article's
// language: “ ” and ‘ ’ in English; « » in Khmer, as Cambodian papers and government texts print
// quotations (with ‘ ’ for a quote inside a quote). Never inside a link or a web address, where
// "--" and quotes are part of the address, nor in code (the schema has none; TipTap skips code).
import { Extension, type InputRule } from '@tiptap/core';
import {
  closeDoubleQuote,
  closeSingleQuote,
  ellipsis,
  emDash,
  openDoubleQuote,
  openSingleQuote,
} from '@tiptap/extension-typography';

export interface QuoteMarks {
  openDouble: string;
  closeDouble: string;
  openSingle: string;
  closeSingle: string;
}

const ENGLISH: QuoteMarks = {
  openDouble: '“',
  closeDouble: '”',
  openSingle: '‘',
  closeSingle: '’',
};
const KHMER: QuoteMarks = { openDouble: '«', closeDouble: '»', openSingle: '‘', closeSingle: '’' };

export function quoteMarksFor(language: string): QuoteMarks {
  return language.toLowerCase().split('-')[0] === 'km' ? KHMER : ENGLISH;
}

export interface ArticleTypographyOptions {
  /** The article's language now: it can change while the editor is open. */
  language: () => string;
}

/** A run of text without spaces that is being typed as an address. */
const ADDRESS = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*$/i;

export const ArticleTypography = Extension.create<ArticleTypographyOptions>({
  name: 'articleTypography',
  addOptions() {
    return { language: () => 'en' };
  },
  addInputRules() {
    const byLanguage = (marks: QuoteMarks) => [
      openDoubleQuote(marks.openDouble),
      closeDoubleQuote(marks.closeDouble),
      openSingleQuote(marks.openSingle),
      closeSingleQuote(marks.closeSingle),
    ];
    const inLanguage = (rules: InputRule[], marks: QuoteMarks) =>
      rules.map((rule) => only(rule, () => quoteMarksFor(this.options.language()) === marks));
    return [
      only(emDash(), () => true),
      only(ellipsis(), () => true),
      ...inLanguage(byLanguage(ENGLISH), ENGLISH),
      ...inLanguage(byLanguage(KHMER), KHMER),
    ];
  },
});

/** The rule, applied only when `applies()` and never in a link or an address being typed. */
function only(rule: InputRule, applies: () => boolean): InputRule {
  const handler = rule.handler;
  rule.handler = (props) => {
    const { state, range } = props;
    const $from = state.doc.resolve(range.from);
    const inLink = [...$from.marks(), ...(state.storedMarks ?? [])].some(
      (mark) => mark.type.name === 'link' || mark.type.spec.code,
    );
    const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
    if (!applies() || inLink || ADDRESS.test(before)) return null;
    return handler(props);
  };
  return rule;
}
