// The desk's workflow records: which articles are on the desk, their status with who set it and
// when, the assignee, and who changed them last. The server alone writes these.
import type { DatabaseSync } from 'node:sqlite';
import type { ArticleStatus } from '../shared/article';
import { DESK_ENTRY_HISTORY, type DeskEntry, type StatusRecord } from '../shared/desk/desk-doc';
import { EDITOR_ONLY, statusChangeRefusal } from '../shared/desk/roles';
import { inTransaction } from './database';
import type { Member } from './people';
import { DeskRequestError } from './request-error';

interface ArticleRow {
  id: string;
  headline: string;
  status: ArticleStatus;
  assignee: string | null;
  filed_by: string;
  filed_at: string;
  last_changed_by: string;
  last_changed_at: string;
}

export class DeskArticles {
  constructor(private readonly db: DatabaseSync) {}

  list(): DeskEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM articles WHERE removed_at IS NULL ORDER BY last_changed_at DESC')
      .all() as unknown as ArticleRow[];
    return rows.map((row) => this.entry(row));
  }

  /** The entry of an article on the desk, or null when it is not (or no longer) on it. */
  find(id: string): DeskEntry | null {
    const row = this.row(id);
    return row ? this.entry(row) : null;
  }

  file(member: Member, id: string, headline: string, now = new Date()): DeskEntry {
    const at = now.toISOString();
    inTransaction(this.db, () => {
      const existing = this.db.prepare('SELECT removed_at FROM articles WHERE id = ?').get(id) as
        { removed_at: string | null } | undefined;
      if (existing && existing.removed_at === null) return;
      this.db
        .prepare(
          `INSERT INTO articles (id, headline, status, filed_by, filed_at, last_changed_by, last_changed_at)
           VALUES (?, ?, 'draft', ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET removed_at = NULL, removed_by = NULL,
             last_changed_by = excluded.last_changed_by, last_changed_at = excluded.last_changed_at`,
        )
        .run(id, headline, member.name, at, member.name, at);
      this.record(id, 'draft', member.name, at);
    });
    return this.require(id);
  }

  setStatus(member: Member, id: string, status: ArticleStatus, now = new Date()): DeskEntry {
    const current = this.require(id);
    const refusal = statusChangeRefusal(member.role, current.status, status);
    if (refusal) throw new DeskRequestError('forbidden', refusal);
    if (current.status === status) return current;
    const at = now.toISOString();
    inTransaction(this.db, () => {
      this.db
        .prepare(
          'UPDATE articles SET status = ?, last_changed_by = ?, last_changed_at = ? WHERE id = ?',
        )
        .run(status, member.name, at, id);
      this.record(id, status, member.name, at);
    });
    return this.require(id);
  }

  assign(
    member: Member,
    id: string,
    assignee: string | null,
    isMember: (name: string) => boolean,
  ): DeskEntry {
    if (member.role !== 'editor') throw new DeskRequestError('forbidden', EDITOR_ONLY.assign);
    this.require(id);
    if (assignee !== null && !isMember(assignee)) {
      throw new DeskRequestError('not-found', `${assignee} is not a member of the desk.`);
    }
    this.db.prepare('UPDATE articles SET assignee = ? WHERE id = ?').run(assignee, id);
    return this.require(id);
  }

  remove(member: Member, id: string, now = new Date()): void {
    if (member.role !== 'editor')
      throw new DeskRequestError('forbidden', EDITOR_ONLY.removeArticle);
    this.require(id);
    this.db
      .prepare('UPDATE articles SET removed_at = ?, removed_by = ? WHERE id = ?')
      .run(now.toISOString(), member.name, id);
  }

  /** Notes who last changed the article's text (and its headline as the directory shows it). */
  touch(id: string, name: string, headline: string | null, now = new Date()): DeskEntry | null {
    const result = this.db
      .prepare(
        `UPDATE articles SET last_changed_by = ?, last_changed_at = ?, headline = coalesce(?, headline)
         WHERE id = ? AND removed_at IS NULL`,
      )
      .run(name, now.toISOString(), headline, id);
    return result.changes > 0 ? this.find(id) : null;
  }

  private require(id: string): DeskEntry {
    const entry = this.find(id);
    if (!entry) throw new DeskRequestError('not-found', 'This article is not on the desk.');
    return entry;
  }

  private row(id: string): ArticleRow | undefined {
    return this.db.prepare('SELECT * FROM articles WHERE id = ? AND removed_at IS NULL').get(id) as
      ArticleRow | undefined;
  }

  private record(id: string, status: ArticleStatus, by: string, at: string): void {
    this.db
      .prepare('INSERT INTO status_records (article_id, status, by, at) VALUES (?, ?, ?, ?)')
      .run(id, status, by, at);
  }

  private entry(row: ArticleRow): DeskEntry {
    const history = (
      this.db
        .prepare(
          'SELECT status, by, at FROM status_records WHERE article_id = ? ORDER BY id DESC LIMIT ?',
        )
        .all(row.id, DESK_ENTRY_HISTORY) as unknown as StatusRecord[]
    )
      .map(({ status, by, at }) => ({ status, by, at }))
      .reverse();
    const approved =
      row.status === 'approved' ? history.findLast((r) => r.status === 'approved') : undefined;
    return {
      id: row.id,
      headline: row.headline,
      status: row.status,
      approval: approved ? { by: approved.by, at: approved.at } : null,
      assignee: row.assignee,
      filedBy: row.filed_by,
      filedAt: row.filed_at,
      lastChangedBy: row.last_changed_by,
      lastChangedAt: row.last_changed_at,
      history,
    };
  }
}
