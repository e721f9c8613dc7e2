import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('encodes the way Node does, whatever the length', () => {
    const sizes = [0, 1, 2, 3, 100, 0x8000, 0x8000 * 3 + 7];
    for (const size of sizes) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it("uses the browser's own encoder where it has one", () => {
    const bytes = Object.assign(new Uint8Array([1, 2, 3]), { toBase64: () => 'native' });
    expect(bytesToBase64(bytes)).toBe('native');
  });

  it('encodes a 20 MB file quickly', () => {
    const bytes = new Uint8Array(20_000_000).fill(0xe1);
    const started = performance.now();
    expect(bytesToBase64(bytes)).toHaveLength(26_666_668);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
