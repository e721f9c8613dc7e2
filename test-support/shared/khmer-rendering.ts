// Whether Chromium draws Khmer with a real face, not empty boxes: on a machine with no Khmer
// font installed, only a font the page carries can draw it. Empty boxes all have one width, while
// a real face gives letters widths of their own, so the letters of the text are measured one by
// one in the element's font; the faces loaded are listed, and the whole text is also measured
// beside a family that does not exist, for the record. `root` is the page's
// <html>, or an <iframe> whose document is measured from outside (the preview runs no scripts).
import type { Locator } from '@playwright/test';

export interface KhmerRendering {
  text: string;
  loadedFaces: string[];
  width: number;
  /** The width of the same text in a family no machine has. */
  fallbackWidth: number;
  /** How many different widths the text's letters have, each set alone in the element's font. */
  letterWidths: number;
}

export async function khmerRendering(
  root: Locator,
  selector: string,
  containing = '',
): Promise<KhmerRendering> {
  return root.evaluate(
    async (node, { selector, containing }) => {
      const doc = node instanceof HTMLIFrameElement ? node.contentDocument! : node.ownerDocument;
      const element = [...doc.querySelectorAll(selector)].find((candidate) =>
        (candidate.textContent ?? '').includes(containing),
      );
      if (!element) throw new Error(`nothing matches ${selector} with "${containing}"`);
      const text = element.textContent ?? '';
      const style = doc.defaultView!.getComputedStyle(element);
      const span = (family: string) => {
        const probe = doc.createElement('span');
        probe.style.cssText = `font: ${style.fontWeight} ${style.fontSize} ${family}; white-space: nowrap; position: absolute;`;
        probe.textContent = text;
        doc.body.append(probe);
        return probe;
      };
      const measured = span(style.fontFamily);
      const fallback = span('"No Such Family Anywhere"');
      await doc.fonts.ready;
      const widths = new Set<string>();
      for (const letter of new Set(text.replace(/\s/g, ''))) {
        const probe = span(style.fontFamily);
        probe.textContent = letter;
        widths.add(probe.getBoundingClientRect().width.toFixed(1));
        probe.remove();
      }
      const result = {
        letterWidths: widths.size,
        text,
        loadedFaces: [...doc.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
        width: measured.getBoundingClientRect().width,
        fallbackWidth: fallback.getBoundingClientRect().width,
      };
      measured.remove();
      fallback.remove();
      return result;
    },
    { selector, containing },
  );
}
