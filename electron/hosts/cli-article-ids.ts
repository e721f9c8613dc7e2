// Finds the article a command names by its id or by the first characters of it, as git does
// with commit hashes: at least four, and enough of them to name one article only.
import { DatelineError } from '../../shared/api/errors';
import type { Library } from '../services/library';
import { UsageError } from './cli-args';

export const SHORTEST_ID_PREFIX = 4;

export async function resolveArticleId(library: Library, given: string): Promise<string> {
  const typed = given.trim().toLowerCase();
  if (!/^[a-z0-9-]+$/.test(typed)) {
    throw new UsageError(
      `${JSON.stringify(given)} is not an article id; "dateline list" shows them.`,
    );
  }
  const { articles } = await library.list();
  if (articles.some((article) => article.id === typed)) return typed;
  if (typed.length < SHORTEST_ID_PREFIX) {
    throw new UsageError(
      `"${given}" is too short to name an article: give at least ${SHORTEST_ID_PREFIX} characters of its id.`,
    );
  }
  const matches = articles
    .filter((article) => article.id.startsWith(typed))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) {
    throw new DatelineError(
      'not-found',
      `No article in the library at ${library.root} has an id starting with "${given}"; "dateline list" shows them.`,
    );
  }
  const rows = matches.map((article) => `  ${article.id}  ${article.headline || '(no headline)'}`);
  throw new UsageError(
    [`"${given}" is the start of ${matches.length} articles' ids; give more of it:`, ...rows].join(
      '\n',
    ),
  );
}
