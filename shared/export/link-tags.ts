// How export writes a link: the address is checked once more here, whatever cleaned the body
// before, and the page gives a link that leaves the site its own rel. Nothing else a link
// carried (target, rel, class, title) is ever written.
import { isAllowedLinkUrl } from '../schema/link-policy';
import { escapeAttribute } from './escape';

/** The rel of a link that leaves the site: the opened page gets no handle on this one. */
export const OFF_SITE_REL = 'noopener noreferrer';

function webUrl(address: string | undefined): URL | undefined {
  if (address === undefined) return undefined;
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The rel for a written href: OFF_SITE_REL when it is a web address on another origin than the
 * site's (every web address when the site has none); none for an address on the site, a page
 * of the same export (a relative address) or an email address.
 */
export function relFor(href: string, siteUrl: string | undefined): string | undefined {
  return relOnSite(href, webUrl(siteUrl)?.origin);
}

function relOnSite(href: string, siteOrigin: string | undefined): string | undefined {
  const target = webUrl(href);
  if (!target) return undefined;
  return siteOrigin === target.origin ? undefined : OFF_SITE_REL;
}

const relText = (rel: string | undefined): string => (rel ? ` rel="${rel}"` : '');

/** Past this many addresses a site's remembered tags start over. */
const TAGS_PER_SITE = 4_096;
const tagsBySite = new Map<string, Map<string, string | undefined>>();

/**
 * Writes the opening <a> tag of a body link, or undefined when its address is not one the link
 * policy allows (the text is then written without a link). The tag depends on the address and
 * the site only, so it is remembered across bodies: an edition links the same pages over and over.
 */
export function bodyLinkWriter(siteUrl: string | undefined): (href: unknown) => string | undefined {
  const siteOrigin = webUrl(siteUrl)?.origin;
  const key = siteOrigin ?? '';
  let seen = tagsBySite.get(key);
  if (!seen) tagsBySite.set(key, (seen = new Map()));
  const tags = seen;
  return (href) => {
    if (typeof href !== 'string') return undefined;
    const known = tags.get(href);
    if (known !== undefined || tags.has(href)) return known;
    const open = isAllowedLinkUrl(href)
      ? `<a href="${escapeAttribute(href.trim())}"${relText(relOnSite(href, siteOrigin))}>`
      : undefined;
    if (tags.size >= TAGS_PER_SITE) tags.clear();
    tags.set(href, open);
    return open;
  };
}
