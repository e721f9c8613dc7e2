// What changed between an earlier version and the current text, word by word (Khmer split into
// words with Intl.Segmenter), with long unchanged stretches shortened.
import { diffLines, diffWords, type ChangeObject } from 'diff';
import type { Article } from '../../../shared/article';
import { docToPlainText } from '../../../shared/text/doc-text';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface VersionDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
  /** Paragraph by paragraph when the texts were too far apart to compare word by word in time. */
  byParagraph: boolean;
  /** The texts were too far apart to compare even paragraph by paragraph in time. */
  tooDifferent: boolean;
}

/** Unchanged text longer than this is shown as its start and end only. */
const KEEP_AROUND = 160;
/** Gives up comparing word by word after this long, and compares paragraphs instead. */
const WORD_DIFF_TIMEOUT_MS = 700;

/** The text the History panel compares: headline, standfirst, byline, dateline and body. */
export function comparableText(
  article: Pick<Article, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'body'>,
): string {
  return [article.headline, article.standfirst, article.byline, article.dateline]
    .map((field) => field.trim())
    .filter(Boolean)
    .concat(docToPlainText(article.body))
    .join('\n\n');
}

export function diffVersions(before: string, after: string, language: string): VersionDiff {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  let changes: ChangeObject<string>[] | undefined = diffWords(before, after, {
    intlSegmenter: segmenter,
    timeout: WORD_DIFF_TIMEOUT_MS,
  });
  const byParagraph = changes === undefined;
  changes ??= diffLines(before, after, { timeout: WORD_DIFF_TIMEOUT_MS });
  if (!changes) {
    return { parts: [], added: 0, removed: 0, byParagraph, tooDifferent: true };
  }
  const parts: DiffPart[] = [];
  let added = 0;
  let removed = 0;
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const words = countWordsIn(change.value, segmenter);
    if (kind === 'added') added += words;
    if (kind === 'removed') removed += words;
    parts.push({ kind, text: kind === 'same' ? shorten(change.value) : change.value });
  }
  return { parts, added, removed, byParagraph, tooDifferent: false };
}

function countWordsIn(text: string, segmenter: Intl.Segmenter): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

function shorten(text: string): string {
  if (text.length <= KEEP_AROUND * 2 + 20) return text;
  return `${text.slice(0, KEEP_AROUND)} … ${text.slice(-KEEP_AROUND)}`;
}
