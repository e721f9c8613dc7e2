// The checklist in English, as `dateline check` prints it and an export refusal names it. The
// interface words the same codes from its own catalogs, in the language the reporter chose.
import type { PreflightIssue } from './types';

type Values = Record<string, string | number>;

const SENTENCES: Record<PreflightIssue['code'], (v: Values) => string> = {
  'headline-empty': () => 'The headline is empty.',
  'headline-too-long': (v) =>
    `The headline is ${v.length} characters long; most sites show ${v.limit}.`,
  'standfirst-missing': () => 'There is no standfirst.',
  'standfirst-too-long': (v) =>
    `The standfirst is ${v.length} characters long; search results show about ${v.limit}.`,
  'byline-missing': () => 'There is no byline.',
  'dateline-missing': () => 'There is no dateline.',
  'body-unreadable': () => 'The body has content Dateline cannot read.',
  'body-empty': () => 'The body is empty.',
  'paragraph-empty': (v) => `Paragraph ${v.paragraph} is empty.`,
  'paragraph-double-space': (v) => `Paragraph ${v.paragraph} has a double space: “${v.excerpt}”.`,
  'paragraph-link-scheme': (v) =>
    `Paragraph ${v.paragraph} links to “${v.address}”, which is not a web or email address.`,
  'related-deleted': (v) =>
    `${relatedLink(v)} points to an article that is no longer in the library.`,
  'related-link-scheme': (v) => `${relatedLink(v)} is not a web address.`,
  'ticker-item-too-long': (v) =>
    `Ticker item ${v.number} is ${v.length} characters long (“${v.excerpt}…”); keep it under ${v.limit}.`,
  'short-headline-too-long': (v) => `The short headline is longer than ${v.limit} characters.`,
  'not-approved': () => 'The article is not approved yet.',
  'photo-alt-missing': (v) => `Photo ${v.number} has no alt text for readers who cannot see it.`,
  'photo-credit-missing': (v) => `Photo ${v.number} has no credit.`,
  'photo-lead-narrow': (v) =>
    `The lead photo is ${v.width} px wide; search engines ask for at least ${v.limit}.`,
};

function relatedLink(values: Values): string {
  return `Related link ${values.number} (“${values.title || 'untitled'}”)`;
}

export function englishPreflightMessage(issue: Pick<PreflightIssue, 'code' | 'values'>): string {
  return SENTENCES[issue.code](issue.values);
}
