// The corrections a page prints under its story, as newsrooms print them: "Correction, December 2,
// 2026: An earlier version of this article misstated...". Dated in the article's language and the
// publication's time zone, like the page's own date.
import type { Article } from '../article';
import { dateOptions, formatDate } from '../dates';
import type { Publication } from '../publication';
import { escapeText } from './escape';
import { oneLine } from './one-line';

/** The word before the date, in the article's language; English for any other. */
const CORRECTION_WORD: Record<string, { word: string; colon: string; comma: string }> = {
  en: { word: 'Correction', comma: ',', colon: ':' },
  km: { word: 'ការកែតម្រូវ', comma: '', colon: '៖' },
};

export function renderCorrections(
  article: Pick<Article, 'corrections' | 'language'>,
  publication: Publication,
): string {
  const corrections = article.corrections ?? [];
  if (corrections.length === 0) return '';
  const language = article.language.trim() || 'en';
  const words = CORRECTION_WORD[language.split('-')[0]!.toLowerCase()] ?? CORRECTION_WORD.en!;
  const options = dateOptions(publication, language);
  const lines = corrections.map((correction) => {
    const date = formatDate(correction.at, options);
    const lead = `${words.word}${words.comma} ${date}${words.colon}`;
    return `<p class="correction"><strong>${escapeText(lead)}</strong> ${escapeText(oneLine(correction.note))}</p>`;
  });
  return `<aside class="corrections">\n${lines.join('\n')}\n</aside>`;
}
