// The words for an article's workflow status and language, the same in every list and form.
import type { ArticleStatus } from '../../shared/article';

type Translate = (id: string) => string;

export function statusLabel(t: Translate, status: ArticleStatus): string {
  return t(`article.status.${status}`);
}

/** "English" or "Khmer" in the interface's language; a tag Dateline has no name for stays a tag. */
export function languageLabel(t: Translate, tag: string): string {
  return tag === 'en' || tag === 'km' ? t(`article.language.${tag}`) : tag;
}
