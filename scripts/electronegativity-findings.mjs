// The judging half of the Electronegativity gate: reads the SARIF report and the allowlist, and
// decides which findings pass. No file system, no process: the runner hands it parsed JSON.

/** A reason shorter than this is a label, not an explanation of why the check does not apply. */
const MIN_REASON_LENGTH = 20;

/**
 * @typedef {{ check: string, file: string | null, line: number, column: number, message: string, review: boolean }} Finding
 * @typedef {{ check: string, file?: string, reason: string }} AllowlistEntry
 * @typedef {{ finding: Finding, allowedBy: AllowlistEntry | null }} Verdict
 */

/**
 * The allowlist's entries, or an Error naming what is wrong with the first bad one: every entry
 * needs a check id and a real reason; a file, when given, must be a project-relative path.
 * @param {unknown} json
 * @returns {AllowlistEntry[]}
 */
export function parseAllowlist(json) {
  const entries =
    typeof json === 'object' && json !== null && 'entries' in json ? json.entries : undefined;
  if (!Array.isArray(entries)) {
    throw new Error('The allowlist must be an object with an "entries" array.');
  }
  return entries.map((entry, index) => {
    const where = `Allowlist entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`${where} is not an object.`);
    }
    const unknown = Object.keys(entry).filter((key) => !['check', 'file', 'reason'].includes(key));
    if (unknown.length > 0) throw new Error(`${where} has unknown keys: ${unknown.join(', ')}.`);
    const { check, file, reason } = entry;
    if (typeof check !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(check)) {
      throw new Error(
        `${where} needs "check": an Electronegativity check id such as SANDBOX_JS_CHECK.`,
      );
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new Error(
        `${where} (${check}) needs "reason": why the check does not apply to Dateline.`,
      );
    }
    if (file !== undefined && (typeof file !== 'string' || !isRelativePath(file))) {
      throw new Error(`${where} (${check}) has a "file" that is not a project-relative path.`);
    }
    return file === undefined
      ? { check, reason: reason.trim() }
      : { check, file, reason: reason.trim() };
  });
}

/**
 * Every result in an Electronegativity SARIF report, or an Error if the report is not one.
 * @param {unknown} sarif
 * @returns {Finding[]}
 */
export function findingsFromSarif(sarif) {
  const runs = /** @type {{ runs?: unknown }} */ (sarif ?? {}).runs;
  if (!Array.isArray(runs) || runs.length === 0) throw new Error('The SARIF report has no runs.');
  return runs.flatMap((run) => {
    if (run?.tool?.driver?.name !== 'Electronegativity') {
      throw new Error('The SARIF report was not written by Electronegativity.');
    }
    if (!Array.isArray(run.results)) throw new Error('The SARIF run has no results array.');
    return run.results.map(toFinding);
  });
}

/** @param {any} result @returns {Finding} */
function toFinding(result) {
  if (typeof result?.ruleId !== 'string') throw new Error('A SARIF result has no ruleId.');
  const location = result.locations?.[0]?.physicalLocation;
  const uri = location?.artifactLocation?.uri;
  const region = location?.region ?? {};
  return {
    check: result.ruleId,
    // Findings about the app as a whole carry no file; the report spells that "file:///".
    file: typeof uri === 'string' && uri !== 'file:///' ? uri.replaceAll('\\', '/') : null,
    line: Number.isInteger(region.startLine) ? region.startLine : 0,
    column: Number.isInteger(region.startColumn) ? region.startColumn : 0,
    message: typeof result.message?.text === 'string' ? result.message.text : '',
    review: result.level === 'note',
  };
}

/**
 * Pairs each finding with the entry that allows it: same check, and same file when the entry
 * names one.
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} allowlist
 * @returns {Verdict[]}
 */
export function judgeFindings(findings, allowlist) {
  return findings.map((finding) => ({
    finding,
    allowedBy:
      allowlist.find(
        (entry) =>
          entry.check === finding.check &&
          (entry.file === undefined || entry.file === finding.file),
      ) ?? null,
  }));
}

/**
 * Entries no finding needed: the code they excused has changed, so they must go.
 * @param {AllowlistEntry[]} allowlist
 * @param {Verdict[]} verdicts
 */
export function unusedEntries(allowlist, verdicts) {
  return allowlist.filter((entry) => !verdicts.some((verdict) => verdict.allowedBy === entry));
}

/** @param {Verdict} verdict */
export function describeVerdict({ finding, allowedBy }) {
  const where = finding.file === null ? '(whole app)' : `${finding.file}:${finding.line}`;
  const kind = finding.review ? ' [review]' : '';
  if (allowedBy) return `allowed  ${finding.check}${kind} at ${where}: ${allowedBy.reason}`;
  return `FAIL     ${finding.check}${kind} at ${where}: ${finding.message}`;
}

/** @param {string} file */
function isRelativePath(file) {
  return (
    file.length > 0 &&
    !file.startsWith('/') &&
    !/^[a-z]:/i.test(file) &&
    !file.split('/').includes('..') &&
    !file.includes('\\')
  );
}
