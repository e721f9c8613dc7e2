// `npm run test:security`: runs Electronegativity over the code that ships in the desktop app and
// fails on any finding security/electronegativity-allowlist.json does not excuse with a reason.
// Electronegativity itself exits 0 whatever it finds, so the verdict is made here from its SARIF.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  describeVerdict,
  findingsFromSarif,
  judgeFindings,
  parseAllowlist,
  unusedEntries,
} from './electronegativity-findings.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowlistPath = path.join(projectRoot, 'security', 'electronegativity-allowlist.json');
const require = createRequire(import.meta.url);

/**
 * What is scanned: the main process and preload (electron/) and the page (renderer/, whose
 * index.html carries the CSP), plus package.json for the scripts and flags checks. Tests are left
 * out: they build bare mock windows on purpose and never ship. dist-electron/ is left out too: it
 * is esbuild's bundle of electron/ plus dependencies, so it would repeat these findings at bundle
 * lines, and it only exists after a build.
 */
const SCANNED = ['electron', 'renderer', 'package.json'];
const isTestCode = (file) => /\.test\.tsx?$/.test(file) || path.basename(file) === 'test';

/**
 * Checks left out, each for a reason. Both compare the Electron version with the release list
 * fetched live from the network, so their answer would change with the day and the connection;
 * keeping Electron current is a dependency update, not something this gate can decide offline.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

/** Something that stops the gate from judging at all: never a pass. */
class GateError extends Error {}

function fail(message) {
  throw new GateError(message);
}

/** The report is written without being awaited by the tool; a complete one parses as JSON. */
async function readReport(file, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(50);
  }
}

async function main() {
  const allowlist = parseAllowlist(JSON.parse(readFileSync(allowlistPath, 'utf8')));

  const work = mkdtempSync(path.join(tmpdir(), 'dateline-electronegativity-'));
  const scanRoot = path.join(work, 'scan');
  const reportPath = path.join(work, 'electronegativity.sarif');
  let keep = false;
  try {
    // A copy keeps the project-relative paths, so each finding names the file as it is here.
    for (const entry of SCANNED) {
      cpSync(path.join(projectRoot, entry), path.join(scanRoot, entry), {
        recursive: true,
        filter: (source) => !isTestCode(source),
      });
    }

    const electronVersion = require('electron/package.json').version;
    const toolVersion = require('@doyensec/electronegativity/package.json').version;
    const tool = require('@doyensec/electronegativity');
    const run = typeof tool === 'function' ? tool : tool.default;
    if (typeof run !== 'function') fail('could not load Electronegativity.');

    const result = await run(
      {
        input: scanRoot,
        output: reportPath,
        isSarif: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );

    // A file it could not parse is a file it did not check.
    if (result.errors.length > 0) {
      for (const error of result.errors) {
        console.error(`could not scan ${path.relative(scanRoot, error.file)}: ${error.message}`);
      }
      fail(
        `Electronegativity could not read ${result.errors.length} file(s); they were not checked.`,
      );
    }
    if (result.atomicChecks === 0) fail('Electronegativity ran no checks.');

    let sarif;
    try {
      sarif = await readReport(reportPath);
    } catch {
      keep = true;
      fail(`Electronegativity wrote no readable SARIF report at ${reportPath}.`);
    }
    const findings = findingsFromSarif(sarif);
    if (findings.length !== result.issues.length) {
      keep = true;
      fail(
        `the SARIF report lists ${findings.length} findings but the scan returned ${result.issues.length}.`,
      );
    }

    const verdicts = judgeFindings(findings, allowlist);
    for (const verdict of verdicts) console.log(describeVerdict(verdict));
    const stale = unusedEntries(allowlist, verdicts);
    for (const entry of stale) {
      console.log(
        `FAIL     allowlist entry ${entry.check}${entry.file ? ` (${entry.file})` : ''} matches no finding; remove it.`,
      );
    }

    const failing = verdicts.filter((verdict) => verdict.allowedBy === null).length;
    const allowed = verdicts.length - failing;
    console.log(
      `Electronegativity ${toolVersion} on Electron ${electronVersion}: ${result.atomicChecks + result.globalChecks} checks, ` +
        `${findings.length} findings, ${allowed} allowed, ${failing} failing, ${stale.length} stale allowlist entries ` +
        `(left out: ${EXCLUDED_CHECKS.join(', ')}).`,
    );
    if (failing > 0 || stale.length > 0) {
      keep = true;
      console.log(`The SARIF report is kept at ${reportPath}.`);
      process.exitCode = 1;
    }
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const message = error instanceof GateError ? error.message : (error?.stack ?? String(error));
  console.error(`Electronegativity gate failed: ${message}`);
  process.exitCode = 1;
});
