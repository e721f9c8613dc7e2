// The interface's words: one JSON catalog per feature and language, `i18n/<locale>/<feature>.json`,
// each holding ICU messages under ids that start with the feature's name.
import type { InterfaceLocale } from './locale';

export type Catalog = Record<string, string>;

/** The catalogs of one language by feature name ("./km/library.json" is "library"). */
function byFeature(found: Record<string, Catalog>): Record<string, Catalog> {
  return Object.fromEntries(
    Object.entries(found).map(([file, catalog]) => [file.replace(/^.*\/|\.json$/g, ''), catalog]),
  );
}

const files: Record<InterfaceLocale, Record<string, Catalog>> = {
  en: byFeature(import.meta.glob<Catalog>('./en/*.json', { eager: true, import: 'default' })),
  km: byFeature(import.meta.glob<Catalog>('./km/*.json', { eager: true, import: 'default' })),
};

/** Every file of one language merged; an id defined twice is a mistake the tests name. */
export function mergeCatalogs(parts: Record<string, Catalog>): Catalog {
  const merged: Catalog = {};
  for (const part of Object.values(parts)) Object.assign(merged, part);
  return merged;
}

export const catalogFiles = files;

export const catalogs: Record<InterfaceLocale, Catalog> = {
  en: mergeCatalogs(files.en),
  km: mergeCatalogs(files.km),
};
