// The Khmer font files an export carries (see shared/export/fonts.ts): copied into `fonts/`
// beside an edition's pages, or put inside a page exported on its own, so it stays one file.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../shared/api/errors';
import { EXPORT_FONTS, FONT_FOLDER, needsKhmerFont, type FontLinks } from '../../shared/export';
import { writeFileAtomic } from './atomic-write';

const FONT_PACKAGE = '@fontsource/noto-sans-khmer';

let cached: Promise<Map<string, Buffer>> | undefined;

/** The font files' bytes by name, read once from the installed font package. */
export function readExportFonts(): Promise<Map<string, Buffer>> {
  cached ??= loadFonts().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadFonts(): Promise<Map<string, Buffer>> {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  // The package's exports name only its stylesheets; its folder is found from its package.json.
  let folder: string;
  try {
    folder = path.dirname(createRequire(here).resolve(`${FONT_PACKAGE}/package.json`));
  } catch {
    throw missing();
  }
  const entries = await Promise.all(
    EXPORT_FONTS.map(async ({ file }) => {
      const bytes = await readFile(path.join(folder, 'files', file)).catch(() => {
        throw missing();
      });
      return [file, bytes] as const;
    }),
  );
  return new Map(entries);
}

const missing = () =>
  new DatelineError(
    'internal',
    'The Khmer font that exported pages carry is missing from this installation, so nothing was exported. Reinstall Dateline.',
  );

/** Writes `fonts/` into an export folder; the names written, relative to the folder. */
export async function writeExportFonts(folder: string): Promise<string[]> {
  const fonts = await readExportFonts();
  await mkdir(path.join(folder, FONT_FOLDER), { recursive: true });
  const written: string[] = [];
  for (const [file, bytes] of fonts) {
    const name = `${FONT_FOLDER}/${file}`;
    await writeFileAtomic(path.join(folder, FONT_FOLDER, file), bytes);
    written.push(name);
  }
  return written;
}

/** The fonts as data: addresses, for a page that must work as one file. */
export async function embeddedFontLinks(): Promise<FontLinks> {
  const fonts = await readExportFonts();
  return Object.fromEntries(
    [...fonts].map(([file, bytes]) => [file, `data:font/woff2;base64,${bytes.toString('base64')}`]),
  );
}

/**
 * A page exported on its own: rendered with no font when it has no Khmer to show, and with the
 * fonts inside it when it has, so it reads the same opened from disk, mailed or uploaded.
 */
export async function renderStandalonePage(render: (fonts: FontLinks) => string): Promise<string> {
  const plain = render({});
  return needsKhmerFont(plain) ? render(await embeddedFontLinks()) : plain;
}
