// The one generator of random TipTap documents. `storedBody` gives what the body schema accepts
// (allowed links only, text of every kind); `hostileBody` gives what a hand-edited file might
// hold (script and data links, link titles and targets, marks on hard breaks, heading levels,
// list attributes and cell spans the schema never writes); `pageBody` stays within what a page of plain text
// carries. All three are built by the same `bodyOf` or from the same marks.
import fc from 'fast-check';
import type { ArticleBody, TipTapNode } from '../../shared/article';
import { cleanCaption } from '../../shared/schema/article-table/caption';
import {
  anyText,
  anyWord,
  HOSTILE_HREFS,
  hostileText,
  host,
  plainWord,
  webUrl,
} from './random-text';

type Mark = NonNullable<TipTapNode['marks']>[number];

// ---- Marks ----

const storedHref = fc.oneof(
  { weight: 4, arbitrary: webUrl },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), host)
      .map(([user, name]) => `mailto:${user}@${name}`),
  },
);

// A stored link holds its address only; anything else on it is dropped when it is read or saved.
const storedLink = storedHref.map((address): Mark => ({ type: 'link', attrs: { href: address } }));

/** Marks in the schema's order (link, bold, italic), each at most once, as ProseMirror requires. */
export const storedMarks = fc
  .tuple(fc.option(storedLink, { nil: undefined }), fc.boolean(), fc.boolean())
  .map(([link, bold, italic]) => {
    const list: Mark[] = [];
    if (link) list.push(link);
    if (bold) list.push({ type: 'bold' });
    if (italic) list.push({ type: 'italic' });
    return list;
  });

const hostileLink = fc
  .record(
    {
      href: fc.constantFrom(...HOSTILE_HREFS),
      title: fc.option(hostileText, { nil: undefined }),
      target: fc.option(fc.constantFrom('_blank', '"><script>'), { nil: undefined }),
    },
    { requiredKeys: ['href'] },
  )
  .map((attrs): Mark => ({ type: 'link', attrs }));

/** Link, italic and bold in an order the schema never writes, links of any scheme. */
const hostileMarks = fc
  .tuple(
    fc.boolean(),
    fc.boolean(),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: hostileLink },
    ),
  )
  .map(([bold, italic, link]): Mark[] => [
    ...(link ? [link] : []),
    ...(italic ? [{ type: 'italic' }] : []),
    ...(bold ? [{ type: 'bold' }] : []),
  ]);

// ---- Bodies ----

export interface BodyShape {
  text: fc.Arbitrary<string>;
  marks: fc.Arbitrary<Mark[]>;
  /** Hard breaks carry marks too, as a hand-edited file might have them. */
  marksOnBreaks: boolean;
  headingLevels: readonly number[];
  orderedListAttrs: fc.Arbitrary<Record<string, unknown> | undefined>;
  /** A table's caption attribute. */
  caption: fc.Arbitrary<unknown>;
  /** A cell's colspan and rowspan. */
  span: fc.Arbitrary<unknown>;
}

const withMarks = (node: TipTapNode, marks: Mark[]): TipTapNode =>
  marks.length > 0 ? { ...node, marks } : node;

const withContent = (type: string, content: TipTapNode[], attrs?: Record<string, unknown>) => {
  const node: TipTapNode = { type };
  if (attrs) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
};

/**
 * Bodies of paragraphs, headings, quotes, nested lists and tables (a header row, a header column
 * or neither; cells of paragraphs), with text and marks of `shape`.
 */
export function bodyOf(shape: BodyShape): fc.Arbitrary<ArticleBody> {
  const hardBreak: TipTapNode = { type: 'hardBreak' };
  const inline = fc.array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(shape.text, shape.marks)
          .map(([text, marks]) => withMarks({ type: 'text', text }, marks)),
      },
      {
        weight: 1,
        arbitrary: shape.marksOnBreaks
          ? shape.marks.map((marks) => withMarks(hardBreak, marks))
          : fc.constant(hardBreak),
      },
    ),
    { maxLength: 6 },
  );
  const paragraph = inline.map((content) => withContent('paragraph', content));
  const cell = (header: boolean) =>
    fc
      .tuple(fc.array(paragraph, { minLength: 1, maxLength: 2 }), shape.span, shape.span)
      .map(([content, colspan, rowspan]) =>
        withContent(header ? 'tableHeader' : 'tableCell', content, { colspan, rowspan }),
      );
  const table = fc
    .record({
      width: fc.integer({ min: 1, max: 3 }),
      height: fc.integer({ min: 1, max: 4 }),
      headerRow: fc.boolean(),
      headerColumn: fc.boolean(),
      caption: shape.caption,
    })
    .chain(({ width, height, headerRow, headerColumn, caption }) =>
      fc
        .tuple(
          ...Array.from({ length: height }, (_, row) =>
            fc.tuple(
              ...Array.from({ length: width }, (_, column) =>
                cell((headerRow && row === 0) || (headerColumn && column === 0)),
              ),
            ),
          ),
        )
        .map((rows) =>
          withContent(
            'table',
            rows.map((cells) => withContent('tableRow', cells)),
            { caption },
          ),
        ),
    );
  const { block } = fc.letrec<{ block: TipTapNode; listItem: TipTapNode }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: paragraph },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...shape.headingLevels), inline)
          .map(([level, content]) => withContent('heading', content, { level })),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(tie('block'), { minLength: 1, maxLength: 3 })
          .map((content) => withContent('blockquote', content)),
      },
      { weight: 1, arbitrary: table },
      {
        weight: 1,
        arbitrary: fc
          .array(tie('listItem'), { minLength: 1, maxLength: 3 })
          .map((content) => withContent('bulletList', content)),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.array(tie('listItem'), { minLength: 1, maxLength: 3 }), shape.orderedListAttrs)
          .map(([content, attrs]) => withContent('orderedList', content, attrs)),
      },
    ),
    listItem: fc
      .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
      .map(([first, rest]) => withContent('listItem', [first, ...rest])),
  }));
  return fc
    .array(block, { minLength: 1, maxLength: 6 })
    .map((content) => ({ type: 'doc' as const, content }));
}

