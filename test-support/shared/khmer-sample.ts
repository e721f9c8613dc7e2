// A short Khmer article of the project's own, for tests that need Khmer text without the
// fixtures folder: a headline with a Khmer colon, a dateline and two paragraphs.
import { emptyFields, type ArticleFields } from '../../shared/article';

export const KHMER_HEADLINE = 'ភ្លៀងធ្លាក់ខ្លាំង៖ ទឹកជំនន់គ្របដណ្ដប់ផ្លូវជាច្រើននៅភ្នំពេញ';

export function khmerFields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    ...emptyFields(),
    headline: KHMER_HEADLINE,
    language: 'km',
    dateline: 'ភ្នំពេញ',
    status: 'approved',
    body: {
      type: 'doc',
      content: [
        'ភ្លៀងបានធ្លាក់អស់រយៈពេលបីម៉ោង កាលពីល្ងាចម្សិលមិញ ។',
        'អាជ្ញាធរក្រុងបានបញ្ជូនម៉ាស៊ីនបូមទឹកទៅកាន់សង្កាត់ចំនួនប្រាំ ។',
      ].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    ...overrides,
  };
}
