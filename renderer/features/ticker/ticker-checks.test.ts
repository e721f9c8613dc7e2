import { describe, expect, it } from 'vitest';
import { checkLength, checkTickerUrl } from './ticker-checks';

describe('checkLength', () => {
  it('is fine up to 90 characters, a warning past 90 and an error past 120', () => {
    expect(checkLength('x'.repeat(90))).toEqual({ count: 90, level: 'ok', limit: 90 });
    expect(checkLength('x'.repeat(91))).toEqual({ count: 91, level: 'warning', limit: 90 });
    expect(checkLength('x'.repeat(120)).level).toBe('warning');
    expect(checkLength('x'.repeat(121))).toEqual({ count: 121, level: 'error', limit: 120 });
  });

  it('counts Khmer as a reader sees it, a consonant with its signs once', () => {
    // ភ្នំពេញ (Phnom Penh) is 7 code points but fewer clusters on screen.
    const { count } = checkLength('ភ្នំពេញ');
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan('ភ្នំពេញ'.length);
  });
});

describe('checkTickerUrl', () => {
  it('accepts http and https addresses, and adds https:// to a bare one', () => {
    expect(checkTickerUrl('https://example.org/news')).toEqual({
      ok: true,
      url: 'https://example.org/news',
    });
    expect(checkTickerUrl('http://example.org')).toMatchObject({ ok: true });
    expect(checkTickerUrl('  example.org/page ')).toEqual({
      ok: true,
      url: 'https://example.org/page',
    });
  });

  it('refuses every other scheme, email addresses included, with one clear message', () => {
    for (const input of [
      'javascript:alert(1)',
      'mailto:desk@example.org',
      'desk@example.org',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'ftp://example.org',
    ]) {
      expect(checkTickerUrl(input)).toEqual({
        ok: false,
        message:
          'Ticker links must be web addresses starting with http:// or https://. Other kinds of link (such as mailto: or javascript:) are not allowed here.',
        problem: 'web-only',
        values: { kind: 'ticker' },
      });
    }
  });

  it('refuses what a browser would read differently: skipped characters and a hidden user name', () => {
    expect(checkTickerUrl('java\tscript:alert(1)').ok).toBe(false);
    expect(checkTickerUrl('https://ministry.gov.kh@example.net/')).toEqual({
      ok: false,
      message: 'Web addresses with a user name or password in them are not allowed here.',
      problem: 'credentials',
    });
  });

  it('asks for an address when nothing was typed', () => {
    expect(checkTickerUrl('   ')).toEqual({
      ok: false,
      message: 'Type or paste a web address.',
      problem: 'empty',
    });
  });
});
