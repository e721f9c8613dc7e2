// The workflow's safeguards on the library's one write path. Approving needs a checklist without
// errors and records who approved and when; editing an approved article's published text sends it
// back to Edited, marked as changed since approval, unless the change is recorded as a correction,
// which keeps it approved and says on the page what was corrected.
import { DatelineError } from '../../../shared/api/errors';
import type { Article, Correction } from '../../../shared/article';
import { publishedContentHash } from '../publishing/published-content';
import { checkApprovable, isDeskArticle } from './approval-checks';
import { correctionSummary } from './correction-summary';
import type { Listing } from './listing';

/** Who is making a change: the name set under Settings, "" when none is. */
export type Actor = string;

export class Workflow {
  constructor(
    private readonly root: string,
    private readonly listing: Listing,
  ) {}

  /** `next` as it may be written over `current`, with the workflow's records kept in step. */
  async apply(current: Article, next: Article, actor: Actor): Promise<Article> {
    if (await isDeskArticle(this.root, current.id)) return next;
    const act = { by: actor, at: next.updatedAt };
    if (next.status === 'approved' && current.status !== 'approved') {
      await checkApprovable(this.root, this.listing, next);
      return { ...clear(next, 'changedSinceApproval'), approval: act };
    }
    if (next.status === 'approved') {
      const changed = publishedContentHash(next) !== publishedContentHash(current);
      return changed ? { ...next, status: 'edited', changedSinceApproval: act } : next;
    }
    // Taken back to an earlier step on purpose, the approval no longer stands.
    if (next.status !== 'edited' || current.status === 'approved') {
      return clear(clear(next, 'approval'), 'changedSinceApproval');
    }
    return next;
  }

  /**
   * Records the changes made since approval as a correction with the note the page prints, and
   * puts the article back to Approved, once its checklist allows it.
   */
  async correct(
    current: Article,
    next: Article,
    note: string,
    actor: Actor,
    approvedText: Article | undefined,
  ): Promise<Article> {
    if (current.status !== 'edited' || !current.changedSinceApproval) {
      throw new DatelineError(
        'invalid-input',
        'Only an approved article changed since its approval can have a correction recorded.',
        { reason: 'correction-not-changed' },
      );
    }
    const approved: Article = { ...next, status: 'approved' };
    await checkApprovable(this.root, this.listing, approved);
    const correction: Correction = {
      at: next.updatedAt,
      by: actor,
      note: note.trim(),
      summary: approvedText ? correctionSummary(approvedText, next) : '',
    };
    return {
      ...clear(approved, 'changedSinceApproval'),
      corrections: [...(current.corrections ?? []), correction],
    };
  }
}

function clear(article: Article, key: 'approval' | 'changedSinceApproval'): Article {
  const { [key]: _dropped, ...rest } = article;
  return rest;
}
