import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './renderer-files';

type Policy = Map<string, string[]>;

/** Directive name to its sources, as a browser reads a policy: names are case-insensitive. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // A browser keeps the first of two directives with one name; a second means a mistake.
    if (policy.has(name.toLowerCase())) throw new Error(`${name} appears twice in the policy`);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that apply to `directive`, following the fallbacks CSP3 defines. */
function effective(policy: Policy, directive: string): string[] | undefined {
  const fallbacks: Record<string, string[]> = {
    'script-src-elem': ['script-src', 'default-src'],
    'script-src-attr': ['script-src', 'default-src'],
    'script-src': ['default-src'],
    'worker-src': ['child-src', 'script-src', 'default-src'],
    'frame-src': ['child-src', 'default-src'],
    'style-src': ['default-src'],
    'connect-src': ['default-src'],
  };
  for (const name of [directive, ...(fallbacks[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

const indexHtml = readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
const page = new new Window({
  settings: { disableJavaScriptEvaluation: true },
}).DOMParser().parseFromString(indexHtml, 'text/html');
const metas = [...page.querySelectorAll('meta[http-equiv]')].filter(
  (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
);

const policies: [string, string][] = [
  ['the header both hosts send', CONTENT_SECURITY_POLICY],
  ['the meta tag in renderer/index.html', metas[0]?.getAttribute('content') ?? ''],
];

describe.each(policies)('%s', (_where, text) => {
  const policy = parsePolicy(text);

  it('runs only the app’s own scripts: nothing inline, no eval, nothing from elsewhere', () => {
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
      expect(effective(policy, directive), directive).toEqual(["'self'"]);
    }
  });

  it('starts from nothing and loads nothing from the network', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    const allowed = new Set(["'self'", "'none'", 'data:']);
    // The desk's WebSocket is the one connection out: loopback, or TLS.
    const desk = new Set(['ws://127.0.0.1:*', 'ws://localhost:*', 'wss:']);
    for (const [directive, sources] of policy) {
      for (const source of sources)
        expect(
          allowed.has(source) ||
            (directive === 'connect-src' && desk.has(source)) ||
            // Photos reach the page as blob: addresses the app makes from the API's bytes.
            (directive === 'img-src' && source === 'blob:'),
          `${directive} ${source}`,
        ).toBe(true);
    }
    // data: and blob: are for images only; a data: or blob: script or frame would run anything.
    for (const [directive, sources] of policy) {
      if (directive !== 'img-src') expect(sources, directive).not.toContain('data:');
      if (directive !== 'img-src') expect(sources, directive).not.toContain('blob:');
    }
  });

  it('allows no styles from outside the app and no inline style blocks', () => {
    expect(effective(policy, 'style-src')).toEqual(["'self'"]);
  });

  it('refuses plugins, frames, a changed base, and form submissions', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(effective(policy, 'frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('talks only to its own origin, and to a desk on this computer or over TLS', () => {
    expect(effective(policy, 'connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:*',
      'ws://localhost:*',
      'wss:',
    ]);
  });
});

describe('the header', () => {
  it('also forbids framing the app, which a meta tag cannot', () => {
    expect(parsePolicy(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('says the same as the meta tag about everything a meta tag can say', () => {
    const header = parsePolicy(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(parsePolicy(policies[1]![1])).toEqual(header);
  });
});

describe('renderer/index.html', () => {
  it('has one CSP meta tag, before anything it has to govern', () => {
    expect(metas).toHaveLength(1);
    const head = [...page.head.children];
    const first = head.findIndex((element) =>
      ['SCRIPT', 'LINK', 'STYLE'].includes(element.tagName),
    );
    expect(head.indexOf(metas[0]!)).toBeLessThan(first < 0 ? head.length : first);
    // Scripts anywhere else in the page come after the head, so after the policy too.
    expect(page.querySelectorAll('script:not([src])')).toHaveLength(0);
  });
});
