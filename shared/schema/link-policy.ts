// Which URLs an article may link to. Used by the editor schema, the link dialog and the library.

export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/**
 * Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so
 * every check of an address does too. The one definition; use it with `replace`, never `test`.
 */
// eslint-disable-next-line no-control-regex
export const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

export function isAllowedLinkUrl(url: string): boolean {
  const cleaned = url.replace(IGNORED_IN_URL, '');
  if (cleaned.length === 0 || cleaned.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return false;
  }
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0;
}

/** A web page's address (http or https), the only kind a ticker item or related link may hold. */
export function isWebUrl(url: string): boolean {
  return isAllowedLinkUrl(url) && /^\s*https?:/i.test(url);
}

/** Why a typed address was refused; the interface words it from `links.<problem>`. */
export type LinkProblem =
  | 'empty'
  | 'not-a-link'
  | 'web-only'
  | 'invisible-characters'
  | 'not-web-address'
  | 'no-site'
  | 'credentials'
  | 'too-long';

export type LinkCheck =
  | { ok: true; url: string }
  | {
      ok: false;
      /** In English, for logs and tests. */
      message: string;
      problem: LinkProblem;
      values?: Record<string, string | number>;
    };

/**
 * What the link dialog does with what a writer typed: "example.org/page" becomes
 * "https://example.org/page", an address becomes a mailto: link, anything else is refused.
 */
export function checkLinkInput(input: string): LinkCheck {
  const trimmed = input.trim();
  if (trimmed.length === 0) return EMPTY_ADDRESS;
  let candidate = trimmed;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (!hasScheme) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) candidate = `mailto:${trimmed}`;
    // "&#106;avascript:" or "javascript&colon;" would otherwise become an https:// link whose
    // site is made of entity text; an address without a scheme must start with a site name.
    else if (BARE_ADDRESS.test(trimmed)) candidate = `https://${trimmed}`;
    else return NOT_A_LINK;
  }
  if (isAllowedLinkUrl(candidate)) return { ok: true, url: candidate };
  return NOT_A_LINK;
}

export const EMPTY_ADDRESS: LinkCheck = {
  ok: false,
  message: 'Type or paste a web address.',
  problem: 'empty',
};

const NOT_A_LINK: LinkCheck = {
  ok: false,
  message: 'Links must be web addresses (http:// or https://) or email addresses (mailto:).',
  problem: 'not-a-link',
};

/** A site name (letters of any script, digits, dashes), an optional port, then a path or nothing. */
const LABEL = '[\\p{L}\\p{M}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_-]*[\\p{L}\\p{M}\\p{N}_])?';
export const BARE_ADDRESS = new RegExp(
  `^(?:${LABEL}\\.)*${LABEL}\\.?(?::\\d{1,5})?(?:[/?#]|$)`,
  'u',
);
