// What stands between an article and Approved: its checklist's errors, checked against the live
// articles it links to and the ticker, as the export checks them. Said in words for the editor.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/article';
import { englishPreflightMessage } from '../../../shared/preflight/english';
import { preflight } from '../../../shared/preflight/preflight';
import { plural } from '../../../shared/text/plural';
import { DESK_STATE_FOLDER } from '../desk-state';
import { TickerStore } from '../ticker-store';
import type { Listing } from './listing';

/** Refuses approval while the article's checklist has errors, naming each one. */
export async function checkApprovable(root: string, listing: Listing, article: Article) {
  const linked = article.related.flatMap((link) =>
    link.target.kind === 'article' ? [link.target.articleId] : [],
  );
  const live = new Set((await listing.lookup(linked)).map((summary) => summary.id));
  const ticker = await new TickerStore(root).get().catch(() => undefined);
  const report = preflight(article, { articleExists: (id) => live.has(id), ticker });
  if (report.errors === 0) return;
  const problems = report.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => englishPreflightMessage(issue).replace(/\.$/, ''));
  throw new DatelineError(
    'preflight',
    `Not approved: ${plural(problems.length, 'problem')} in the checklist must be fixed first (${problems.join('; ')}).`,
    { reason: 'approval-refused', values: { count: problems.length } },
  );
}

/** A desk article's workflow is the desk server's: its records, not this laptop's, say who approved. */
export async function isDeskArticle(root: string, id: string): Promise<boolean> {
  // The id was read from the article's own file, so it is a valid file name.
  return stat(path.join(root, DESK_STATE_FOLDER, `${id}.yjs`)).then(
    () => true,
    () => false,
  );
}
