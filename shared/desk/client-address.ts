// The app's rule for a desk address: this computer (loopback) or TLS, nothing else, since the
// connection carries the person's credential and the articles. Each address gives the WebSocket
// address the providers open and the HTTP address the host calls.
import { parseDeskAddresses } from './desk-addresses';

export interface DeskAddress {
  /** ws://… or wss://…, for the Yjs providers. */
  socket: string;
  /** http://… or https://…, for `POST /desk/<method>`. */
  http: string;
}

export type DeskAddressCheck =
  | { ok: true; addresses: DeskAddress[] }
  | { ok: false; reason: 'none' | 'unreadable' | 'not-secure'; address?: string };

const SECURE = new Set(['wss:', 'https:']);
const PLAIN = new Set(['ws:', 'http:']);

/** Whether a host name is this computer: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Reads one address as typed; a bare host:port is taken as TLS. */
export function readDeskAddress(text: string): DeskAddress | 'unreadable' | 'not-secure' {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `wss://${text}`);
  } catch {
    return 'unreadable';
  }
  if (url.username || url.password || url.search || url.hash) return 'unreadable';
  const secure = SECURE.has(url.protocol);
  if (!secure && !PLAIN.has(url.protocol)) return 'unreadable';
  if (!secure && !isLoopbackHost(url.hostname)) return 'not-secure';
  const rest = `//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return {
    socket: `${secure ? 'wss' : 'ws'}:${rest}`,
    http: `${secure ? 'https' : 'http'}:${rest}`,
  };
}

/** Checks every address of a list ("wss://a, wss://b"); the first one that fails is named. */
export function checkDeskAddresses(text: string): DeskAddressCheck {
  const typed = parseDeskAddresses(text);
  if (typed.length === 0) return { ok: false, reason: 'none' };
  if (typed.length > 20) return { ok: false, reason: 'unreadable', address: typed[20] };
  const addresses: DeskAddress[] = [];
  for (const address of typed) {
    const read = readDeskAddress(address);
    if (typeof read === 'string') return { ok: false, reason: read, address };
    addresses.push(read);
  }
  return { ok: true, addresses };
}

/** The sentence for a refused address, in English for the host's errors. */
export function deskAddressProblem(check: Exclude<DeskAddressCheck, { ok: true }>): string {
  if (check.reason === 'none') return "Give the desk's address, such as wss://desk.example.org.";
  if (check.reason === 'not-secure') {
    return `${check.address} is not on this computer and does not use TLS: the desk would receive your credential and articles unencrypted. Ask for its wss:// address.`;
  }
  return `"${check.address}" is not a desk address; it looks like wss://desk.example.org or ws://127.0.0.1:1234.`;
}
