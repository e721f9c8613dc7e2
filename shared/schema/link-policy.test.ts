import { describe, expect, it } from 'vitest';
import { checkLinkInput, isAllowedLinkUrl } from './link-policy';

describe('isAllowedLinkUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://localhost:8080/', 'mailto:desk@example.org'])(
    'allows %s',
    (url) => expect(isAllowedLinkUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/',
    '/relative/path',
    'https://',
    'mailto:',
    '',
  ])('refuses %j', (url) => expect(isAllowedLinkUrl(url)).toBe(false));
});

describe('checkLinkInput', () => {
  it('adds https:// to a bare address and mailto: to an email address', () => {
    expect(checkLinkInput(' example.org/news ')).toEqual({
      ok: true,
      url: 'https://example.org/news',
    });
    expect(checkLinkInput('desk@example.org')).toEqual({
      ok: true,
      url: 'mailto:desk@example.org',
    });
  });

  it('refuses other schemes with a message a writer understands', () => {
    const result = checkLinkInput('javascript:alert(1)');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/web addresses/);
    expect(checkLinkInput('   ')).toEqual({
      ok: false,
      message: 'Type or paste a web address.',
      problem: 'empty',
    });
  });
});
