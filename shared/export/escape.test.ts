import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from './escape';

describe('escaping text and attributes', () => {
  it('writes &, < and > as entities wherever they stand, and leaves other text as it is', () => {
    expect(escapeText('Fish & chips')).toBe('Fish &amp; chips');
    expect(escapeText('<b>')).toBe('&lt;b&gt;');
    expect(escapeText('&&<<>>')).toBe('&amp;&amp;&lt;&lt;&gt;&gt;');
    expect(escapeText('“quoted” and "plain"')).toBe('“quoted” and "plain"');
    expect(escapeText('ភ្នំពេញ & Siem Reap')).toBe('ភ្នំពេញ &amp; Siem Reap');
  });

  it('writes quotes as entities in attributes only', () => {
    expect(escapeAttribute('"Fish" & <chips>')).toBe('&quot;Fish&quot; &amp; &lt;chips&gt;');
    expect(escapeText('"Fish"')).toBe('"Fish"');
  });

  it('leaves out code points HTML forbids, with or without entities beside them', () => {
    expect(escapeText('line\u000bbreak')).toBe('linebreak');
    expect(escapeText('a\u0007 & b')).toBe('a &amp; b');
    expect(escapeAttribute('\ufffe"x"')).toBe('&quot;x&quot;');
    expect(escapeText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });
});
