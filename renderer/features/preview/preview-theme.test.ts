import { describe, expect, it } from 'vitest';
import { pageStyles } from '../../../shared/export';
import { followAppTheme } from './preview-theme';

describe('the Preview’s theme', () => {
  const css = pageStyles({});
  it('keeps the page’s dark colours, unconditionally, when the app is dark', () => {
    expect(css).toContain('prefers-color-scheme: dark');
    const dark = followAppTheme(css, 'dark');
    expect(dark).not.toContain('prefers-color-scheme');
    expect(dark).toContain('@media all');
  });
  it('leaves them out when the app is light, whatever the system', () => {
    expect(followAppTheme(css, 'light')).toContain('@media not all');
  });
});
