// The Khmer font every exported page carries, so Khmer never shows as empty boxes on a machine
// without one: Noto Sans Khmer's Khmer range only, regular and bold. The files go in `fonts/`
// beside the pages, or into a page exported on its own as data: addresses; the preview names
// the copies the app already ships.

export const FONT_FOLDER = 'fonts';

/** The family the theme puts before every other face; it covers the Khmer range only. */
export const KHMER_FAMILY = 'Dateline Khmer';

// Khmer, Khmer Symbols, the zero-width joiners Khmer text uses, and the dotted circle.
export const KHMER_UNICODE_RANGE = 'U+1780-17FF, U+19E0-19FF, U+200B-200D, U+25CC';

export const EXPORT_FONTS = [
  { file: 'noto-sans-khmer-khmer-400-normal.woff2', weight: 400 },
  { file: 'noto-sans-khmer-khmer-700-normal.woff2', weight: 700 },
] as const;

/** Where each font file is found from the page: file name -> address. */
export type FontLinks = Readonly<Record<string, string>>;

/** The files in `fonts/` beside the page: what an edition and the default page use. */
export const FONTS_BESIDE: FontLinks = Object.fromEntries(
  EXPORT_FONTS.map(({ file }) => [file, `${FONT_FOLDER}/${file}`]),
);

/** True when any text of the page needs the Khmer font. */
export const needsKhmerFont = (text: string) => /[\u1780-\u17ff\u19e0-\u19ff]/.test(text);

/** One @font-face per file the links name; `font-display: swap` shows text while it loads. */
export function fontFacesCss(links: FontLinks = FONTS_BESIDE): string {
  return EXPORT_FONTS.filter(({ file }) => links[file])
    .map(
      ({ file, weight }) => `@font-face {
  font-family: "${KHMER_FAMILY}";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("${cssString(links[file]!)}") format("woff2");
  unicode-range: ${KHMER_UNICODE_RANGE};
}
`,
    )
    .join('');
}

/** True when the links embed the fonts in the page rather than naming files. */
export const embedsFonts = (links: FontLinks | undefined) =>
  Object.values(links ?? {}).some((href) => href.startsWith('data:'));

// Addresses are ours (file names, data: or app URLs), but a quote or backslash must not end them.
const cssString = (text: string) =>
  text.replace(/["\\\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
