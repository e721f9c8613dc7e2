import { afterEach, describe, expect, it } from 'vitest';
import { currentIntl, setInterfaceLocale } from '../i18n/intl';
import { formatRelative } from './format';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
const relative = (seconds: number) => formatRelative(ago(seconds), NOW, currentIntl());

afterEach(() => setInterfaceLocale('en'));

describe('formatRelative', () => {
  it('says how long ago in English, with plurals', () => {
    expect(relative(10)).toBe('just now');
    expect(relative(60)).toBe('1 minute ago');
    expect(relative(5 * 60)).toBe('5 minutes ago');
    expect(relative(3 * 3600)).toBe('3 hours ago');
    expect(relative(26 * 3600)).toBe('yesterday');
    expect(relative(3 * 86_400)).toBe('3 days ago');
    expect(relative(400 * 86_400)).toBe('last year');
  });

  it('says it in Khmer from the catalogs, whatever the browser’s Intl knows of Khmer', () => {
    setInterfaceLocale('km');
    expect(relative(10)).toBe('អម្បាញ់មិញ');
    expect(relative(5 * 60)).toBe('5 នាទីមុន');
    expect(relative(3 * 3600)).toBe('3 ម៉ោងមុន');
    expect(relative(26 * 3600)).toBe('ម្សិលមិញ');
    expect(relative(3 * 86_400)).toBe('3 ថ្ងៃមុន');
  });
});
