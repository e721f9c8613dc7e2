// Random documents of the article schema for property tests: nested blocks, lists, hard breaks,
// and text with bold, italic and link marks, including text that tries to break out of HTML.
import fc from 'fast-check';
import type { ArticleBody, TipTapNode } from '../article';

const NASTY = [
  '<',
  '>',
  '&',
  '&amp;',
  '"',
  "'",
  '</script>',
  '<script>alert(1)</script>',
  '<b>Fish & "Chips"</b>',
  ']]>',
  '<!--',
  'ភ្នំពេញ ៖',
  'សម្ដេចតេជោ\u200Bហ៊ុន\u200Bសែន',
  '\u200B',
  '\u00A0',
  'Phnom Penh',
  ' ',
  '\n',
  '\u2028',
  '😀',
];

const HREFS = [
  'https://example.org/',
  'https://example.org/a?b=1&c="2"<3>',
  'http://example.com/path#frag',
  'mailto:desk@example.org',
  "https://example.org/'quote'",
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' java\tscript:alert(1)',
];

export const textArbitrary = fc
  .oneof(
    fc.constantFrom(...NASTY),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc
      .array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('')),
  )
  .filter((text) => text.length > 0);

const linkMark = fc
  .record(
    {
      href: fc.constantFrom(...HREFS),
      title: fc.option(textArbitrary, { nil: undefined }),
      target: fc.option(fc.constantFrom('_blank', '"><script>'), { nil: undefined }),
    },
    { requiredKeys: ['href'] },
  )
  .map((attrs) => ({ type: 'link', attrs }));

const marksArbitrary = fc
  .tuple(
    fc.boolean(),
    fc.boolean(),
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: linkMark }),
  )
  .map(([bold, italic, link]) => [
    ...(link ? [link] : []),
    ...(italic ? [{ type: 'italic' }] : []),
    ...(bold ? [{ type: 'bold' }] : []),
  ]);

const withMarks = (node: TipTapNode, marks: TipTapNode['marks'] & object): TipTapNode =>
  marks.length > 0 ? { ...node, marks } : node;

const inlineArbitrary: fc.Arbitrary<TipTapNode> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(textArbitrary, marksArbitrary)
      .map(([text, marks]) => withMarks({ type: 'text', text }, marks)),
  },
  { weight: 1, arbitrary: marksArbitrary.map((marks) => withMarks({ type: 'hardBreak' }, marks)) },
);

const inlineContent = fc.array(inlineArbitrary, { maxLength: 6 });
const withContent = (type: string, content: TipTapNode[], attrs?: Record<string, unknown>) => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length > 0 ? { content } : {}),
});

const paragraph = inlineContent.map((content) => withContent('paragraph', content));

const { block } = fc.letrec<{ block: TipTapNode; item: TipTapNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: paragraph },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(2, 3, 2, 3, 1, 5), inlineContent)
        .map(([level, content]) => withContent('heading', content, { level })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('block'), { minLength: 1, maxLength: 3 })
        .map((content) => withContent('blockquote', content)),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('item'), { minLength: 1, maxLength: 3 })
        .map((content) => withContent('bulletList', content)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
          fc.option(fc.constantFrom(1, 3, 0), { nil: undefined }),
          fc.option(fc.constantFrom('a', 'I', '1'), { nil: undefined }),
        )
        .map(([content, start, type]) =>
          withContent('orderedList', content, {
            ...(start === undefined ? {} : { start }),
            ...(type === undefined ? {} : { type }),
          }),
        ),
    },
  ),
  item: fc
    .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
    .map(([first, rest]) => withContent('listItem', [first, ...rest])),
}));

export const bodyArbitrary: fc.Arbitrary<ArticleBody> = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((content) => ({ type: 'doc', content }));
