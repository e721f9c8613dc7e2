// The app icon in every size the platforms ask for, as scripts/make-icons.sh writes it from
// assets/icon.svg, and the packaging configuration pointing at files that exist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const asset = (...parts: string[]) => path.join(root, 'assets', ...parts);
const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Width and height from a PNG's header (its IHDR chunk). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('app icon', () => {
  it.each(PNG_SIZES)('has a %i px PNG of the right dimensions', (size) => {
    expect(pngSize(readFileSync(asset('icons', `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('has a Windows .ico holding 16 to 256 px', () => {
    const ico = readFileSync(asset('icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual([16, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns holding 16 to 1024 px', () => {
    const icns = readFileSync(asset('icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('latin1'));
    }
    // 16, 32, 48 and 128 px (with their masks), then 256, 512 and 1024 px as PNG.
    expect(types).toEqual(
      expect.arrayContaining(['is32', 'il32', 'ih32', 'it32', 'ic08', 'ic09', 'ic10']),
    );
  });

  it('is what packaging and the web host use', () => {
    const { build } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const icon of [build.linux.icon, build.mac.icon, build.win.icon]) {
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
    expect(build.files).toContain('assets/**');
    expect(readFileSync(path.join(root, 'renderer', 'public', 'favicon.svg'), 'utf8')).toBe(
      readFileSync(asset('icon.svg'), 'utf8'),
    );
    expect(readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8')).toContain(
      '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
    );
  });
});
