// The Khmer font files the app already ships, as the preview's page finds them: the same files
// an export carries, served from the app's own origin.
import bold from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2?url';
import regular from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import { EXPORT_FONTS, type FontLinks } from '../../../shared/export';

const shipped: Record<(typeof EXPORT_FONTS)[number]['file'], string> = {
  'noto-sans-khmer-khmer-400-normal.woff2': regular,
  'noto-sans-khmer-khmer-700-normal.woff2': bold,
};

/** Absolute addresses: a constructed sheet in the frame must not depend on the frame's base. */
export function previewFontLinks(base: string = document.baseURI): FontLinks {
  return Object.fromEntries(
    EXPORT_FONTS.map(({ file }) => [file, new URL(shipped[file], base).href]),
  );
}
