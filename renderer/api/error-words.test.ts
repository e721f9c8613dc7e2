// Back-end errors read in the interface's language: by reason with their figures, by code
// otherwise, and in the back end's English words where the catalogs have none.
import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLocale } from '../i18n/intl';
import { wordError } from './error-words';

const diskFull = {
  code: 'disk-full',
  message: 'Could not save the article: the disk is full.',
} as const;
const tooLarge = {
  code: 'invalid-input',
  message: 'huge.txt is 6.2 MB; Dateline imports text files up to 5 MB. …',
  reason: 'text-file-too-large',
  values: { name: 'huge.txt', size: '6.2 MB', limit: '5 MB' },
} as const;

afterEach(() => setInterfaceLocale('en'));

describe('wordError', () => {
  it('keeps the back end’s own English sentence when there is no reason to word', () => {
    expect(wordError(diskFull)).toBe(diskFull.message);
  });

  it('words a reason from its figures in English and in Khmer', () => {
    expect(wordError(tooLarge)).toMatch(
      /^huge\.txt is 6\.2 MB; Dateline imports text files up to 5 MB\./,
    );
    setInterfaceLocale('km');
    const khmer = wordError(tooLarge);
    expect(khmer).toContain('huge.txt');
    expect(khmer).toContain('6.2 MB');
    expect(khmer).toMatch(/[\u1780-\u17ff]/u);
    expect(khmer).not.toMatch(/Dateline imports|split it/);
  });

  it('words the common errors by code in Khmer', () => {
    setInterfaceLocale('km');
    for (const code of [
      'conflict',
      'not-found',
      'disk-full',
      'read-only',
      'invalid-input',
      'io',
    ] as const) {
      const worded = wordError({ code, message: 'English from the back end.' });
      expect(worded, code).toMatch(/[\u1780-\u17ff]/u);
      expect(worded, code).not.toContain('English');
    }
  });

  it('falls back to the back end’s words for a code or reason the catalogs do not know', () => {
    setInterfaceLocale('km');
    const odd = { code: 'teapot', message: 'I am a teapot.' } as never;
    expect(wordError(odd)).toBe('I am a teapot.');
    expect(wordError({ ...diskFull, reason: 'no-such-reason' })).toMatch(/[\u1780-\u17ff]/u);
  });

  it('chooses the plural of a figure through the catalog', () => {
    const slow = { code: 'invalid-input', message: '…', reason: 'import-too-slow' } as const;
    expect(wordError({ ...slow, values: { name: 'a.docx', seconds: 1 } })).toContain('1 second to');
    expect(wordError({ ...slow, values: { name: 'a.docx', seconds: 30 } })).toContain(
      '30 seconds to',
    );
  });
});
