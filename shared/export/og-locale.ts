// The page's og:locale, "language_TERRITORY" as Open Graph writes it: km_KH for a Khmer page,
// en_US for an English one, or the region the article's language tag names ("en-GB" -> en_GB).

// Where a bare language tag is read: the newsroom's own languages first.
const DEFAULT_REGIONS: Readonly<Record<string, string>> = {
  km: 'KH',
  en: 'US',
  th: 'TH',
  vi: 'VN',
  lo: 'LA',
  fr: 'FR',
  zh: 'CN',
};

/** The Open Graph locale of a language tag, or undefined when no territory can be told. */
export function ogLocale(language: string): string | undefined {
  const [lang = '', ...rest] = language.trim().split('-');
  if (!/^[a-z]{2,3}$/i.test(lang)) return undefined;
  const region =
    rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase() ??
    DEFAULT_REGIONS[lang.toLowerCase()];
  return region ? `${lang.toLowerCase()}_${region}` : undefined;
}
