// `dateline check`: the preflight checklist of every article, for an editor's publishing script.
import { preflightLibrary } from '../services/export-article';
import type { Library } from '../services/library';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { TickerStore } from '../services/ticker-store';
import type { CliOutput } from './cli-commands';
import { plural } from '../../shared/text/plural';
import { englishPreflightMessage } from '../../shared/preflight/english';
import type { PreflightReport } from '../../shared/preflight/types';

/** Each problem with its English sentence beside its code, for scripts that print it. */
function withMessages(report: PreflightReport) {
  return {
    ...report,
    issues: report.issues.map((issue) => ({ ...issue, message: englishPreflightMessage(issue) })),
  };
}

export async function checkLibrary(
  library: Library,
  options: { json: boolean },
  io: CliOutput,
): Promise<number> {
  const ticker = new TickerStore(library.root);
  // Preflight reads no publication details; the default stands in for them.
  const reports = await preflightLibrary({
    library,
    ticker: () => ticker.get(),
    publication: DEFAULT_PUBLICATION,
  });
  const errors = reports.reduce((sum, report) => sum + report.errors, 0);
  if (options.json) {
    io.out(JSON.stringify(reports.map(withMessages), null, 2));
  } else {
    for (const report of reports) {
      if (report.issues.length === 0) continue;
      io.out(`${report.headline || 'Untitled article'} (${report.articleId})`);
      for (const issue of report.issues) {
        io.out(
          `  ${issue.severity === 'error' ? 'error  ' : 'warning'}  ${issue.field}: ${englishPreflightMessage(issue)}`,
        );
      }
    }
    const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
    io.out(
      `${plural(reports.length, 'article')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
    );
  }
  return errors > 0 ? 1 : 0;
}
