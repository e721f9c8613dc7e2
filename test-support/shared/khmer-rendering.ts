// Whether Chromium draws an element's Khmer with a real face, not empty boxes: on a machine
// with no Khmer font installed, only a font the page carries can draw it. Compares the element's
// width with the same text set in a family that does not exist, and lists the faces loaded.
import type { Frame, Page } from '@playwright/test';

export interface KhmerRendering {
  text: string;
  /** document.fonts.check for the family, which is true only once the face has loaded. */
  fontReady: boolean;
  loadedFaces: string[];
  width: number;
  /** The width of the same text in a family no machine has. */
  fallbackWidth: number;
}

export async function khmerRendering(
  target: Page | Frame,
  selector: string,
  family = 'Dateline Khmer',
): Promise<KhmerRendering> {
  await target.waitForFunction(() => document.fonts.status === 'loaded');
  return target
    .locator(selector)
    .first()
    .evaluate(async (element, family) => {
      const text = element.textContent ?? '';
      await document.fonts.load(`16px "${family}"`, text);
      const probe = element.ownerDocument.createElement('span');
      const style = getComputedStyle(element);
      probe.style.cssText = `font: ${style.fontWeight} ${style.fontSize} "No Such Family Anywhere"; white-space: nowrap; position: absolute;`;
      probe.textContent = text;
      const measured = element.ownerDocument.createElement('span');
      measured.style.cssText = `font: ${style.fontWeight} ${style.fontSize} ${style.fontFamily}; white-space: nowrap; position: absolute;`;
      measured.textContent = text;
      element.ownerDocument.body.append(probe, measured);
      const result = {
        text,
        fontReady: document.fonts.check(`16px "${family}"`, text),
        loadedFaces: [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => `${face.family} ${face.weight}`),
        width: measured.getBoundingClientRect().width,
        fallbackWidth: probe.getBoundingClientRect().width,
      };
      probe.remove();
      measured.remove();
      return result;
    }, family);
}
