// Reads the one command-line option the desktop app takes: `--library DIR` (or `--library=DIR`).
import path from 'node:path';

/** The library folder named on the command line, resolved against `cwd`, if any. */
export function libraryArgument(
  argv: readonly string[],
  cwd: string = process.cwd(),
): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value =
      arg === '--library' ? argv[i + 1] : arg?.startsWith('--library=') ? arg.slice(10) : undefined;
    if (value) return path.resolve(cwd, value);
  }
  return undefined;
}
