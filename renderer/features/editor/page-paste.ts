// Pasting a whole published page into an empty article fills every field at once, the way the
// importer reads a .txt file. A short paste into an empty article stays an ordinary paste.
import type { ArticleSummary } from '../../../shared/article';

/** Three or more non-empty lines: a headline and at least two paragraphs, or more. */
export function looksLikePage(text: string): boolean {
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() && ++lines >= 3) return true;
  }
  return false;
}

/** A library article whose headline is the given title, ignoring case and spacing. */
export function findByHeadline(
  articles: readonly ArticleSummary[],
  title: string,
): string | undefined {
  const wanted = normalize(title);
  return articles.find((article) => normalize(article.headline) === wanted)?.id;
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
