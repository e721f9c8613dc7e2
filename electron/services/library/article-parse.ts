// Turns an article file's text into an article, or says why it is not a usable one: older files
// are migrated, related links the policy refuses are dropped, and the body must fit the schema.
import { ArticleSchema, type Article } from '../../../shared/article';
import { migrateArticle } from '../../../shared/article-migrations';
import { withoutUnsafeRelated } from '../../../shared/related';
import { checkBody } from '../../../shared/schema/sanitize-body';
import { parseLibraryJson } from '../library-files';
import { cleanBodyInSlices, validateInSlices } from './sliced-checks';

export type ParsedArticle = { article: Article } | { reason: string };

/** Parses and checks one article file's text; says why when it is not a usable article. */
export function parseArticleFile(raw: string, fileName: string): ParsedArticle {
  const json = parseLibraryJson(raw);
  if ('reason' in json) return json;
  try {
    const parsed = ArticleSchema.safeParse(withoutUnsafeRelated(migrateArticle(json.value)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        reason: `it does not look like a Dateline article (${issue?.path.join('.')}: ${issue?.message})`,
      };
    }
    if (fileName !== `${parsed.data.id}.json`)
      return { reason: 'its id does not match its file name' };
    const body = checkBody(parsed.data.body);
    if (!body.ok) return { reason: body.message };
    return { article: { ...parsed.data, body: body.body } };
  } catch {
    return { reason: 'it does not look like a Dateline article' };
  }
}

/**
 * The same answer, with a long body checked a slice at a time so other requests run meanwhile.
 * Anything short of a usable article is parsed again as a whole, for the very same reason.
 */
export async function parseArticleFileInSlices(
  raw: string,
  fileName: string,
): Promise<ParsedArticle> {
  const json = parseLibraryJson(raw);
  if ('reason' in json) return json;
  try {
    const valid = await validateInSlices(withoutUnsafeRelated(migrateArticle(json.value)));
    if (valid && fileName === `${valid.id}.json`) {
      const body = await cleanBodyInSlices(valid.body);
      if (body) return { article: { ...valid, body } };
    }
  } catch {
    // Said by the whole check below.
  }
  return parseArticleFile(raw, fileName);
}
