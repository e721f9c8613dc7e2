// How a copy of an article is named, in the article's own language: "Floods recede (copy)", or in
// Khmer "ទឹកជំនន់ស្រក (ច្បាប់ចម្លង)", so the library never shows two rows that look the same.

const COPY_MARK: Record<string, string> = { en: '(copy)', km: '(ច្បាប់ចម្លង)' };

export function copyHeadline(headline: string, language: string): string {
  const mark = COPY_MARK[language.toLowerCase().split('-')[0] ?? ''] ?? COPY_MARK.en!;
  const trimmed = headline.trim();
  // A copy of a copy is still one copy, not "(copy) (copy)".
  if (trimmed.endsWith(mark)) return trimmed;
  return trimmed ? `${trimmed} ${mark}` : mark;
}
