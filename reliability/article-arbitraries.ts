// Random articles for the property tests. `storedFields` covers everything the article schema and
// the body schema accept (hostile text included); `pageFields` stays within what a page of plain
// text can carry, for the export-then-import round trip.
import fc from 'fast-check';
import {
  ARTICLE_STATUSES,
  type ArticleFields,
  type RelatedLink,
  type TipTapNode,
} from '../shared/article';

type Mark = NonNullable<TipTapNode['marks']>[number];

// ---- Text of every kind the fields accept ----

const KHMER = ['ក', 'ខ', 'ភ', '្', 'ន', 'ំ', 'ព', 'េ', 'ញ', '៖', 'ស', 'ុ', '៉', '។', '\u200b'];
const EMOJI = ['😀', '🌾', '🇰🇭', '👩‍🌾', '👍🏽', '❤️'];
// C0 and C1 controls, line and paragraph separators, a BOM, noncharacters and lone surrogates.
const AWKWARD = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\ud800',
  '\udfff',
  '<',
  '&',
  '"',
  "'",
  '\\',
];

const anyChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...KHMER) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

export const anyText = (maxLength: number, minLength = 0) =>
  fc.string({ unit: anyChar, minLength, maxLength });

// ---- Links the policy allows, written the way the library stores them ----

const host = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/), fc.constantFrom('org', 'com', 'kh', 'news'))
  .map(([name, tld]) => `${name}.${tld}`);
const pathPart = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 3 });

/** http(s) addresses in the form `new URL(address).href` gives back, ending in a letter or digit or slash. */
export const webUrl = fc
  .tuple(fc.constantFrom('http', 'https'), host, pathPart)
  .map(([scheme, name, parts]) => `${scheme}://${name}/${parts.join('/')}`);

const href = fc.oneof(
  { weight: 4, arbitrary: webUrl },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), host)
      .map(([user, name]) => `mailto:${user}@${name}`),
  },
);

// A stored link holds its address only; anything else on it is dropped when it is read or saved.
const linkMark = href.map((address): Mark => ({ type: 'link', attrs: { href: address } }));

/** Marks in the schema's order (link, bold, italic), each at most once, as ProseMirror requires. */
const marks = fc
  .tuple(fc.option(linkMark, { nil: undefined }), fc.boolean(), fc.boolean())
  .map(([link, bold, italic]) => {
    const list: Mark[] = [];
    if (link) list.push(link);
    if (bold) list.push({ type: 'bold' });
    if (italic) list.push({ type: 'italic' });
    return list;
  });

// ---- Bodies: everything the editor's schema allows ----

const textNode = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, marks).map(([value, list]): TipTapNode => {
    const node: TipTapNode = { type: 'text', text: value };
    if (list.length > 0) node.marks = list;
    return node;
  });

const inline = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: textNode(anyText(30, 1)) },
    { weight: 1, arbitrary: fc.constant<TipTapNode>({ type: 'hardBreak' }) },
  ),
  { maxLength: 5 },
);

const withContent = (type: string, content: TipTapNode[], attrs?: Record<string, unknown>) => {
  const node: TipTapNode = { type };
  if (attrs) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
};

const paragraph = inline.map((content) => withContent('paragraph', content));

const { block } = fc.letrec<{ block: TipTapNode; listItem: TipTapNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: paragraph },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(2, 3), inline)
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
        .array(tie('listItem'), { minLength: 1, maxLength: 3 })
        .map((content) => withContent('bulletList', content)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(tie('listItem'), { minLength: 1, maxLength: 3 }),
          fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
        )
        .map(([content, start]) =>
          withContent('orderedList', content, start === undefined ? undefined : { start }),
        ),
    },
  ),
  listItem: fc
    .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
    .map(([first, rest]) => withContent('listItem', [first, ...rest])),
}));

export const anyBody = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((content) => ({ type: 'doc' as const, content }));

// ---- The other fields ----

const entryId = fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/);
const articleId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{7,20}$/);

const relatedLink: fc.Arbitrary<RelatedLink> = fc.record({
  id: entryId,
  title: anyText(60),
  titleEdited: fc.boolean(),
  target: fc.oneof(
    articleId.map((id) => ({ kind: 'article' as const, articleId: id })),
    // The schema keeps related links to web pages only.
    webUrl.map((url) => ({ kind: 'url' as const, url })),
  ),
});

/** Any fields the article schema accepts. */
export const storedFields: fc.Arbitrary<ArticleFields> = fc.record({
  headline: anyText(80),
  shortHeadline: anyText(40),
  standfirst: anyText(120),
  byline: anyText(40),
  dateline: anyText(30),
  body: anyBody,
  language: fc.constantFrom('en', 'km', 'en-GB', 'fr', 'ar'),
  related: fc.array(relatedLink, { maxLength: 4 }),
  section: anyText(20),
  tags: fc.array(anyText(20, 1), { maxLength: 4 }),
  notes: anyText(60),
  status: fc.constantFrom(...ARTICLE_STATUSES),
});

// ---- What a page of plain text can carry ----

