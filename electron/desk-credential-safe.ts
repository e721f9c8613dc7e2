// The desktop app's desk credential: the same private file as the web host's, its contents
// encrypted with Electron's safeStorage (the OS keychain: Keychain, DPAPI, libsecret/kwallet).
import { safeStorage } from 'electron';
import { fileCredentialStore, type DeskCredentialStore } from './services/desk-credential-store';

export const SAFE_CREDENTIAL_FILE = 'desk-credential.bin';

export class KeychainUnavailableError extends Error {}

export function safeCredentialStore(folder: string): DeskCredentialStore {
  return fileCredentialStore(
    folder,
    {
      encode: (text) => {
        if (!safeStorage.isEncryptionAvailable()) {
          throw new KeychainUnavailableError(
            "This computer's keychain is not available, so Dateline cannot keep your desk credential safely; unlock the keychain and join again.",
          );
        }
        return safeStorage.encryptString(text);
      },
      decode: (bytes) => safeStorage.decryptString(bytes),
    },
    SAFE_CREDENTIAL_FILE,
  );
}
