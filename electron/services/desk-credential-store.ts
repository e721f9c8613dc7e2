// Where the host keeps the person's desk credential. The web and command-line hosts keep it in a
// file only the user can read (0600) in the settings folder; the desktop app wraps the same file
// with the OS keychain (electron/desk-credential-safe.ts).
import { chmod, open, readFile, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DeskRoleSchema } from '../../shared/desk/roles';
import { syncFolder } from './atomic-write';

export const StoredDeskSchema = z.object({
  /** The desk's WebSocket addresses, checked when they were given. */
  addresses: z.array(z.string().min(1).max(500)).min(1).max(20),
  token: z.string().min(1).max(500),
  name: z.string().min(1).max(100),
  role: DeskRoleSchema,
});
export type StoredDesk = z.infer<typeof StoredDeskSchema>;

export interface DeskCredentialStore {
  read(): Promise<StoredDesk | null>;
  write(desk: StoredDesk): Promise<void>;
  clear(): Promise<void>;
}

/** How the file's bytes are made from the credential and back (plain JSON, or encrypted). */
export interface CredentialCodec {
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
}

const PLAIN: CredentialCodec = {
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (bytes) => bytes.toString('utf8'),
};

export const DESK_CREDENTIAL_FILE = 'desk-credential.json';

export function fileCredentialStore(
  folder: string,
  codec: CredentialCodec = PLAIN,
  fileName = DESK_CREDENTIAL_FILE,
): DeskCredentialStore {
  const file = path.join(folder, fileName);
  return {
    async read() {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        return StoredDeskSchema.parse(JSON.parse(codec.decode(bytes)));
      } catch {
        // A damaged or foreign credential is as good as none: the person joins again.
        return null;
      }
    },
    write: async (desk) => writePrivateFile(file, codec.encode(JSON.stringify(desk))),
    clear: () => rm(file, { force: true }),
  };
}

/** Atomic and durable like every other write, but readable by the user alone from the start. */
export async function writePrivateFile(target: string, data: Buffer): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      // The mode given to open is reduced by the umask, never widened; make it exact.
      await handle.chmod(0o600);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await chmod(target, 0o600);
  await syncFolder(folder);
}
