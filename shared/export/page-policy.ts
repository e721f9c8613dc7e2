// The Content-Security-Policy every exported page declares in a <meta>: no script runs in it,
// whatever ends up in it, on any site that serves it. The JSON-LD block is data a browser never
// runs, so search engines still read it. The theme is an inline <style>, so inline styles are
// allowed (and only styles); fonts, images and stylesheets may come only from the page's own
// site, such as files copied beside it. A page exported on its own carries its fonts inside it as
// data: addresses, so its policy takes fonts from data: too (fonts run nothing).
import { embedsFonts, type FontLinks } from './fonts';

export const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The <meta> that declares it; it goes before anything it must govern, right after the charset. */
export const PAGE_POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">`;

const EMBEDDED_FONTS_POLICY = PAGE_POLICY.replace("font-src 'self'", "font-src 'self' data:");

/**
 * The <meta> for a page whose fonts are found by `fonts`; a page exported on its own carries its
 * photos inside it too (`photosInside`), as data: images, which run nothing either.
 */
export function pagePolicyMeta(fonts?: FontLinks, photosInside = false): string {
  const policy = embedsFonts(fonts) ? EMBEDDED_FONTS_POLICY : PAGE_POLICY;
  const withPhotos = photosInside
    ? policy.replace("img-src 'self'", "img-src 'self' data:")
    : policy;
  return `<meta http-equiv="Content-Security-Policy" content="${withPhotos}">`;
}
