// The schema.org NewsArticle description search engines read from the page's JSON-LD block.
import type { Publication } from '../publication';
import { jsonForScript } from './escape';
import type { ArticleFacts } from './facts';
import { leadPhotoJsonLd } from './photo-meta';

export function newsArticleJsonLd(
  facts: ArticleFacts,
  publication: Publication,
): Record<string, unknown> {
  const name = publication.name.trim();
  const site = publication.siteUrl.trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.canonicalUrl
      ? {
          url: facts.canonicalUrl,
          mainEntityOfPage: { '@type': 'WebPage', '@id': facts.canonicalUrl },
        }
      : {}),
    ...(facts.publishedAt ? { datePublished: facts.publishedAt } : {}),
    dateModified: facts.modifiedAt,
    ...(facts.authors.length > 0
      ? { author: facts.authors.map((author) => person(author, publication)) }
      : {}),
    ...(name
      ? { publisher: { '@type': 'Organization', name, ...(site ? { url: site } : {}) } }
      : {}),
    ...(facts.dateline ? { dateline: facts.dateline.text } : {}),
    inLanguage: facts.language,
    ...(facts.section ? { articleSection: facts.section } : {}),
    ...(facts.tags.length > 0 ? { keywords: facts.tags } : {}),
    wordCount: facts.wordCount,
    ...(facts.leadPhoto ? { image: leadPhotoJsonLd(facts.leadPhoto) } : {}),
  };
}

/** A writer, with their profile page when the publication lists one under the same name. */
function person(name: string, publication: Publication): Record<string, string> {
  const key = name.trim().toLowerCase();
  const listed = publication.authors?.find((author) => author.name.trim().toLowerCase() === key);
  const url = listed?.url.trim();
  return { '@type': 'Person', name, ...(url ? { url } : {}) };
}

/** The whole <script> element; the JSON inside cannot close it early. */
export function renderJsonLd(facts: ArticleFacts, publication: Publication): string {
  return `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(facts, publication))}</script>`;
}
