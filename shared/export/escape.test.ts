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

  it('treats every code unit and every noncharacter as the careful way would', () => {
    // The careful way itself: forbidden code points out, then the entities.
    const careful = (text: string, quotes: boolean) => {
      const kept = text.replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}]/gu,
        '',
      );
      const html = kept.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      return quotes ? html.replaceAll('"', '&quot;') : html;
    };
    const samples: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) samples.push(String.fromCharCode(code));
    for (let plane = 1; plane <= 16; plane += 1) {
      samples.push(String.fromCodePoint(plane * 0x10000 + 0xfffe));
      samples.push(String.fromCodePoint(plane * 0x10000 + 0xffff));
      samples.push(String.fromCodePoint(plane * 0x10000 + 0xfffd));
    }
    const wrong = samples.filter((char) => {
      const text = `Siem ${char} Reap`;
      return (
        escapeText(text) !== careful(text, false) || escapeAttribute(text) !== careful(text, true)
      );
    });
    expect(wrong.map((char) => char.codePointAt(0)!.toString(16))).toEqual([]);
  });
});
