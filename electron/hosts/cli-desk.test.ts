// `dateline desk invite|revoke|list` on a real desk data folder.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeskRecords } from '../../desk/backend';
import { joinWithInvite, memberForToken } from '../../desk/people';
import { runCli } from './cli-run';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dateline desk', () => {
  it('invites a person with a one-time code, lists them, and revokes them', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'cli-desk-'));
    const invited = await run(['desk', 'invite', 'Sokha', '--role', 'reporter', '--data', data]);
    expect(invited.code).toBe(0);
    const code = /([0-9a-f]{4}(?:-[0-9a-f]{4}){7})/.exec(invited.out)?.[1];
    expect(code).toBeDefined();

    const db = await openDeskRecords({ kind: 'sqlite', dataDir: data });
    const credential = await joinWithInvite(db, code!.replaceAll('-', ''));
    expect(credential).toMatchObject({ name: 'Sokha', role: 'reporter' });
    await expect(joinWithInvite(db, code!.replaceAll('-', ''))).rejects.toThrow(/already used/);
    await db.close();
    // Neither the code nor the credential is kept as written.
    const file = readFileSync(path.join(data, 'desk.sqlite')).toString('latin1');
    expect(file).not.toContain(code!.replaceAll('-', ''));
    expect(file).not.toContain(credential.token);

    expect((await run(['desk', 'list', '--data', data])).out).toBe('Sokha\treporter\tjoined');
    expect((await run(['desk', 'revoke', 'Sokha', '--data', data])).code).toBe(0);
    const after = await openDeskRecords({ kind: 'sqlite', dataDir: data });
    expect(await memberForToken(after, credential.token)).toBeNull();
    await after.close();
    expect((await run(['desk', 'list', '--data', data])).out).toMatch(/^Sokha\treporter\trevoked /);
    expect((await run(['desk', 'revoke', 'Nobody', '--data', data])).code).toBe(1);
  });

  it('explains a wrong command line', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'cli-desk-'));
    const noRole = await run(['desk', 'invite', 'Dara', '--data', data]);
    expect(noRole.code).toBe(2);
    expect(noRole.err).toMatch(/--role reporter or --role editor/);
    expect((await run(['desk', 'invite', 'Dara', '--role', 'editor'])).err).toMatch(/--data DIR/);
    const typo = await run(['desk', 'invite', 'Dara', '--roel', 'editor', '--data', data]);
    expect(typo.code).toBe(2);
    expect(typo.err.split('\n')[0]).toBe('Unknown option --roel. Did you mean --role?');
    const command = await run(['desk', 'lsit', '--data', data]);
    expect(command.err.split('\n')[0]).toBe(
      '"lsit" is not a desk command. Did you mean desk list?',
    );
  });
});
