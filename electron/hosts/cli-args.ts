// The command line of `dateline`: import, list, show, export and check, over one library folder.
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/api/contract';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article';
import { closestWord, unknownOptionMessage } from './cli-suggest';

export type CliCommand =
  | { name: 'help' }
  | { name: 'import'; files: string[]; library?: string; json: boolean; addToTicker: boolean }
  | { name: 'list'; library?: string; json: boolean }
  | { name: 'show'; id: string; library?: string; json: boolean }
  | { name: 'check'; library?: string; json: boolean }
  | {
      name: 'export';
      /** Articles named on the command line (ids or their first characters); empty: by status. */
      ids: string[];
      library?: string;
      json: boolean;
      out: string;
      status: ArticleStatus;
      format: ExportFormat;
      override: boolean;
    };

export const CLI_USAGE = `Usage: dateline <command> [options]

Commands:
  import FILE...   import plain-text pages (.txt, .text, .md) and Word documents
                   (.docx), each as a new article
  list             list the library's articles, newest change first
  show ID          print one article; ID may be the first characters of its id
                   (at least 4), as "list" shows it
  export [ID...]   export the approved articles (or the ones named) into the
                   --out folder: a page each, index.html, ticker.html and
                   feed.xml; exits with 1 when an article was left out
  check            check every article before publishing; exits with 1 when
                   any article has an error
  desk invite NAME --role reporter|editor --data DIR
                   add a person to the desk and print their one-time invite code
  desk revoke NAME --data DIR
                   cut a person off the desk at once
  desk list --data DIR
                   the desk's people

Options:
  --library DIR    the library folder (default: the one in your settings,
                   or Documents/Dateline)
  --json           print JSON instead of text
  --add-to-ticker  (import) add the ticker headlines found in a page to the ticker
  --out DIR        (export) the folder to write into; made if missing
  --status STATUS  (export) the articles with this status: draft, ready, edited
                   or approved (default: approved)
  --format FORMAT  (export) page (default), fragment, text or ninjs; the formats
                   other than page write one file per article and no index
  --override       (export) export articles whose check found errors too
  --help           show this help

Examples:
  dateline import --library ~/Newsroom story.txt interview.docx
  dateline list --library ~/Newsroom --json
  dateline show 4800bcbf --library ~/Newsroom
  dateline export --library ~/Newsroom --out ~/Site/today`;

/** A mistake on the command line, worded for the person who typed it. */
export class UsageError extends Error {}

const COMMANDS = ['import', 'list', 'show', 'export', 'check'] as const;
const EXPORT_ONLY = ['out', 'status', 'format', 'override'] as const;
const VALUE_OPTIONS = ['library', 'out', 'status', 'format'];

/** The options each command takes, for "did you mean" when one is mistyped. */
function optionsOf(command: string | undefined): string[] {
  const common = ['library', 'json', 'help'];
  if (command === 'import') return [...common, 'add-to-ticker'];
  if (command === 'export') return [...common, ...EXPORT_ONLY];
  if ((COMMANDS as readonly string[]).includes(command ?? '')) return common;
  return [...common, 'add-to-ticker', ...EXPORT_ONLY];
}

/** The first word that is neither an option nor an option's value. */
function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return argv[i + 1];
    if (!token.startsWith('-')) return token;
    if (VALUE_OPTIONS.includes(token.slice(2))) i++;
  }
  return undefined;
}

export function parseCliArgs(argv: string[]): CliCommand {
  const unknown = unknownOptionMessage(argv, optionsOf(undefined), {
    suggested: optionsOf(commandWord(argv)),
    shortNames: ['h'],
  });
  if (unknown) throw new UsageError(unknown);
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
        out: { type: 'string' },
        status: { type: 'string' },
        format: { type: 'string' },
        override: { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { name: 'help' };
  if (command === undefined) {
    throw new UsageError('Say what to do: import, list, show, export or check.');
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const near = closestWord(command, [...COMMANDS, 'desk', 'help']);
    throw new UsageError(
      near
        ? `"${command}" is not a Dateline command. Did you mean ${near}?`
        : `"${command}" is not a Dateline command; the commands are import, list, show, export, check and desk.`,
    );
  }
  if (values.library !== undefined && values.library.trim() === '') {
    throw new UsageError('--library needs a folder.');
  }
  if (values['add-to-ticker'] && command !== 'import') {
    throw new UsageError('--add-to-ticker goes with import only.');
  }
  const stray = EXPORT_ONLY.find((option) => values[option] !== undefined);
  if (stray && command !== 'export') throw new UsageError(`--${stray} goes with export only.`);
  const common = { library: values.library, json: values.json };

  if (command === 'import') {
    if (rest.length === 0) throw new UsageError('import needs at least one file to import.');
    return { name: 'import', files: rest, ...common, addToTicker: values['add-to-ticker'] };
  }
  if (command === 'show') {
    if (rest.length !== 1) throw new UsageError('show needs exactly one article id.');
    return { name: 'show', id: rest[0]!, ...common };
  }
  if (rest.length > 0 && command !== 'export') {
    throw new UsageError(`${command} takes no file or id (got "${rest[0]}").`);
  }
  if (command === 'list' || command === 'check') return { name: command, ...common };
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError('export needs --out, the folder to write into.');
  }
  if (rest.length > 0 && values.status !== undefined) {
    throw new UsageError('Name the articles to export or give --status, not both.');
  }
  return {
    name: 'export',
    ids: rest,
    ...common,
    out: values.out,
    status: oneOf(values.status ?? 'approved', ARTICLE_STATUSES, '--status'),
    format: oneOf(values.format ?? 'page', EXPORT_FORMATS, '--format'),
    override: values.override ?? false,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value.toLowerCase());
  if (!found) throw new UsageError(`${option} is one of ${allowed.join(', ')} (got "${value}").`);
  return found;
}
