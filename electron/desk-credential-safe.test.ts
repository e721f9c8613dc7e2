import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, safeStorage } from '../test-support/electron/electron-mock';
import {
  KeychainUnavailableError,
  safeCredentialStore,
  SAFE_CREDENTIAL_FILE,
} from './desk-credential-safe';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

const desk = {
  addresses: ['wss://desk.example.org'],
  token: 'secret-token-of-sokha',
  name: 'Sokha',
  role: 'editor' as const,
};

describe('the desktop app’s desk credential', () => {
  beforeEach(() => resetElectronMock());

  it('goes through the keychain: the file holds no plain token and reads back', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-safe-'));
    const store = safeCredentialStore(folder);
    await store.write(desk);
    const file = path.join(folder, SAFE_CREDENTIAL_FILE);
    const bytes = await readFile(file);
    expect(bytes.toString('latin1')).not.toContain(desk.token);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await store.read()).toEqual(desk);
    expect(safeStorage.decryptString).toHaveBeenCalledTimes(1);
  });

  it('refuses to keep the credential when the keychain is unavailable', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-safe-'));
    safeStorage.available = false;
    await expect(safeCredentialStore(folder).write(desk)).rejects.toBeInstanceOf(
      KeychainUnavailableError,
    );
    expect(await safeCredentialStore(folder).read()).toBeNull();
  });

  it('takes a file the keychain cannot decrypt as no credential', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'desk-safe-'));
    await safeCredentialStore(folder).write(desk);
    safeStorage.decryptString.mockImplementationOnce(() => {
      throw new Error('Error while decrypting the ciphertext');
    });
    expect(await safeCredentialStore(folder).read()).toBeNull();
  });
});
