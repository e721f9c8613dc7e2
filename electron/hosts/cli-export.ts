// `dateline export`: the articles with one status written into a folder, for an editor's
// publishing script. The page format writes the whole edition (pages, index, ticker and feed);
// the others write one file per article. Either way the photos the files name are in photos/.
import path from 'node:path';
import type { ExportFormat } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import { STATUS_LABELS, type ArticleStatus } from '../../shared/article';
import type { Publication } from '../../shared/publication';
import { selectEdition, writeEdition, type EditionOutcome } from '../services/edition';
import { PROBLEMS_REASON } from '../services/edition-left-out';
import type { Library } from '../services/library';
import { TickerStore } from '../services/ticker-store';
import { resolveArticleId } from './cli-article-ids';
import type { CliOutput } from './cli-commands';
import { plural } from '../../shared/text/plural';

export interface CliExportOptions {
  /** The articles named on the command line; none: every article with `status`. */
  ids?: readonly string[];
  out: string;
  status: ArticleStatus;
  format: ExportFormat;
  override: boolean;
  json: boolean;
}

export async function exportArticles(
  library: Library,
  publication: Publication,
  options: CliExportOptions,
  io: CliOutput,
  now: Date = new Date(),
): Promise<number> {
  const named = [];
  for (const given of options.ids ?? []) named.push(await resolveArticleId(library, given));
  const ids = await selectEdition(
    library,
    named.length > 0 ? { ids: named } : { status: options.status },
  );
  if (ids.length === 0) {
    throw new DatelineError(
      'not-found',
      `No article is marked ${STATUS_LABELS[options.status]}, so nothing was exported.`,
    );
  }
  const folder = path.resolve(options.out);
  const ticker = new TickerStore(library.root);
  const outcome = await writeEdition({ library, ticker: () => ticker.get(), publication }, ids, {
    folder,
    format: options.format,
    override: options.override,
    now,
  });
  if (options.json) io.out(JSON.stringify({ folder, ...outcome }, null, 2));
  else printOutcome(folder, outcome, io);
  return outcome.state === 'done' && outcome.skipped.length === 0 ? 0 : 1;
}

function printOutcome(folder: string, outcome: EditionOutcome, io: CliOutput): void {
  const pages = outcome.written.filter((file) => file.articleId !== undefined);
  const others = outcome.written.filter((file) => file.articleId === undefined);
  io.out(`Wrote ${plural(pages.length, 'article')} to ${folder}:`);
  for (const page of pages) io.out(`  ${page.file}  ${page.headline || '(no headline)'}`);
  if (others.length > 0) io.out(`  and ${others.map((file) => file.file).join(', ')}`);
  if (outcome.skipped.length > 0) {
    io.out(`Left out ${plural(outcome.skipped.length, 'article')}:`);
    for (const skip of outcome.skipped) {
      io.out(`  ${skip.headline || 'Untitled article'} (${skip.articleId}): ${skip.reason}`);
    }
    if (outcome.skipped.some((skip) => skip.wording.reason === PROBLEMS_REASON)) {
      io.out('Fix them (see "dateline check"), or export them anyway with --override.');
    }
  }
  if (outcome.state === 'failed') io.err(`The export stopped: ${outcome.failure?.message}`);
}
