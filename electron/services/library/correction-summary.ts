// What a correction changed, in a few words for the newsroom's records: the words taken out and
// put in, field by field, as `−“12 people” +“21 people”`, cut to a readable length.
import { diffWords } from 'diff';
import type { Article } from '../../../shared/article';
import { docToPlainText } from '../../../shared/text/doc-text';

const MAX_SUMMARY = 400;
const MAX_PART = 80;

export function correctionSummary(before: Article, after: Article): string {
  const fields = (article: Article) => [
    article.headline,
    article.shortHeadline,
    article.standfirst,
    article.byline,
    article.dateline,
    docToPlainText(article.body),
  ];
  const was = fields(before);
  const now = fields(after);
  const parts: string[] = [];
  const intlSegmenter = new Intl.Segmenter(after.language, { granularity: 'word' });
  was.forEach((text, index) => {
    if (text === now[index]) return;
    // Bounded: a correction is a few words, and a rewrite is summed up by its first changes.
    const changes = diffWords(text, now[index]!, { intlSegmenter, timeout: 500 }) ?? [];
    for (const change of changes) {
      if (!change.added && !change.removed) continue;
      const words = change.value.trim();
      if (words) parts.push(`${change.added ? '+' : '−'}“${clip(words)}”`);
    }
  });
  const summary = parts.join(' ');
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
}

const clip = (text: string) => (text.length > MAX_PART ? `${text.slice(0, MAX_PART - 1)}…` : text);
