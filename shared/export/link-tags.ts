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

/** Past this many addresses a site's remembered rels and tags start over. */
const REMEMBERED_PER_SITE = 4_096;

interface SiteLinks {
  origin: string | undefined;
  rels: Map<string, string | undefined>;
  tags: Map<string, string | undefined>;
}

/** Sites by their address as the settings give it; a run exports for one or two. */
const sites = new Map<string | undefined, SiteLinks>();
const SITES = 16;

function siteLinks(siteUrl: string | undefined): SiteLinks {
  let site = sites.get(siteUrl);
  if (!site) {
    if (sites.size >= SITES) sites.clear();
    site = { origin: webUrl(siteUrl)?.origin, rels: new Map(), tags: new Map() };
    sites.set(siteUrl, site);
  }
  return site;
}

/** `work(key)`, remembered in `seen` (undefined included), which starts over when full. */
function remembered<T>(seen: Map<string, T>, key: string, work: (key: string) => T): T {
  const known = seen.get(key);
  if (known !== undefined || seen.has(key)) return known as T;
  const made = work(key);
  if (seen.size >= REMEMBERED_PER_SITE) seen.clear();
  seen.set(key, made);
  return made;
}

/**
 * The rel for a written href: OFF_SITE_REL when it is a web address on another origin than the
 * site's (every web address when the site has none); none for an address on the site, a page
 * of the same export (a relative address) or an email address. Remembered per site: a page's
 * ticker and related links are the same addresses page after page.
 */
export function relFor(href: string, siteUrl: string | undefined): string | undefined {
  const site = siteLinks(siteUrl);
  return remembered(site.rels, href, (address) => relOnSite(address, site.origin));
}

function relOnSite(href: string, siteOrigin: string | undefined): string | undefined {
  const target = webUrl(href);
  if (!target) return undefined;
  return siteOrigin === target.origin ? undefined : OFF_SITE_REL;
}

const relText = (rel: string | undefined): string => (rel ? ` rel="${rel}"` : '');

/**
 * Writes the opening <a> tag of a body link, or undefined when its address is not one the link
 * policy allows (the text is then written without a link). The tag depends on the address and
 * the site only, so it is remembered across bodies: an edition links the same pages over and over.
 */
export function bodyLinkWriter(siteUrl: string | undefined): (href: unknown) => string | undefined {
  const site = siteLinks(siteUrl);
  const open = (href: string): string | undefined =>
    isAllowedLinkUrl(href)
      ? `<a href="${escapeAttribute(href.trim())}"${relText(relOnSite(href, site.origin))}>`
      : undefined;
  return (href) => (typeof href === 'string' ? remembered(site.tags, href, open) : undefined);
}
