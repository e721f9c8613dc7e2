// The long article the typing benchmarks type into: 60,000 words of newsroom prose in
// paragraphs of 80 words, the same on every run.
import type { ArticleBody } from '../../shared/article';
import { words } from '../words';

export const LONG_ARTICLE_WORDS = 60_000;
const WORDS_PER_PARAGRAPH = 80;

export function longArticleBody(total = LONG_ARTICLE_WORDS): ArticleBody {
  const content: NonNullable<ArticleBody['content']> = [];
  for (let start = 0; start < total; start += WORDS_PER_PARAGRAPH) {
    const text = `${words(start + 1, Math.min(WORDS_PER_PARAGRAPH, total - start))}.`;
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content };
}
