// @vitest-environment happy-dom
// The moment after a keystroke is drawn, or after the longest wait when no key comes.
import { describe, expect, it } from 'vitest';
import { betweenKeystrokes } from './between-keystrokes';

const after = (ms: number) => new Promise<'waited'>((resolve) => setTimeout(resolve, ms, 'waited'));

describe('betweenKeystrokes', () => {
  it('waits for a key, then comes once a frame has been drawn', async () => {
    const field = document.createElement('div');
    document.body.append(field);
    const moment = betweenKeystrokes(10_000).then(() => 'came' as const);
    expect(await Promise.race([moment, after(100)])).toBe('waited');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(await Promise.race([moment, after(1_000)])).toBe('came');
    field.remove();
  });

  it('comes after the longest wait when no key is pressed', async () => {
    const started = Date.now();
    await betweenKeystrokes(60);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
