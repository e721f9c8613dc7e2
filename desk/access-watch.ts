// Notices within a fraction of a second when `dateline desk invite|revoke` (another process)
// changed the desk's people: SQLite's data_version moves whenever another connection commits.
import type { DatabaseSync } from 'node:sqlite';

export function watchOtherWriters(
  db: DatabaseSync,
  intervalMs: number,
  onChange: () => void,
): () => void {
  const version = db.prepare('PRAGMA data_version');
  let last = (version.get() as { data_version: number }).data_version;
  const timer = setInterval(() => {
    const now = (version.get() as { data_version: number }).data_version;
    if (now === last) return;
    last = now;
    onChange();
  }, intervalMs);
  return () => clearInterval(timer);
}
