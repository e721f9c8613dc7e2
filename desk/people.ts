// The desk's people: invites (one-time codes), the long-lived credentials they are exchanged
// for, and revocation. Only hashes of codes and tokens are stored. Names match without regard
// to case, on SQLite and PostgreSQL alike.
import { createHash, randomBytes } from 'node:crypto';
import type { DeskCredential } from '../shared/desk/contract';
import { PersonNameSchema, type DeskPerson } from '../shared/desk/desk-doc';
import type { DeskRole } from '../shared/desk/roles';
import { DeskRequestError } from './request-error';
import type { DeskSql } from './sql';

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
export async function invitePerson(
  db: DeskSql,
  rawName: string,
  role: DeskRole,
  now = new Date(),
): Promise<Invite> {
  const name = PersonNameSchema.parse(rawName);
  const code = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS).toISOString();
  await db.transaction(async (tx) => {
    let person = await personNamed(tx, name);
    if (person) {
      await tx.run('UPDATE people SET role = ?, revoked_at = NULL WHERE id = ?', [role, person.id]);
    } else {
      await tx.run('INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)', [
        name,
        role,
        now.toISOString(),
      ]);
      person = (await personNamed(tx, name))!;
    }
    await tx.run(
      'INSERT INTO invites (code_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      [hashSecret(code), person.id, now.toISOString(), expiresAt],
    );
  });
  return { name, role, code: code.match(/.{4}/g)!.join('-'), expiresAt };
}

const personNamed = (db: DeskSql, name: string) =>
  db.get<{ id: number }>('SELECT id FROM people WHERE lower(name) = lower(?)', [name]);

/** Exchanges an invite code (once) for a credential. */
export async function joinWithInvite(
  db: DeskSql,
  code: string,
  now = new Date(),
): Promise<DeskCredential> {
  type Outcome = { credential: DeskCredential } | { refused: 'unknown' | 'expired' };
  const outcome = await db.transaction<Outcome>(async (tx) => {
    const invite = await tx.get<{
      code_hash: string;
      expires_at: string;
      id: number;
      name: string;
      role: DeskRole;
    }>(
      `SELECT invites.code_hash, invites.expires_at, people.id, people.name, people.role
       FROM invites JOIN people ON people.id = invites.person_id
       WHERE invites.code_hash = ? AND people.revoked_at IS NULL`,
      [hashSecret(code)],
    );
    if (!invite) return { refused: 'unknown' };
    // Used up even when expired, so the same code never works later.
    await tx.run('DELETE FROM invites WHERE code_hash = ?', [invite.code_hash]);
    if (invite.expires_at < now.toISOString()) return { refused: 'expired' };
    const token = randomBytes(32).toString('base64url');
    await tx.run('INSERT INTO tokens (token_hash, person_id, created_at) VALUES (?, ?, ?)', [
      hashSecret(token),
      invite.id,
      now.toISOString(),
    ]);
    return { credential: { token, name: invite.name, role: invite.role } };
  });
  if ('credential' in outcome) return outcome.credential;
  throw new DeskRequestError(
    'unauthorized',
    outcome.refused === 'expired'
      ? 'This invite code has expired. Ask an editor for a new one.'
      : 'This invite code is not known to the desk, or it was already used. Ask an editor for a new one.',
  );
}

/** The member a credential belongs to, or null when it is unknown or its person was revoked. */
export async function memberForToken(db: DeskSql, token: string): Promise<Member | null> {
  if (token.length === 0 || token.length > 200) return null;
  return memberForTokenHash(db, hashSecret(token));
}

/** As `memberForToken`, for a connection that kept only the hash of its credential. */
export async function memberForTokenHash(db: DeskSql, tokenHash: string): Promise<Member | null> {
  const row = await db.get<Member>(
    `SELECT people.id, people.name, people.role FROM tokens
     JOIN people ON people.id = tokens.person_id
     WHERE tokens.token_hash = ? AND people.revoked_at IS NULL`,
    [tokenHash],
  );
  return row ? { id: row.id, name: row.name, role: row.role } : null;
}

/** Revokes a person: their credentials and open invites stop working at once. */
export async function revokePerson(db: DeskSql, name: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const person = await tx.get<{ id: number }>(
      'SELECT id FROM people WHERE lower(name) = lower(?) AND revoked_at IS NULL',
      [name],
    );
    if (!person) return false;
    await tx.run('UPDATE people SET revoked_at = ? WHERE id = ?', [now.toISOString(), person.id]);
    await tx.run('DELETE FROM tokens WHERE person_id = ?', [person.id]);
    await tx.run('DELETE FROM invites WHERE person_id = ?', [person.id]);
    return true;
  });
}

export interface PersonListing extends DeskPerson {
  joined: boolean;
  revokedAt: string | null;
}

export async function listPeople(db: DeskSql): Promise<PersonListing[]> {
  const rows = await db.all<{
    name: string;
    role: DeskRole;
    revoked_at: string | null;
    joined: number;
  }>(
    `SELECT name, role, revoked_at,
       CASE WHEN EXISTS (SELECT 1 FROM tokens WHERE tokens.person_id = people.id)
         THEN 1 ELSE 0 END AS joined
     FROM people ORDER BY lower(name)`,
  );
  return rows.map((row) => ({
    name: row.name,
    role: row.role,
    revokedAt: row.revoked_at,
    joined: Number(row.joined) === 1,
  }));
}

export async function activeMembers(db: DeskSql): Promise<DeskPerson[]> {
  return (await listPeople(db))
    .filter((person) => person.revokedAt === null)
    .map(({ name, role }) => ({ name, role }));
}