/** Every body the schema accepts, with text of every kind. */
export const storedBody = bodyOf({
  text: anyText(30, 1),
  marks: storedMarks,
  marksOnBreaks: false,
  headingLevels: [2, 3],
  orderedListAttrs: fc
    .option(fc.integer({ min: 1, max: 999 }), { nil: undefined })
    .map((start) => (start === undefined ? undefined : { start })),
  caption: fc.option(anyText(30, 1), { nil: null }).map(cleanCaption),
  span: fc.constant(1),
});

/** Bodies a hand-edited file might hold, for the exporter to make safe. */
export const hostileBody = bodyOf({
  text: hostileText,
  marks: hostileMarks,
  marksOnBreaks: true,
  headingLevels: [2, 3, 2, 3, 1, 5],
  orderedListAttrs: fc
    .tuple(
      fc.option(fc.constantFrom(1, 3, 0), { nil: undefined }),
      fc.option(fc.constantFrom('a', 'I', '1'), { nil: undefined }),
    )
    .map(([start, type]) => ({
      ...(start === undefined ? {} : { start }),
      ...(type === undefined ? {} : { type }),
    })),
  caption: fc.oneof(hostileText, fc.constantFrom(null, 7, '  ', '</caption><script>x</script>')),
  span: fc.constantFrom(1, 1, 1, 2, 3, 0, -1, '2', 1.5, 1e9, null, '"><script>'),
});

// ---- Bodies a page of plain text can carry ----

/** A plain word first (no line reads as a byline or a heading), then any words. */
const lineWords = (plain: boolean) =>
  fc
    .tuple(plainWord, fc.array(plain ? plainWord : anyWord, { maxLength: 11 }))
    .map(([first, rest]) => [first, ...rest]);

/** A line of words, split into text nodes with marks at random word boundaries. */
const markedLine = (plain: boolean) =>
  fc.tuple(lineWords(plain), fc.array(storedMarks, { maxLength: 3 })).map(([list, markSets]) => {
    const pieces = Math.min(markSets.length + 1, list.length);
    const size = Math.ceil(list.length / pieces);
    const nodes: TipTapNode[] = [];
    for (let at = 0, index = 0; at < list.length; at += size, index++) {
      const last = at + size >= list.length;
      const text = list.slice(at, at + size).join(' ') + (last ? '' : ' ');
      nodes.push(withMarks({ type: 'text', text }, index === 0 ? [] : (markSets[index - 1] ?? [])));
    }
    return nodes;
  });

/** A paragraph of one to three lines; `plain` keeps the first line to plain words. */
const pageParagraph = (plain: boolean) =>
  fc
    .tuple(markedLine(plain), fc.array(markedLine(false), { maxLength: 2 }))
    .map(([first, rest]): TipTapNode => ({
      type: 'paragraph',
      content: [first, ...rest].flatMap((line, index) =>
        index === 0 ? line : [{ type: 'hardBreak' }, ...line],
      ),
    }));

const pageBlock = (plain: boolean) =>
  fc.oneof(
    { weight: 5, arbitrary: pageParagraph(plain) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(2, 3), markedLine(plain))
        .map(([level, content]) => withContent('heading', content, { level })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pageParagraph(plain), fc.array(pageParagraph(false), { maxLength: 1 }))
        .map(([first, rest]) => withContent('blockquote', [first, ...rest])),
    },
  );

/** Paragraphs, headings and quotes of words, the story's opening line in plain words. */
export const pageBody = fc
  .tuple(
    fc.option(pageBlock(true), { nil: undefined }),
    fc.array(pageBlock(false), { maxLength: 5 }),
  )
  .map(([opening, rest]) => ({
    type: 'doc' as const,
    content: opening ? [opening, ...rest] : [{ type: 'paragraph' }],
  }));
