import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESK_CREDENTIAL_FILE, fileCredentialStore } from './desk-credential-store';

const desk = {
  addresses: ['ws://127.0.0.1:1234'],
  token: 'a'.repeat(43),
  name: 'Sokha',
  role: 'reporter' as const,
};

describe('the web host’s desk credential file', () => {
  it('is readable and writable by the user alone, and reads back what was written', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-cred-'));
    const store = fileCredentialStore(folder);
    expect(await store.read()).toBeNull();
    await store.write(desk);
    const file = path.join(folder, DESK_CREDENTIAL_FILE);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await store.read()).toEqual(desk);
  });

  it('stays 0600 when an older file was readable by others', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-cred-'));
    const file = path.join(folder, DESK_CREDENTIAL_FILE);
    await writeFile(file, '{}', { mode: 0o644 });
    await fileCredentialStore(folder).write(desk);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('treats a damaged file as no credential and leaving removes it', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-cred-'));
    const store = fileCredentialStore(folder);
    await writeFile(path.join(folder, DESK_CREDENTIAL_FILE), '{"token": 1');
    expect(await store.read()).toBeNull();
    await store.write(desk);
    await store.clear();
    expect(await store.read()).toBeNull();
    await expect(readFile(path.join(folder, DESK_CREDENTIAL_FILE))).rejects.toThrow(/ENOENT/);
  });
});
