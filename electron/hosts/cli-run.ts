// Runs one `dateline` command line and says how it went: exit code 0 done, 1 failed,
// 2 the command line itself was wrong. Tests call this in-process.
import { DatelineError } from '../../shared/api/errors';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { CLI_USAGE, parseCliArgs, UsageError, type CliCommand } from './cli-args';
import { checkLibrary } from './cli-check';
import { importFiles, listArticles, showArticle, type CliOutput } from './cli-commands';
import { exportArticles } from './cli-export';
import { runDeskCli } from './cli-desk';
import { openCliLibrary, openCliSettings } from './cli-library';

export interface CliOptions {
  /** Where the settings file lives; defaults to the folder the desktop app uses. */
  userData?: string;
}

export const consoleOutput: CliOutput = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

export async function runCli(
  argv: string[],
  io: CliOutput = consoleOutput,
  options: CliOptions = {},
): Promise<number> {
  if (argv[0] === 'desk') return runDeskCli(argv.slice(1), io);
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nRun "dateline --help" to see how to use it.`);
    return 2;
  }
  if (command.name === 'help') {
    io.out(CLI_USAGE);
    return 0;
  }

  try {
    const { library, notices } = await openCliLibrary({
      library: command.library,
      mustExist: command.name !== 'import',
      userData: options.userData,
    });
    notices.forEach((notice) => io.err(notice));
    switch (command.name) {
      case 'import':
        return await importFiles(library, command.files, command, io);
      case 'list':
        return await listArticles(library, command, io);
      case 'show':
        return await showArticle(library, command.id, command, io);
      case 'check':
        return await checkLibrary(library, command, io);
      case 'export': {
        // Pages are written for the publication the desk set up in the app.
        const settings = openCliSettings(options.userData);
        if (command.library !== undefined) settings.notices.forEach((notice) => io.err(notice));
        const publication = settings.get().publication ?? DEFAULT_PUBLICATION;
        return await exportArticles(library, publication, command, io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    io.err(
      error instanceof DatelineError
        ? error.message
        : `Dateline could not finish: ${(error as Error).message ?? String(error)}`,
    );
    return 1;
  }
}
