// The web host's command line: `[--library DIR] [--port N] [--no-open] [--help]`.
import { parseArgs } from 'node:util';

export interface WebArgs {
  library?: string;
  port: number;
  open: boolean;
  help: boolean;
}

export const WEB_USAGE = `Usage: node dist-electron/web.mjs [--library DIR] [--port N] [--no-open]

Runs Dateline in your browser, served only to this computer (127.0.0.1).

  --library DIR  the library folder to open (default: the one in your settings,
                 or Documents/Dateline)
  --port N       the port to listen on (default: 0, any free port)
  --no-open      print the address without opening a browser
  --help         show this help`;

/** A mistake on the command line, worded for the person who typed it. */
export class UsageError extends Error {}

export function parseWebArgs(argv: string[]): WebArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.library !== undefined && values.library.trim() === '') {
    throw new UsageError('--library needs a folder.');
  }
  return {
    library: values.library,
    port: parsePort(values.port),
    open: !values['no-open'],
    help: values.help,
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}
