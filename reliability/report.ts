// One line per reliability figure: printed as the test runs, and collected for
// `npm run test:reliability`, which prints them all together at the end.
import { appendFileSync } from 'node:fs';

/** The file `scripts/reliability.mjs` collects figures in, when the run was started by it. */
export const REPORT_ENV = 'DATELINE_RELIABILITY_REPORT';

/** Reports one figure, e.g. reportFigure('kill -9 during 1000 saves', '0 torn files'). */
export function reportFigure(label: string, figure: string): void {
  const line = `${label}: ${figure}`;
  console.log(line);
  const file = process.env[REPORT_ENV];
  if (file) appendFileSync(file, `${line}\n`);
}
