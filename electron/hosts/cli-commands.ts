// The work behind each command. Each returns the exit code: 0 done, 1 something failed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportOutcome } from '../../shared/api/contract';
import { DatelineError, type ApiErrorValue } from '../../shared/api/errors';
import { importFile } from '../services/import-file';
import type { Library } from '../services/library';
import { TickerStore } from '../services/ticker-store';
import { resolveArticleId } from './cli-article-ids';
import { articleText, importSummary, listingRow } from './cli-format';
import { plural } from '../../shared/text/plural';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

type ImportResult =
  ({ file: string; ok: true } & ImportOutcome) | { file: string; ok: false; error: ApiErrorValue };

export async function importFiles(
  library: Library,
  files: string[],
  options: { json: boolean; addToTicker: boolean },
  io: CliOutput,
): Promise<number> {
  const results: ImportResult[] = [];
  for (const file of files) {
    try {
      const outcome = await importFile(library, path.basename(file), await readBytes(file));
      results.push({ file, ok: true, ...outcome });
      if (!options.json) importSummary(file, outcome).forEach((line) => io.out(line));
      const headlines = outcome.report.tickerHeadlines;
      if (headlines.length > 0 && !options.json) {
        io.out(
          options.addToTicker
            ? `  Ticker: added ${plural(headlines.length, 'headline')}.`
            : `  Ticker: ${plural(headlines.length, 'headline')} found; add them with --add-to-ticker.`,
        );
      }
      if (headlines.length > 0 && options.addToTicker) {
        await new TickerStore(library.root).add(headlines.map((text) => ({ text })));
      }
    } catch (error) {
      const value = asErrorValue(error);
      results.push({ file, ok: false, error: value });
      io.err(`Could not import ${file}: ${value.message}`);
    }
  }
  if (options.json) io.out(JSON.stringify(results, null, 2));
  return results.every((result) => result.ok) ? 0 : 1;
}

export async function listArticles(
  library: Library,
  options: { json: boolean },
  io: CliOutput,
): Promise<number> {
  const { articles, problems } = await library.list();
  for (const problem of problems) {
    io.err(
      `${problem.file} could not be read because ${problem.reason}; it was moved to ${problem.movedTo}.`,
    );
  }
  if (options.json) io.out(JSON.stringify(articles, null, 2));
  else if (articles.length === 0) io.err('The library has no articles.');
  else articles.forEach((article) => io.out(listingRow(article)));
  return 0;
}

export async function showArticle(
  library: Library,
  id: string,
  options: { json: boolean },
  io: CliOutput,
): Promise<number> {
  const article = await library.get(await resolveArticleId(library, id));
  io.out(options.json ? JSON.stringify(article, null, 2) : articleText(article));
  return 0;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'you do not have permission to read it'
            : (error as Error).message;
    throw new DatelineError('io', `${reason}.`);
  }
}

function asErrorValue(error: unknown): ApiErrorValue {
  if (error instanceof DatelineError) return error.toValue();
  return { code: 'internal', message: (error as Error).message ?? String(error) };
}
