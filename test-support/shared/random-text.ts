// Random text for the property tests: every character a field accepts (Khmer, emoji, controls,
// lone surrogates), text written to break out of HTML, web addresses as the library stores them,
// and the words a page of plain text is written in.
import fc from 'fast-check';

export const KHMER = ['ក', 'ខ', 'ភ', '្', 'ន', 'ំ', 'ព', 'េ', 'ញ', '៖', 'ស', 'ុ', '៉', '។', '\u200b'];
export const KHMER_WORDS = ['ភ្នំពេញ', 'កសិករ', 'ទន្លេ', 'ស្រូវ', 'ទីផ្សារ', 'ក្រសួង', 'ខេត្ត'];
export const EMOJI = ['😀', '🌾', '🇰🇭', '👩‍🌾', '👍🏽', '❤️'];
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

/** Any text a field accepts, one character of any kind at a time. */
export const anyText = (maxLength: number, minLength = 0) =>
  fc.string({ unit: anyChar, minLength, maxLength });

// Pieces of text that try to break out of an HTML page, or that are easy to escape wrongly.
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

/** Non-empty text made to break out of HTML: markup, entities, separators, Khmer, emoji. */
export const hostileText = fc
  .oneof(
    fc.constantFrom(...NASTY),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc
      .array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('')),
  )
  .filter((text) => text.length > 0);

/** Link addresses as a hand-edited file might hold them, script and data schemes included. */
export const HOSTILE_HREFS = [
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

export const host = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/), fc.constantFrom('org', 'com', 'kh', 'news'))
  .map(([name, tld]) => `${name}.${tld}`);
const pathPart = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 3 });

/** http(s) addresses in the form `new URL(address).href` gives back, ending in a letter or digit or slash. */
export const webUrl = fc
  .tuple(fc.constantFrom('http', 'https'), host, pathPart)
  .map(([scheme, name, parts]) => `${scheme}://${name}/${parts.join('/')}`);

// ---- Words for a page of plain text ----

// The page gives meaning to a few things by where they stand: "Place:" or "PLACE —" opening the
// story is the dateline, a line "By Name" closing it is the byline, a line "Related News" opens
// the list of links, bars on the first line are the ticker. So every line starts with a plain
// word, and the story's opening line and the headline hold plain words only. Other words may
// carry colons, dashes, bars, "by" or "related" anywhere else.
const RESERVED = new Set(['by', 'related', 'read', 'see']);
const latinWord = fc
  .stringMatching(/^[A-Za-z][a-z]{0,9}$/)
  .filter((word) => !RESERVED.has(word.toLowerCase()));

/** A word no line can be mistaken for a label by, with punctuation after it at times. */
export const plainWord = fc
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

/** Plain words, and at times a word that means something at the start of a line. */
export const anyWord = fc.oneof(
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

/** Between `min` and `max` plain words joined by spaces. */
export const words = (min: number, max: number) =>
  fc.array(plainWord, { minLength: min, maxLength: max }).map((list) => list.join(' '));
