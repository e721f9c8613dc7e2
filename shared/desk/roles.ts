// Who may do what on the desk. The server enforces these; the app only reflects them.
import { z } from 'zod';
import type { ArticleStatus } from '../article';

export const DESK_ROLES = ['reporter', 'editor'] as const;
export const DeskRoleSchema = z.enum(DESK_ROLES);
export type DeskRole = z.infer<typeof DeskRoleSchema>;

/** Statuses a reporter may set; the others (edited, approved, and leaving approved) are an editor's. */
const REPORTER_STATUSES: readonly ArticleStatus[] = ['draft', 'ready'];

/** Why `role` may not move an article from `from` to `to`, or null when it may. */
export function statusChangeRefusal(
  role: DeskRole,
  from: ArticleStatus,
  to: ArticleStatus,
): string | null {
  if (role === 'editor') return null;
  if (to === 'approved') return 'Only an editor can approve an article.';
  if (from === 'approved') return 'Only an editor can take back an approval.';
  if (!REPORTER_STATUSES.includes(to)) return `Only an editor can mark an article ${to}.`;
  return null;
}

/** Actions that are an editor's alone. */
export const EDITOR_ONLY = {
  assign: 'Only an editor can assign a story.',
  removeArticle: 'Only an editor can remove an article from the desk.',
  setTicker: 'Only an editor can change the ticker.',
  setPublication: "Only an editor can change the publication's settings.",
} as const;
