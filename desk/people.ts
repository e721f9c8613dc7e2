// The desk's people: invites (one-time codes), the long-lived credentials they are exchanged
// for, and revocation. Only hashes of codes and tokens are stored.
import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { DeskCredential } from '../shared/desk/contract';
import { PersonNameSchema, type DeskPerson } from '../shared/desk/desk-doc';
import type { DeskRole } from '../shared/desk/roles';
import { inTransaction } from './database';
import { DeskRequestError } from './request-error';

/** An invite is good for a week; a new one can be made at any time. */
const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface Member extends DeskPerson {
  id: number;
}

export interface Invite {
  name: string;
  role: DeskRole;
  /** 128 random bits as 32 hexadecimal digits, grouped by four for reading aloud. */
  code: string;
  expiresAt: string;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Adds the person (or changes their role) and makes them a new one-time invite code. */
export function invitePerson(
  db: DatabaseSync,
  rawName: string,
  role: DeskRole,
  now = new Date(),
): Invite {
  const name = PersonNameSchema.parse(rawName);
  const code = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS).toISOString();
  inTransaction(db, () => {
    db.prepare(
      `INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET role = excluded.role, revoked_at = NULL`,
    ).run(name, role, now.toISOString());
    const person = db.prepare('SELECT id FROM people WHERE name = ?').get(name) as { id: number };
    db.prepare(
      'INSERT INTO invites (code_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ).run(hashSecret(code), person.id, now.toISOString(), expiresAt);
  });
  return { name, role, code: code.match(/.{4}/g)!.join('-'), expiresAt };
}

/** Exchanges an invite code (once) for a credential. */
export function joinWithInvite(db: DatabaseSync, code: string, now = new Date()): DeskCredential {
  return inTransaction(db, () => {
    const invite = db
      .prepare(
        `SELECT invites.code_hash, invites.expires_at, people.id, people.name, people.role
         FROM invites JOIN people ON people.id = invites.person_id
         WHERE invites.code_hash = ? AND people.revoked_at IS NULL`,
      )
      .get(hashSecret(code)) as
      | { code_hash: string; expires_at: string; id: number; name: string; role: DeskRole }
      | undefined;
    if (!invite) {
      throw new DeskRequestError(
        'unauthorized',
        'This invite code is not known to the desk, or it was already used. Ask an editor for a new one.',
      );
    }
    db.prepare('DELETE FROM invites WHERE code_hash = ?').run(invite.code_hash);
    if (invite.expires_at < now.toISOString()) {
      throw new DeskRequestError(
        'unauthorized',
        'This invite code has expired. Ask an editor for a new one.',
      );
    }
    const token = randomBytes(32).toString('base64url');
    db.prepare('INSERT INTO tokens (token_hash, person_id, created_at) VALUES (?, ?, ?)').run(
      hashSecret(token),
      invite.id,
      now.toISOString(),
    );
    return { token, name: invite.name, role: invite.role };
  });
}

/** The member a credential belongs to, or null when it is unknown or its person was revoked. */
export function memberForToken(db: DatabaseSync, token: string): Member | null {
  if (token.length === 0 || token.length > 200) return null;
  return memberForTokenHash(db, hashSecret(token));
}

/** As `memberForToken`, for a connection that kept only the hash of its credential. */
export function memberForTokenHash(db: DatabaseSync, tokenHash: string): Member | null {
  const row = db
    .prepare(
      `SELECT people.id, people.name, people.role FROM tokens
       JOIN people ON people.id = tokens.person_id
       WHERE tokens.token_hash = ? AND people.revoked_at IS NULL`,
    )
    .get(tokenHash) as Member | undefined;
  return row ? { id: row.id, name: row.name, role: row.role } : null;
}

/** Revokes a person: their credentials and open invites stop working at once. */
export function revokePerson(db: DatabaseSync, name: string, now = new Date()): boolean {
  return inTransaction(db, () => {
    const person = db
      .prepare('SELECT id FROM people WHERE name = ? AND revoked_at IS NULL')
      .get(name) as { id: number } | undefined;
    if (!person) return false;
    db.prepare('UPDATE people SET revoked_at = ? WHERE id = ?').run(now.toISOString(), person.id);
    db.prepare('DELETE FROM tokens WHERE person_id = ?').run(person.id);
    db.prepare('DELETE FROM invites WHERE person_id = ?').run(person.id);
    return true;
  });
}

export interface PersonListing extends DeskPerson {
  joined: boolean;
  revokedAt: string | null;
}

export function listPeople(db: DatabaseSync): PersonListing[] {
  const rows = db
    .prepare(
      `SELECT name, role, revoked_at AS revokedAt,
         EXISTS (SELECT 1 FROM tokens WHERE tokens.person_id = people.id) AS joined
       FROM people ORDER BY name COLLATE NOCASE`,
    )
    .all() as { name: string; role: DeskRole; revokedAt: string | null; joined: number }[];
  return rows.map((row) => ({ ...row, joined: row.joined === 1 }));
}

export function activeMembers(db: DatabaseSync): DeskPerson[] {
  return listPeople(db)
    .filter((person) => person.revokedAt === null)
    .map(({ name, role }) => ({ name, role }));
}
