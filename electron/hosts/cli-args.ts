// The command line of `dateline`: import, list, show and check, over one library folder.
import { parseArgs } from 'node:util';

export type CliCommand =
  | { name: 'help' }
  | { name: 'import'; files: string[]; library?: string; json: boolean; addToTicker: boolean }
  | { name: 'list'; library?: string; json: boolean }
  | { name: 'show'; id: string; library?: string; json: boolean }
  | { name: 'check'; library?: string; json: boolean };

export const CLI_USAGE = `Usage: dateline <command> [options]

Commands:
  import FILE...   import plain-text pages (.txt, .text, .md) and Word documents
                   (.docx), each as a new article
  list             list the library's articles, newest change first
  show ID          print one article
  check            check every article before publishing; exits with 1 when
                   any article has an error

Options:
  --library DIR    the library folder (default: the one in your settings,
                   or Documents/Dateline)
  --json           print JSON instead of text
  --add-to-ticker  (import) add the ticker headlines found in a page to the ticker
  --help           show this help

Examples:
  dateline import --library ~/Newsroom story.txt interview.docx
  dateline list --library ~/Newsroom --json`;

/** A mistake on the command line, worded for the person who typed it. */
export class UsageError extends Error {}

const COMMANDS = ['import', 'list', 'show', 'check'] as const;

export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        'add-to-ticker': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { name: 'help' };
  if (command === undefined) throw new UsageError('Say what to do: import, list, show or check.');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `"${command}" is not a Dateline command; the commands are import, list, show and check.`,
    );
  }
  if (values.library !== undefined && values.library.trim() === '') {
    throw new UsageError('--library needs a folder.');
  }
  if (values['add-to-ticker'] && command !== 'import') {
    throw new UsageError('--add-to-ticker goes with import only.');
  }
  const common = { library: values.library, json: values.json };

  if (command === 'import') {
    if (rest.length === 0) throw new UsageError('import needs at least one file to import.');
    return { name: 'import', files: rest, ...common, addToTicker: values['add-to-ticker'] };
  }
  if (command === 'list' || command === 'check') {
    if (rest.length > 0) {
      throw new UsageError(`${command} takes no file or id (got "${rest[0]}").`);
    }
    return { name: command, ...common };
  }
  if (rest.length !== 1) throw new UsageError('show needs exactly one article id.');
  return { name: 'show', id: rest[0]!, ...common };
}
