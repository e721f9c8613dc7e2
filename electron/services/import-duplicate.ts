// Whether a file being imported is already in the library: an article with the same headline and
// the same body text. Compared by text rather than by the file's bytes, so it also recognises an
// article imported before Dateline kept anything about imports, one imported from the command
// line, and a file saved again by Word (new bytes, same story). Edited since, it is another text.
import type { ArticleFields, ArticleSummary } from '../../shared/article';
import { docToPlainText } from '../../shared/text/doc-text';
import { headlineKey } from './import-page';
import type { Library } from './library';

const sameText = (a: string, b: string) =>
  a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

export async function findSameArticle(
  library: Library,
  fields: Pick<ArticleFields, 'headline' | 'body'>,
): Promise<ArticleSummary | undefined> {
  const key = headlineKey(fields.headline);
  if (!key) return undefined;
  const body = docToPlainText(fields.body);
  const { articles } = await library.list();
  for (const candidate of articles) {
    if (headlineKey(candidate.headline) !== key) continue;
    const article = await library.get(candidate.id).catch(() => undefined);
    if (article && sameText(docToPlainText(article.body), body)) return candidate;
  }
  return undefined;
}
