// Who may talk to the web host: requests addressed to our loopback address (against DNS
// rebinding), from our own page (against cross-site requests), carrying the per-launch key.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const WRONG_KEY_MESSAGE =
  'Open Dateline from the address it printed when it started; that address carries the key.';

/** Fetch metadata values a page of ours can produce; 'same-site' would include other localhost ports. */
const ALLOWED_FETCH_SITES = new Set(['none', 'same-origin']);

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Why a request may not come in, whatever key it carries; `null` when it may. `keyedPage` is a
 * request for the page with a key in its address: when the browser navigates to it as a whole
 * page, it may come from another site, since the private launch page is a file (a site of its
 * own to the browser); the key, checked next, is what lets it in.
 */
export function refuseForeignRequest(
  req: IncomingMessage,
  port: number,
  keyedPage = false,
): string | null {
  const hosts = req.headersDistinct.host ?? [];
  const host = hosts[0];
  if (hosts.length !== 1 || host === undefined || !allowedHosts(port).includes(host)) {
    return `Dateline only answers requests addressed to 127.0.0.1:${port} or localhost:${port}.`;
  }
  const origins = req.headersDistinct.origin;
  if (origins !== undefined) {
    const allowed = allowedHosts(port).map((h) => `http://${h}`);
    if (origins.length !== 1 || !allowed.includes(origins[0] ?? '')) {
      return 'Dateline only answers its own pages; this request came from another site.';
    }
  }
  if (keyedPage && isPageNavigation(req)) return null;
  const sites = req.headersDistinct['sec-fetch-site'];
  if (sites !== undefined && (sites.length !== 1 || !ALLOWED_FETCH_SITES.has(sites[0] ?? ''))) {
    return 'Dateline only answers its own pages; this request came from another site.';
  }
  return null;
}

/** A browser loading a whole page in a tab: never a script's request, never a frame. */
function isPageNavigation(req: IncomingMessage): boolean {
  const single = (name: string) => {
    const values = req.headersDistinct[name];
    return values?.length === 1 ? values[0] : undefined;
  };
  return (
    req.method === 'GET' &&
    single('sec-fetch-mode') === 'navigate' &&
    single('sec-fetch-dest') === 'document'
  );
}

/** Constant-time comparison; hashing first keeps the key's length from leaking through timing too. */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined || given.length === 0 || given.length > 1024) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The cookie that lets the page's own scripts, styles and a reload load without the key in the
 * address. Cookies ignore ports, so every other local server the browser visits receives it: its
 * value is therefore a second secret that opens the built pages only, never the API.
 */
export function pagesCookieName(port: number): string {
  return `dateline-pages-${port}`;
}

export function pagesCookie(port: number, pagesKey: string): string {
  return `${pagesCookieName(port)}=${pagesKey}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Every value the Cookie header gives `name` (a browser may send a name more than once). */
export function cookieValues(req: IncomingMessage, name: string): string[] {
  const header = req.headers.cookie;
  if (header === undefined) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) values.push(pair.slice(separator + 1).trim());
  }
  return values;
}

/** The key the page's own script sends from its tab's storage, which no other origin (or port) can read. */
export function headerToken(req: IncomingMessage, headerName: string): string | undefined {
  const values = req.headersDistinct[headerName];
  return values?.length === 1 ? values[0] : undefined;
}
