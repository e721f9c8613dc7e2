// Earlier versions of an article: why each was kept, how it is named, and which are kept.
import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, type ArticleStatus } from './article';

export const VERSION_REASONS = [
  /** Taken on a save once five minutes of editing have passed since the last one. */
  'interval',
  /** The article as it stood when its status changed. */
  'status',
  /** Asked for with "Save version". */
  'manual',
  /** The text before a pasted or imported page filled the article. */
  'before-import',
  /** The text before an earlier version was restored over it. */
  'before-restore',
  /** The other window's or program's version, before this window's replaced it. */
  'replaced',
  /** This window's unsaved text, set aside when the writer took the other version. */
  'set-aside',
  /** The article as a correction to its published text was recorded. */
  'correction',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** `20261125T112103123Z-r12`: when it was taken and the revision it holds; sorts by time. */
export const VersionIdSchema = z
  .string()
  .regex(/^\d{8}T\d{9}Z-r\d{1,9}(-\d{1,3})?$/, 'a version name such as 20261125T112103123Z-r12');

export const VersionRecordSchema = z.object({
  schemaVersion: z.literal(1),
  versionId: VersionIdSchema,
  takenAt: z.iso.datetime(),
  reason: z.enum(VERSION_REASONS),
  label: z.string().max(200).optional(),
  /** Who made the change the version was kept for (a status change, a correction); "" unnamed. */
  by: z.string().max(100).optional(),
  /** Counted when the version was kept, so listing versions needs no counting. */
  words: z.number().int().nonnegative(),
  article: ArticleSchema,
});
export type VersionRecord = z.infer<typeof VersionRecordSchema>;

/** The part of a version file the History list needs, read without checking the whole body. */
export const VersionHeadSchema = VersionRecordSchema.extend({
  article: z.object({
    id: z.string(),
    revision: z.number().int().nonnegative(),
    status: ArticleStatusSchema,
    headline: z.string(),
  }),
});
export type VersionHead = z.infer<typeof VersionHeadSchema>;

/** One line of the History panel. */
export interface VersionSummary {
  versionId: string;
  takenAt: string;
  reason: VersionReason;
  label?: string;
  by?: string;
  revision: number;
  status: ArticleStatus;
  headline: string;
  words: number;
}

/** Versions kept in full per article; older ones are thinned to one a day. */
export const KEEP_ALL_NEWEST = 100;
/** Editing time after which a save keeps the text it replaces as a version. */
export const INTERVAL_MS = 5 * 60_000;
/** How long a deleted article stays in the trash. */
export const TRASH_DAYS = 30;

export function versionIdFor(takenAt: Date, revision: number): string {
  return `${takenAt.toISOString().replace(/[-:.]/g, '')}-r${revision}`;
}

/**
 * Versions whose text may exist nowhere else: the writer's own set-aside text, another window's
 * replaced text, the text before an import or a restore, and versions saved with a label.
 */
function isKeptForGood(version: Pick<VersionSummary, 'reason' | 'label'>): boolean {
  return (
    version.reason === 'set-aside' ||
    version.reason === 'replaced' ||
    version.reason === 'before-import' ||
    version.reason === 'before-restore' ||
    version.reason === 'correction' ||
    (version.reason === 'manual' && Boolean(version.label))
  );
}

/**
 * Which versions to delete: past the newest KEEP_ALL_NEWEST, the routine ones (kept while
 * writing, at status changes, unlabelled) are thinned to the newest of each day (UTC). Version
 * ids sort by time.
 */
export function versionsToPrune(
  versions: readonly Pick<VersionSummary, 'versionId' | 'reason' | 'label'>[],
): string[] {
  const newestFirst = [...versions].sort((a, b) => (a.versionId < b.versionId ? 1 : -1));
  const daysKept = new Set<string>();
  const pruned: string[] = [];
  for (const [index, version] of newestFirst.entries()) {
    if (index < KEEP_ALL_NEWEST || isKeptForGood(version)) continue;
    const day = version.versionId.slice(0, 8);
    if (daysKept.has(day)) pruned.push(version.versionId);
    else daysKept.add(day);
  }
  return pruned;
}

/** How the History panel names a version. */
export function describeVersion(
  version: Pick<VersionSummary, 'reason' | 'label' | 'status'>,
): string {
  if (version.label) return version.label;
  switch (version.reason) {
    case 'interval':
      return 'Kept while you wrote';
    case 'status':
      return `Status changed`;
    case 'manual':
      return 'Saved by hand';
    case 'before-import':
      return 'Before a page was pasted or imported';
    case 'before-restore':
      return 'Before an earlier version was restored';
    case 'replaced':
      return 'The other version, before yours replaced it';
    case 'set-aside':
      return 'Your version, set aside for the other one';
    case 'correction':
      return 'Correction recorded';
  }
}
