// Makes a folder unwritable for the tests that check how a read-only library is handled.
// Root ignores permission bits, so as root the folder is made immutable with chattr instead.
import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

/** Returns a function that makes the folder writable again, or undefined if it cannot be done here. */
export async function makeReadOnly(folder: string): Promise<(() => Promise<void>) | undefined> {
  if (process.getuid?.() !== 0) {
    await chmod(folder, 0o555);
    return () => chmod(folder, 0o755);
  }
  try {
    execFileSync('chattr', ['+i', folder], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return async () => {
    execFileSync('chattr', ['-i', folder], { stdio: 'ignore' });
  };
}
