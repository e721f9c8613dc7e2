import { describe, expect, it } from 'vitest';
import { checkWebAddress } from './web-address';

const check = (input: string) => checkWebAddress(input, 'ticker');
const WEB_ONLY =
  'Ticker links must be web addresses starting with http:// or https://. Other kinds of link (such as mailto: or javascript:) are not allowed here.';

describe('checkWebAddress', () => {
  it.each([
    ['https://www.khmertimeskh.com/501/', 'https://www.khmertimeskh.com/501/'],
    ['  http://example.org/a?b=c#d ', 'http://example.org/a?b=c#d'],
    ['HTTPS://Example.ORG/Report', 'https://example.org/Report'],
    ['http://example.org', 'http://example.org/'],
    ['example.org/news', 'https://example.org/news'],
    ['  example.org/page ', 'https://example.org/page'],
    ['example.org:8080/news', 'https://example.org:8080/news'],
    ['localhost:3000', 'https://localhost:3000/'],
  ])('accepts %j as %j', (input, url) => expect(check(input)).toEqual({ ok: true, url }));

  it('accepts a site named in Khmer, as the address a browser reads', () => {
    const result = check('ភ្នំពេញ.example/news');
    expect(result.ok && result.url).toMatch(/^https:\/\/xn--[a-z0-9-]+\.example\/news$/);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'javascript:1',
    'mailto:desk@example.org',
    'desk@example.org',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'vbscript:msgbox(1)',
  ])('refuses %j, saying only web addresses are allowed', (input) => {
    expect(check(input)).toEqual({
      ok: false,
      message: WEB_ONLY,
      problem: 'web-only',
      values: { kind: 'ticker' },
    });
  });

  it.each(['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'https://example.org/a page'])(
    'refuses %j, which holds a character browsers skip',
    (input) =>
      expect(check(input)).toEqual({
        ok: false,
        message: 'A web address cannot contain spaces or invisible characters.',
        problem: 'invisible-characters',
      }),
  );

  it.each([
    'https://ministry.gov.kh@example.net/',
    'http://user:pass@example.org/',
    'user:pass@example.org',
  ])('refuses %j, whose user name or password hides where it leads', (input) => {
    const result = check(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/user name or password|must be web addresses/);
  });

  it('refuses an entity-disguised scheme, an empty site and an over-long address', () => {
    expect(check('&#106;avascript:alert(1)')).toEqual({
      ok: false,
      message: 'This is not a web address. Check it and paste it again.',
      problem: 'not-web-address',
    });
    expect(check('http://').ok).toBe(false);
    expect(check(`https://example.org/${'a'.repeat(2100)}`)).toEqual({
      ok: false,
      message: 'Web addresses are limited to 2048 characters.',
      problem: 'too-long',
      values: { limit: 2048 },
    });
  });

  it('asks for an address when nothing was typed', () => {
    expect(check('   ')).toEqual({
      ok: false,
      message: 'Type or paste a web address.',
      problem: 'empty',
    });
  });
});
