// The one rule for a web address a writer types where only web pages may be linked: a ticker
// item's link and a related-news link. The editor's own link dialog (which also takes email
// addresses) is `checkLinkInput` in link-policy.ts.
import {
  BARE_ADDRESS,
  EMPTY_ADDRESS,
  IGNORED_IN_URL,
  type LinkCheck,
  type LinkProblem,
} from './link-policy';

/** Matches LinkTargetSchema's limit on a stored address. */
export const WEB_ADDRESS_LIMIT = 2048;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** "example.org:8080/page" or "localhost:3000" starts with a site and a port, not a scheme. */
const SITE_AND_PORT = /^(localhost|([\p{L}\p{M}\p{N}_-]+\.)+[\p{L}\p{M}\p{N}_-]+):\d+([/?#]|$)/iu;
const EMAIL = /^[^@/]+@[^@/]+\.[^@/]+$/;

const refused = (
  problem: LinkProblem,
  message: string,
  values?: Record<string, string | number>,
): LinkCheck => ({ ok: false, message, problem, ...(values && { values }) });
const NOT_WEB = refused(
  'not-web-address',
  'This is not a web address. Check it and paste it again.',
);

/**
 * Reads what a writer typed or pasted as a web address. A bare "example.org/page" (or
 * "example.org:8080/page") becomes https://; any other scheme, an email address, spaces or
 * invisible characters, and a user name or password inside the address are refused. `kind` says
 * which links these are, for the message. On success `url` is the address as a browser reads it.
 */
export function checkWebAddress(input: string, kind: 'ticker' | 'related'): LinkCheck {
  const links = kind === 'ticker' ? 'Ticker links' : 'Related links';
  const trimmed = input.trim();
  if (trimmed === '') return EMPTY_ADDRESS;
  const webOnly = refused(
    'web-only',
    `${links} must be web addresses starting with http:// or https://. Other kinds of link (such as mailto: or javascript:) are not allowed here.`,
    { kind },
  );
  // Browsers drop these inside an address, so "java\tscript:" is javascript:. Refusing them
  // outright means the stored address is exactly what a browser reads.
  if (trimmed.replace(IGNORED_IN_URL, '') !== trimmed) {
    return refused(
      'invisible-characters',
      'A web address cannot contain spaces or invisible characters.',
    );
  }
  let candidate = trimmed;
  if (!HAS_SCHEME.test(trimmed) || SITE_AND_PORT.test(trimmed)) {
    // Without a scheme it must start with a site name: "&#106;avascript:" is not one.
    if (BARE_ADDRESS.test(trimmed)) candidate = `https://${trimmed}`;
    else if (EMAIL.test(trimmed)) return webOnly;
    else return NOT_WEB;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return NOT_WEB;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return webOnly;
  }
  if (parsed.hostname === '') return refused('no-site', 'This web address has no site name.');
  // "https://ministry.gov.kh@example.net/" leads to example.net; a reader would not see that.
  if (parsed.username !== '' || parsed.password !== '') {
    return refused(
      'credentials',
      'Web addresses with a user name or password in them are not allowed here.',
    );
  }
  if (parsed.href.length > WEB_ADDRESS_LIMIT) {
    return refused('too-long', `Web addresses are limited to ${WEB_ADDRESS_LIMIT} characters.`, {
      limit: WEB_ADDRESS_LIMIT,
    });
  }
  return { ok: true, url: parsed.href };
}
