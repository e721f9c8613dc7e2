// An article's counts, all taken from one text: the body as plain text, without the dateline,
// which is a field of its own. The editor, the library list, the command line, History and
// every export count this text.
import type { ArticleBody } from '../article';
import { countText, type TextCounts } from './counts';
import { docToPlainText } from './doc-text';

/** The text an article's counts describe. */
export const countedText = (body: ArticleBody): string => docToPlainText(body);

export function bodyCounts(body: ArticleBody, language: string): TextCounts {
  return countText(countedText(body), language);
}
