// The page's <head>: title, description, canonical address, Open Graph and Twitter cards,
// JSON-LD and the theme.
import type { Publication } from '../publication';
import { escapeAttribute, escapeText } from './escape';
import type { ArticleFacts } from './facts';
import { renderJsonLd } from './json-ld';
import { ogLocale } from './og-locale';
import type { FontLinks } from './fonts';
import { pagePolicyMeta } from './page-policy';
import { leadPhotoMeta } from './photo-meta';
import { pageStyles } from './theme-css';

const meta = (key: 'name' | 'property', name: string, content: string): string =>
  `<meta ${key}="${name}" content="${escapeAttribute(content)}">`;

export function renderHead(
  facts: ArticleFacts,
  publication: Publication,
  fonts?: FontLinks,
  photosInside = false,
): string {
  const site = publication.name.trim();
  const lines = [
    '<meta charset="utf-8">',
    pagePolicyMeta(fonts, photosInside),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(site ? `${facts.headline} | ${site}` : facts.headline)}</title>`,
  ];
  if (facts.description) lines.push(meta('name', 'description', facts.description));
  if (facts.authors.length > 0) lines.push(meta('name', 'author', facts.authors.join(', ')));
  if (facts.canonicalUrl) {
    lines.push(`<link rel="canonical" href="${escapeAttribute(facts.canonicalUrl)}">`);
  }
  lines.push(meta('property', 'og:type', 'article'), meta('property', 'og:title', facts.headline));
  if (facts.description) lines.push(meta('property', 'og:description', facts.description));
  if (facts.canonicalUrl) lines.push(meta('property', 'og:url', facts.canonicalUrl));
  if (site) lines.push(meta('property', 'og:site_name', site));
  const locale = ogLocale(facts.language);
  if (locale) lines.push(meta('property', 'og:locale', locale));
  if (facts.publishedAt) lines.push(meta('property', 'article:published_time', facts.publishedAt));
  lines.push(meta('property', 'article:modified_time', facts.modifiedAt));
  if (facts.section) lines.push(meta('property', 'article:section', facts.section));
  for (const tag of facts.tags) lines.push(meta('property', 'article:tag', tag));
  // Without an image the large card has nothing to show; "summary" is the card for text.
  lines.push(
    meta('name', 'twitter:card', facts.leadPhoto ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', facts.socialTitle),
  );
  if (facts.description) lines.push(meta('name', 'twitter:description', facts.description));
  if (facts.leadPhoto) {
    for (const [key, name, content] of leadPhotoMeta(facts.leadPhoto)) {
      lines.push(meta(key, name, content));
    }
  }
  lines.push(renderJsonLd(facts, publication), `<style>\n${pageStyles(fonts)}</style>`);
  return lines.join('\n');
}
