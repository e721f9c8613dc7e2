// The one rule for a web address a writer types where only web pages may be linked: a ticker
// item's link and a related-news link. The editor's own link dialog (which also takes email
// addresses) is `checkLinkInput` in link-policy.ts.
import { BARE_ADDRESS, IGNORED_IN_URL, type LinkCheck } from './link-policy';

/** Matches LinkTargetSchema's limit on a stored address. */
export const WEB_ADDRESS_LIMIT = 2048;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** "example.org:8080/page" or "localhost:3000" starts with a site and a port, not a scheme. */
const SITE_AND_PORT = /^(localhost|([\p{L}\p{M}\p{N}_-]+\.)+[\p{L}\p{M}\p{N}_-]+):\d+([/?#]|$)/iu;
const EMAIL = /^[^@/]+@[^@/]+\.[^@/]+$/;

/**
 * Reads what a writer typed or pasted as a web address. A bare "example.org/page" (or
 * "example.org:8080/page") becomes https://; any other scheme, an email address, spaces or
 * invisible characters, and a user name or password inside the address are refused. `links`
 * names what is being linked in the message, such as "Ticker links". On success `url` is the
 * address as a browser reads it.
 */
export function checkWebAddress(input: string, links: string): LinkCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Type or paste a web address.' };
  const webOnly = `${links} must be web addresses starting with http:// or https://. Other kinds of link (such as mailto: or javascript:) are not allowed here.`;
  // Browsers drop these inside an address, so "java\tscript:" is javascript:. Refusing them
  // outright means the stored address is exactly what a browser reads.
  if (trimmed.replace(IGNORED_IN_URL, '') !== trimmed) {
    return { ok: false, message: 'A web address cannot contain spaces or invisible characters.' };
  }
  let candidate = trimmed;
  if (!HAS_SCHEME.test(trimmed) || SITE_AND_PORT.test(trimmed)) {
    // Without a scheme it must start with a site name: "&#106;avascript:" is not one.
    if (BARE_ADDRESS.test(trimmed)) candidate = `https://${trimmed}`;
    else if (EMAIL.test(trimmed)) return { ok: false, message: webOnly };
    else return { ok: false, message: 'This is not a web address. Check it and paste it again.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, message: 'This is not a web address. Check it and paste it again.' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, message: webOnly };
  }
  if (parsed.hostname === '') return { ok: false, message: 'This web address has no site name.' };
  // "https://ministry.gov.kh@example.net/" leads to example.net; a reader would not see that.
  if (parsed.username !== '' || parsed.password !== '') {
    return {
      ok: false,
      message: 'Web addresses with a user name or password in them are not allowed here.',
    };
  }
  if (parsed.href.length > WEB_ADDRESS_LIMIT) {
    return { ok: false, message: `Web addresses are limited to ${WEB_ADDRESS_LIMIT} characters.` };
  }
  return { ok: true, url: parsed.href };
}
