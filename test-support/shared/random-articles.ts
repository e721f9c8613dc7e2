// Random articles for the property tests. `storedFields` covers everything the article schema and
// the body schema accept (hostile text included); `pageInput` stays within what a page of plain
// text can carry, for the export-then-import round trip.
import fc from 'fast-check';
import { ARTICLE_STATUSES, type ArticleFields, type RelatedLink } from '../../shared/article';
import { pageBody, storedBody } from './random-documents';
import { anyText, anyWord, KHMER_WORDS, plainWord, webUrl, words } from './random-text';

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
  datelineDate: anyText(60),
  datelineAgency: anyText(60),
  body: storedBody,
  language: fc.constantFrom('en', 'km', 'en-GB', 'fr', 'ar'),
  related: fc.array(relatedLink, { maxLength: 4 }),
  section: anyText(20),
  tags: fc.array(anyText(20, 1), { maxLength: 4 }),
  notes: anyText(60),
  status: fc.constantFrom(...ARTICLE_STATUSES),
});

// ---- What a page of plain text can carry ----

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
