// Why an edition leaves an article out: gone from the library, unreadable, stopped by the
// checklist, or a photo that could not be made. Each reason is an English sentence for the
// command line and the same reason as a catalog name and values for the interface.
import type { EditionSkip } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import type { Article } from '../../shared/article';
import type { Ticker } from '../../shared/ticker';
import { blockingProblems, checkArticle } from './export-sources';
import type { Library } from './library';

/** The reason named when the checklist kept an article out. */
export const PROBLEMS_REASON = 'edition-problems';

export type Checked = { article: Article } | { skip: EditionSkip };

/** The article, read and checked, or why it is left out. */
export async function loadChecked(
  library: Library,
  id: string,
  live: ReadonlyMap<string, string>,
  ticker: Ticker | undefined,
  override: boolean,
): Promise<Checked> {
  const headline = live.get(id) ?? '';
  if (!live.has(id)) return { skip: goneSkip(id) };
  let article: Article;
  try {
    article = await library.get(id);
  } catch (error) {
    return { skip: unreadableSkip(id, headline, error) };
  }
  const report = checkArticle(article, live, ticker);
  const problems = blockingProblems(report);
  if (problems && !override) {
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    return {
      skip: {
        articleId: id,
        headline: article.headline,
        reason: `${capitalize(problems)}.`,
        wording: {
          reason: PROBLEMS_REASON,
          values: { count: errors.length },
          problems: errors.map(({ code, values }) => ({ code, values })),
        },
      },
    };
  }
  return { article };
}

/** An article asked for that the library no longer holds. */
export function goneSkip(articleId: string): EditionSkip {
  return {
    articleId,
    headline: '',
    reason: 'It is no longer in the library.',
    wording: { reason: 'article-gone' },
  };
}

/** An article whose photo could not be made: the photo's own reason. */
export function photoSkip(
  articleId: string,
  headline: string,
  failure: DatelineError,
): EditionSkip {
  return { articleId, headline, reason: failure.message, wording: wordingOf(failure) };
}

function unreadableSkip(articleId: string, headline: string, error: unknown): EditionSkip {
  return {
    articleId,
    headline,
    reason: `It could not be read: ${(error as Error).message}`,
    wording: error instanceof DatelineError ? wordingOf(error) : { reason: 'article-unreadable' },
  };
}

/** An error's reason, or its code when it names none: both are sentences of the catalogs. */
function wordingOf(error: DatelineError): EditionSkip['wording'] {
  return {
    reason: error.reason ?? error.code,
    ...(error.values ? { values: error.values } : {}),
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
