// The sizes export makes of a photo and where the crops fall.
import { describe, expect, it } from 'vitest';
import { cropBox, webWidths } from './renditions';
import { sniffFormat, formatOfName } from './sniff';

describe('web sizes', () => {
  it('never makes a size wider than the original', () => {
    expect(webWidths(4000)).toEqual([480, 800, 1200, 1600]);
    expect(webWidths(1000)).toEqual([480, 800, 1000]);
    expect(webWidths(300)).toEqual([300]);
  });

  it('centres crops on the focal point and keeps them inside the photo', () => {
    const photo = { width: 4000, height: 3000 };
    expect(cropBox({ ...photo, focusX: 0.5, focusY: 0.5 }, '1x1')).toEqual({
      left: 500,
      top: 0,
      width: 3000,
      height: 3000,
    });
    expect(cropBox({ ...photo, focusX: 0, focusY: 0.5 }, '1x1').left).toBe(0);
    expect(cropBox({ ...photo, focusX: 1, focusY: 0.5 }, '1x1').left).toBe(1000);
    expect(cropBox({ ...photo, focusX: 0.5, focusY: 1 }, '16x9')).toEqual({
      left: 0,
      top: 750,
      width: 4000,
      height: 2250,
    });
  });
});

describe('what a file is', () => {
  it('reads the format from the bytes, and SVG even behind an XML declaration', () => {
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="x">'))).toBe(
      'svg',
    );
    expect(sniffFormat(new TextEncoder().encode('hello'))).toBe('unknown');
    expect(formatOfName('IMG_0001.JPG')).toBe('jpeg');
    expect(formatOfName('drawing.svgz')).toBe('svg');
  });
});
