// The article as an IPTC ninjs 2.1 news item (News in JSON), for wire services and CMS imports.
// Field names follow http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json, which allows no others.
import type { Article } from '../article';
import { countCharacters } from '../text/counts';
import { docToPlainText } from '../text/doc-text';
import { collectFacts } from './facts';
import { renderStoryHtml } from './fragment';
import { storyParagraphs } from './plain-text';
import { ninjsAssociations, type NinjsAssociation } from './photo-ninjs';
import type { ExportContext } from './types';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#';

interface NinjsText {
  role?: string;
  contenttype?: string;
  value: string;
}

interface NinjsBody extends NinjsText {
  charcount?: number;
  wordcount?: number;
}

interface NinjsConcept {
  name: string;
  rel?: string;
}

export interface NinjsItem {
  uri: string;
  standard: { name: 'ninjs'; version: string; schema: string };
  type: 'text';
  representationtype: 'full';
  version: string;
  firstcreated: string;
  versioncreated: string;
  pubstatus: 'usable';
  language: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies: NinjsBody[];
  by?: string;
  located?: string;
  subjects?: NinjsConcept[];
  renditions?: { name: string; href: string; contenttype: string }[];
  copyrightholder?: string;
  associations?: NinjsAssociation[];
}

export function renderNinjs(article: Article, context: ExportContext): NinjsItem {
  const facts = collectFacts(article, context);
  // The bodies are the reporter's story, as counted everywhere else; the dateline travels in
  // `located`, so the counts beside each body describe exactly the text it holds.
  const html = renderStoryHtml(article, undefined, context.publication.siteUrl);
  const text = storyParagraphs(article.body).join('\n\n');
  const counts = {
    charcount: countCharacters(docToPlainText(article.body)),
    wordcount: facts.wordCount,
  };
  const subjects: NinjsConcept[] = [
    ...(facts.section ? [{ name: facts.section, rel: 'section' }] : []),
    ...facts.tags.map((tag) => ({ name: tag, rel: 'tag' })),
  ];
  const shortHeadline = article.shortHeadline.trim();
  const publisher = context.publication.name.trim();
  const associations = ninjsAssociations(article, facts.canonicalUrl);
  return {
    uri: itemUri(article, context.publication.siteUrl),
    standard: { name: 'ninjs', version: '2.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    version: String(article.revision),
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    pubstatus: 'usable',
    language: facts.language,
    headlines: [
      { role: 'main', value: facts.headline },
      ...(shortHeadline ? [{ role: 'short', value: shortHeadline }] : []),
    ],
    ...(facts.standfirst
      ? { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: facts.standfirst }] }
      : {}),
    bodies: [
      { role: 'main', contenttype: 'text/html', value: html, ...counts },
      { role: 'main', contenttype: 'text/plain', value: text, ...counts },
    ],
    ...(facts.byline ? { by: facts.byline } : {}),
    ...(facts.dateline ? { located: facts.dateline.text } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(facts.canonicalUrl
      ? { renditions: [{ name: 'web', href: facts.canonicalUrl, contenttype: 'text/html' }] }
      : {}),
    ...(publisher ? { copyrightholder: publisher } : {}),
    ...(associations ? { associations } : {}),
  };
}

/**
 * A lasting identifier, not a link: a tag: URI (RFC 4151) under the site's host when there is
 * one, so two publications' items never collide; otherwise a URN of Dateline's own.
 */
function itemUri(article: Article, siteUrl: string): string {
  const host = URL.canParse(siteUrl.trim()) ? new URL(siteUrl.trim()).hostname : '';
  return host
    ? `tag:${host},${article.createdAt.slice(0, 10)}:article:${article.id}`
    : `urn:dateline:article:${article.id}`;
}