// The page gives meaning to a few things by where they stand: "Place:" or "PLACE —" opening the
// story is the dateline, a line "By Name" closing it is the byline, a line "Related News" opens
// the list of links, bars on the first line are the ticker. So every line starts with a plain
// word, and the story's opening line and the headline hold plain words only. Other words may
// carry colons, dashes, bars, "by" or "related" anywhere else.
const RESERVED = new Set(['by', 'related', 'read', 'see']);
const KHMER_WORDS = ['ភ្នំពេញ', 'កសិករ', 'ទន្លេ', 'ស្រូវ', 'ទីផ្សារ', 'ក្រសួង', 'ខេត្ត'];
const latinWord = fc
  .stringMatching(/^[A-Za-z][a-z]{0,9}$/)
  .filter((word) => !RESERVED.has(word.toLowerCase()));
const plainWord = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: latinWord },
      { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,4}$/) },
      { weight: 2, arbitrary: fc.constantFrom(...KHMER_WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
    ),
    fc.constantFrom('', '', '', ',', '.', '!', '?', '”'),
  )
  .map(([text, after]) => text + after);
const anyWord = fc.oneof(
  { weight: 6, arbitrary: plainWord },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'by',
      'By',
      'related',
      'Related News',
      'read more',
      'see also',
      'Note:',
      '៖',
      '-',
      '--',
      '—',
      '|',
      '(AP)',
    ),
  },
);
const words = (min: number, max: number) =>
  fc.array(plainWord, { minLength: min, maxLength: max }).map((list) => list.join(' '));
/** A plain word first (no line reads as a byline or a heading), then any words. */
const lineWords = (plain: boolean) =>
  fc
    .tuple(plainWord, fc.array(plain ? plainWord : anyWord, { maxLength: 11 }))
    .map(([first, rest]) => [first, ...rest]);

/** A line of words, split into text nodes with marks at random word boundaries. */
const markedLine = (plain: boolean) =>
  fc.tuple(lineWords(plain), fc.array(marks, { maxLength: 3 })).map(([list, markSets]) => {
    const pieces = Math.min(markSets.length + 1, list.length);
    const size = Math.ceil(list.length / pieces);
    const nodes: TipTapNode[] = [];
    for (let at = 0, index = 0; at < list.length; at += size, index++) {
      const last = at + size >= list.length;
      const text = list.slice(at, at + size).join(' ') + (last ? '' : ' ');
      const node: TipTapNode = { type: 'text', text };
      const set = index === 0 ? [] : (markSets[index - 1] ?? []);
      if (set.length > 0) node.marks = set;
      nodes.push(node);
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
        .map(([level, content]): TipTapNode => ({ type: 'heading', attrs: { level }, content })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pageParagraph(plain), fc.array(pageParagraph(false), { maxLength: 1 }))
        .map(([first, rest]): TipTapNode => ({ type: 'blockquote', content: [first, ...rest] })),
    },
  );
const pageBody = fc
  .tuple(
    fc.option(pageBlock(true), { nil: undefined }),
    fc.array(pageBlock(false), { maxLength: 5 }),
  )
  .map(([opening, rest]) => ({
    type: 'doc' as const,
    content: opening ? [opening, ...rest] : [{ type: 'paragraph' }],
  }));

/** A related title: plain words at both ends (an end dash or colon reads as a separator). */
const relatedTitle = fc
  .tuple(plainWord, fc.array(anyWord, { maxLength: 6 }), plainWord)
  .map(([first, middle, last]) => [first, ...middle, last].join(' '));

/** Place names: real ones, and made-up ones from syllables, so none is a label like "Update". */
const SYLLABLES = ['kam', 'pong', 'ta', 'ke', 'svay', 'rieng', 'pur', 'sat', 'bang', 'pai', 'lin'];
const madeUpPlace = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join('').replace(/^./, (first) => first.toUpperCase()));
const PLACES = ['Phnom Penh', 'Battambang', 'Siem Reap', 'Kampong Cham', 'Stung Treng', 'Hanoi'];
const dateline = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...PLACES),
  fc.array(madeUpPlace, { minLength: 1, maxLength: 3 }).map((list) => list.join(' ')),
  fc
    .array(fc.constantFrom(...KHMER_WORDS), { minLength: 1, maxLength: 2 })
    .map((list) => list.join(' ')),
);

const nameWord = fc.stringMatching(/^[A-Z][a-z]{1,9}$/).filter((name) => name !== 'By');
const person = fc.oneof(
  fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((list) => list.join(' ')),
  fc.constantFrom('សុខ ចាន់', 'ដារ៉ា', 'ស្រីពៅ'),
);
const byline = fc.oneof(
  fc.constant(''),
  fc
    .array(person, { minLength: 1, maxLength: 3 })
    .map((people) =>
      people.length === 1
        ? people[0]!
        : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]!}`,
    ),
);

export interface PageLink {
  title: string;
  url: string;
}

export interface PageInput {
  fields: ArticleFields;
  ticker: string[];
}

/** Fields a page of plain text can carry, with ticker headlines to write above them. */
export const pageInput: fc.Arbitrary<PageInput> = fc.record({
  fields: fc.record({
    headline: words(1, 12),
    shortHeadline: fc.constant(''),
    standfirst: fc.constant(''),
    byline,
    dateline,
    body: pageBody,
    language: fc.constantFrom('en', 'km'),
    related: fc.array(
      fc.record({
        id: entryId,
        title: relatedTitle,
        titleEdited: fc.boolean(),
        target: webUrl.map((url) => ({ kind: 'url' as const, url })),
      }),
      { maxLength: 5 },
    ),
    section: fc.constant(''),
    tags: fc.constant([]),
    notes: fc.constant(''),
    status: fc.constantFrom(...ARTICLE_STATUSES),
  }),
  ticker: fc.array(words(1, 6), { maxLength: 4 }),
});
