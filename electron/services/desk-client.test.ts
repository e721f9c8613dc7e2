// The host's desk client against a real desk server: joining, keeping the credential, calling the
// desk with it, the roles the desk enforces, and addresses the app refuses.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeskRecords } from '../../desk/backend';
import { invitePerson } from '../../desk/people';
import {
  startDeskProcess,
  tempDataDir,
  type DeskProcess,
} from '../../test-support/desk/desk-process';
import type { DeskRole } from '../../shared/desk/roles';
import { DeskClient } from './desk-client';
import { fileCredentialStore } from './desk-credential-store';

let desk: DeskProcess;
let dataDir: string;

async function invite(name: string, role: DeskRole): Promise<string> {
  const db = await openDeskRecords({ kind: 'sqlite', dataDir });
  try {
    return (await invitePerson(db, name, role)).code;
  } finally {
    await db.close();
  }
}

async function clientIn(): Promise<{ client: DeskClient; folder: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-client-'));
  return { client: new DeskClient(fileCredentialStore(folder)), folder };
}

beforeAll(async () => {
  dataDir = tempDataDir();
  desk = await startDeskProcess(dataDir);
}, 60_000);
afterAll(() => desk?.stop());

describe('joining the desk from the app', () => {
  it('joins with an invite, keeps the credential across restarts, and leaves', async () => {
    const { client, folder } = await clientIn();
    const status = await client.join(desk.url, await invite('Sokha', 'reporter'));
    expect(status).toEqual({
      joined: true,
      name: 'Sokha',
      role: 'reporter',
      addresses: [desk.url],
    });
    const again = new DeskClient(fileCredentialStore(folder));
    expect(await again.status()).toMatchObject({ joined: true, name: 'Sokha' });
    expect((await again.connection())?.token).toMatch(/\S{20,}/);
    expect(await again.call('whoAmI', {})).toEqual({ name: 'Sokha', role: 'reporter' });
    await again.leave();
    expect(await new DeskClient(fileCredentialStore(folder)).status()).toEqual({ joined: false });
  });

  it('says so when the invite was already used', async () => {
    const code = await invite('Dara', 'editor');
    await (await clientIn()).client.join(desk.url, code);
    await expect((await clientIn()).client.join(desk.url, code)).rejects.toThrow(/desk refused/);
  });

  it('refuses a desk on another computer without TLS before sending anything', async () => {
    const { client } = await clientIn();
    await expect(client.join('ws://192.0.2.10:1234', '0'.repeat(32))).rejects.toThrow(
      /does not use TLS/,
    );
    expect(await client.status()).toEqual({ joined: false });
  });

  it('moves on to the next address when the first does not answer', async () => {
    const { client } = await clientIn();
    const status = await client.join(
      `ws://127.0.0.1:9, ${desk.url}`,
      await invite('Vanna', 'reporter'),
    );
    expect(status).toMatchObject({ joined: true, name: 'Vanna' });
  });

  it('lets the desk refuse a reporter’s approval', async () => {
    const { client } = await clientIn();
    await client.join(desk.url, await invite('Chenda', 'reporter'));
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    await client.call('fileArticle', { id, headline: 'Floods' });
    await expect(client.call('setStatus', { id, status: 'approved' })).rejects.toThrow(
      /Only an editor can approve/,
    );
    expect((await client.call('listArticles', {})).find((e) => e.id === id)?.status).not.toBe(
      'approved',
    );
  });

  it('tells a computer that has not joined to join first', async () => {
    const { client } = await clientIn();
    await expect(client.call('listArticles', {})).rejects.toThrow(/has not joined a desk/);
  });
});
