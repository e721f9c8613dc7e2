// The Content-Security-Policy every exported page declares in a <meta>: no script runs in it,
// whatever ends up in it, on any site that serves it. The JSON-LD block is data a browser never
// runs, so search engines still read it. The theme is an inline <style>, so inline styles are
// allowed (and only styles); fonts, images and stylesheets may come only from the page's own
// site, such as files copied beside it.
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
