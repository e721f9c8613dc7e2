// Which English dictionary an article is checked against, or none: UK English for en-GB and the
// Commonwealth's tags, US English for en-US, the publication's choice for plain "en". Khmer and
// every other language is not checked: Dateline has no dictionary for them.

export type SpellingVariant = 'us' | 'uk';

const UK_REGIONS = new Set(['GB', 'UK', 'AU', 'NZ', 'IE', 'ZA', 'IN', 'SG', 'MY', 'HK']);

export function spellingVariantFor(
  language: string,
  publicationChoice: SpellingVariant = 'us',
): SpellingVariant | null {
  const [base, ...rest] = language.split('-');
  if (base?.toLowerCase() !== 'en') return null;
  const region = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  if (region === 'US') return 'us';
  if (region && UK_REGIONS.has(region)) return 'uk';
  return publicationChoice;
}
