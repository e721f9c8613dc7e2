// `npm run test:reliability`: runs the reliability tests (Vitest files in reliability/ and the
// end-to-end tests tagged @reliability) and prints one line per figure they measured.
// Pass --built when the app was just built, to skip building it again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const folder = mkdtempSync(path.join(tmpdir(), 'dateline-reliability-'));
const report = path.join(folder, 'figures.txt');
const env = { ...process.env, DATELINE_RELIABILITY_REPORT: report };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

let status = run('npx', ['vitest', 'run', '--config', 'vitest.reliability.config.ts']);
// The single desk server's kill -9 test runs with the unit tests; run here too for its figure.
status = run('npx', ['vitest', 'run', 'desk/desk-crash.test.ts']) || status;
if (!process.argv.includes('--built')) status ||= run('npm', ['run', 'build']);
status = run('npx', ['playwright', 'test', '--grep', '@reliability']) || status;

let figures = '';
try {
  figures = readFileSync(report, 'utf8');
} catch {
  // No test reported a figure: said below.
}
rmSync(folder, { recursive: true, force: true });
console.log('\nReliability figures:');
console.log(figures.trim() || '(none were reported)');
process.exit(status);
