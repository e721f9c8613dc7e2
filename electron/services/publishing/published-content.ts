// The fingerprint of what a reader sees of an article: every field a page, feed or ninjs file can
// show. Fields that never leave the library (notes, status, revision, times, approval records) are
// left out, so saving, approving or moving an article does not count as changing its published text;
// a field added to the article later counts unless it is listed here.
import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/article';

const NOT_PUBLISHED = new Set<string>([
  'schemaVersion',
  'id',
  'revision',
  'createdAt',
  'updatedAt',
  'trashedAt',
  'status',
  'notes',
  'approval',
  'changedSinceApproval',
]);

/** A SHA-256 of the article's published fields, written with sorted keys so it never depends on order. */
export function publishedContentHash(article: Article): string {
  const published = Object.fromEntries(
    Object.entries(article).filter(([key]) => !NOT_PUBLISHED.has(key)),
  );
  return createHash('sha256').update(canonicalJson(published)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
