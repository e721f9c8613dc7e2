// What an article must pass before it is written: its body fits the editor's schema (links the
// policy refuses are dropped), the whole fits the stored shape, and it was based on the revision
// now on disk. Each failure is said in words for the reporter.
import { DatelineError } from '../../../shared/api/errors';
import { ArticleSchema, type Article, type ArticleBody } from '../../../shared/article';
import { checkBody } from '../../../shared/schema/sanitize-body';
import { cleanBodyInSlices, validateInSlices } from './sliced-checks';

export function checkedBody(body: ArticleBody): ArticleBody {
  const checked = checkBody(body);
  if (!checked.ok) throw new DatelineError('invalid-input', checked.message);
  return checked.body;
}

export function validated(article: Article): Article {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatelineError(
      'invalid-input',
      `The article is not valid: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/**
 * The body checked, then the whole article validated, as written to disk. A long body is checked
 * a slice at a time so other requests run in between; should any slice fail, the whole is checked
 * again at once, so the reporter reads exactly the message a short article would give.
 */
export async function checkedArticle(
  candidate: Article,
  options: { checkBody: boolean } = { checkBody: true },
): Promise<Article> {
  const body = options.checkBody
    ? ((await cleanBodyInSlices(candidate.body)) ?? checkedBody(candidate.body))
    : candidate.body;
  return (await validateInSlices({ ...candidate, body })) ?? validated({ ...candidate, body });
}

export function checkBase(current: Article, baseRevision: number, baseUpdatedAt?: string): void {
  const moved = baseUpdatedAt !== undefined && current.updatedAt !== baseUpdatedAt;
  if (current.revision !== baseRevision || moved) {
    throw new DatelineError(
      'conflict',
      'This article was changed in another window or by another program since you opened it, so your changes were not saved over it.',
      { reason: 'article-changed' },
    );
  }
}

/** A save always moves `updatedAt` forward, even when the clock has not ticked. */
export function laterThan(now: Date, previous: string): string {
  const last = Date.parse(previous);
  return (now.getTime() > last ? now : new Date(last + 1)).toISOString();
}
