// The desk's workflow records: which articles are on the desk, their status with who set it and
// when, the assignee, and who changed them last. The server alone writes these.
import type { ArticleStatus } from '../shared/article';
import { DESK_ENTRY_HISTORY, type DeskEntry, type StatusRecord } from '../shared/desk/desk-doc';
import { EDITOR_ONLY, statusChangeRefusal } from '../shared/desk/roles';
import type { Member } from './people';
import { DeskRequestError } from './request-error';
import type { DeskSql } from './sql';

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
  constructor(private readonly db: DeskSql) {}

  async list(): Promise<DeskEntry[]> {
    const rows = await this.db.all<ArticleRow>(
      'SELECT * FROM articles WHERE removed_at IS NULL ORDER BY last_changed_at DESC',
    );
    return Promise.all(rows.map((row) => this.entry(row)));
  }

  /** The entry of an article on the desk, or null when it is not (or no longer) on it. */
  async find(id: string): Promise<DeskEntry | null> {
    const row = await this.db.get<ArticleRow>(
      'SELECT * FROM articles WHERE id = ? AND removed_at IS NULL',
      [id],
    );
    return row ? this.entry(row) : null;
  }

  async file(member: Member, id: string, headline: string, now = new Date()): Promise<DeskEntry> {
    const at = now.toISOString();
    await this.db.transaction(async (tx) => {
      const existing = await tx.get<{ removed_at: string | null }>(
        'SELECT removed_at FROM articles WHERE id = ?',
        [id],
      );
      if (existing && existing.removed_at === null) return;
      await tx.run(
        `INSERT INTO articles (id, headline, status, filed_by, filed_at, last_changed_by, last_changed_at)
         VALUES (?, ?, 'draft', ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET removed_at = NULL, removed_by = NULL,
           last_changed_by = excluded.last_changed_by, last_changed_at = excluded.last_changed_at`,
        [id, headline, member.name, at, member.name, at],
      );
      await record(tx, id, 'draft', member.name, at);
    });
    return this.require(id);
  }

  async setStatus(
    member: Member,
    id: string,
    status: ArticleStatus,
    now = new Date(),
  ): Promise<DeskEntry> {
    const current = await this.require(id);
    const refusal = statusChangeRefusal(member.role, current.status, status);
    if (refusal) throw new DeskRequestError('forbidden', refusal);
    if (current.status === status) return current;
    const at = now.toISOString();
    await this.db.transaction(async (tx) => {
      await tx.run(
        'UPDATE articles SET status = ?, last_changed_by = ?, last_changed_at = ? WHERE id = ?',
        [status, member.name, at, id],
      );
      await record(tx, id, status, member.name, at);
    });
    return this.require(id);
  }

  async assign(
    member: Member,
    id: string,
    assignee: string | null,
    isMember: (name: string) => Promise<boolean>,
  ): Promise<DeskEntry> {
    if (member.role !== 'editor') throw new DeskRequestError('forbidden', EDITOR_ONLY.assign);
    await this.require(id);
    if (assignee !== null && !(await isMember(assignee))) {
      throw new DeskRequestError('not-found', `${assignee} is not a member of the desk.`);
    }
    await this.db.run('UPDATE articles SET assignee = ? WHERE id = ?', [assignee, id]);
    return this.require(id);
  }

  async remove(member: Member, id: string, now = new Date()): Promise<void> {
    if (member.role !== 'editor')
      throw new DeskRequestError('forbidden', EDITOR_ONLY.removeArticle);
    await this.require(id);
    await this.db.run('UPDATE articles SET removed_at = ?, removed_by = ? WHERE id = ?', [
      now.toISOString(),
      member.name,
      id,
    ]);
  }

  /** Notes who last changed the article's text (and its headline as the directory shows it). */
  async touch(
    id: string,
    name: string,
    headline: string | null,
    now = new Date(),
  ): Promise<DeskEntry | null> {
    const changes = await this.db.run(
      `UPDATE articles SET last_changed_by = ?, last_changed_at = ?, headline = coalesce(?, headline)
       WHERE id = ? AND removed_at IS NULL`,
      [name, now.toISOString(), headline, id],
    );
    return changes > 0 ? this.find(id) : null;
  }

  private async require(id: string): Promise<DeskEntry> {
    const entry = await this.find(id);
    if (!entry) throw new DeskRequestError('not-found', 'This article is not on the desk.');
    return entry;
  }

  private async entry(row: ArticleRow): Promise<DeskEntry> {
    const history = (
      await this.db.all<StatusRecord>(
        'SELECT status, by, at FROM status_records WHERE article_id = ? ORDER BY id DESC LIMIT ?',
        [row.id, DESK_ENTRY_HISTORY],
      )
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

function record(db: DeskSql, id: string, status: ArticleStatus, by: string, at: string) {
  return db.run('INSERT INTO status_records (article_id, status, by, at) VALUES (?, ?, ?, ?)', [
    id,
    status,
    by,
    at,
  ]);
}
