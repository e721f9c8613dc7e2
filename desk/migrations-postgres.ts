// Creates and upgrades the desk's PostgreSQL tables. Each numbered migration runs once, in its own
// transaction, and is recorded in schema_version; several desk servers starting together take
// turns through an advisory lock, so each migration runs exactly once.
import type pg from 'pg';

/** Migration n (1-based) brings the schema from version n-1 to n. */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     name text PRIMARY KEY,
     snapshot bytea,
     compacted_at text
   );
   CREATE TABLE updates (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX updates_by_name ON updates (name, id);
   CREATE TABLE people (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL,
     role text NOT NULL,
     created_at text NOT NULL,
     revoked_at text
   );
   CREATE UNIQUE INDEX people_by_name ON people (lower(name));
   CREATE TABLE invites (
     code_hash text PRIMARY KEY,
     person_id integer NOT NULL REFERENCES people (id),
     created_at text NOT NULL,
     expires_at text NOT NULL
   );
   CREATE TABLE tokens (
     token_hash text PRIMARY KEY,
     person_id integer NOT NULL REFERENCES people (id),
     created_at text NOT NULL
   );
   CREATE TABLE articles (
     id text PRIMARY KEY,
     headline text NOT NULL,
     status text NOT NULL,
     assignee text,
     filed_by text NOT NULL,
     filed_at text NOT NULL,
     last_changed_by text NOT NULL,
     last_changed_at text NOT NULL,
     removed_by text,
     removed_at text
   );
   CREATE TABLE status_records (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     article_id text NOT NULL REFERENCES articles (id),
     status text NOT NULL,
     by text NOT NULL,
     at text NOT NULL
   );
   CREATE INDEX status_records_by_article ON status_records (article_id, id);
   CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);`,
  // Every desk server polls one counter to learn, within a fraction of a second, that someone was
  // revoked or invited on any server or from the command line; triggers move it.
  `CREATE TABLE access_changes (
     only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
     version bigint NOT NULL
   );
   INSERT INTO access_changes (version) VALUES (0);
   CREATE FUNCTION note_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE access_changes SET version = version + 1;
     RETURN NULL;
   END $$;
   CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE ON people
     FOR EACH STATEMENT EXECUTE FUNCTION note_access_change();
   CREATE TRIGGER tokens_changed AFTER INSERT OR UPDATE OR DELETE ON tokens
     FOR EACH STATEMENT EXECUTE FUNCTION note_access_change();`,
  // The originals of the photos desk articles show, each once by its sha-256.
  `CREATE TABLE photos (
     hash text PRIMARY KEY,
     format text NOT NULL,
     bytes bytea NOT NULL,
     added_by text NOT NULL,
     added_at text NOT NULL
   );`,
];

/** An arbitrary constant naming the desk's migration lock among PostgreSQL's advisory locks. */
const MIGRATION_LOCK = 4_401_731;

/** Brings the database up to `target` (by default every migration); returns the version reached. */
export async function migratePostgres(
  pool: pg.Pool,
  target = POSTGRES_MIGRATIONS.length,
): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_version',
    );
    const current = rows[0]?.version ?? 0;
    if (current > POSTGRES_MIGRATIONS.length) {
      throw new Error(
        `The desk's database was written by a newer Dateline (schema ${current}); update Dateline to open it.`,
      );
    }
    for (let version = current; version < target; version += 1) {
      await client.query('BEGIN');
      try {
        await client.query(POSTGRES_MIGRATIONS[version]!);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(
          `Could not upgrade the desk's database to schema ${version + 1}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    return Math.max(current, target);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
