import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeVerdict,
  findingsFromSarif,
  judgeFindings,
  parseAllowlist,
  unusedEntries,
} from './electronegativity-findings.mjs';

function result(ruleId: string, uri: string, startLine: number, level = 'warning') {
  return {
    ruleId,
    level,
    message: { text: `${ruleId} message` },
    locations: [
      { physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn: 3 } } },
    ],
  };
}

const sarif = (...results: unknown[]) => ({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'Electronegativity', rules: [] } }, results }],
});

const reason = 'The window-open handler denies every new window, so this cannot happen.';

describe('findingsFromSarif', () => {
  it('reads check, file, line and whether it asks for review', () => {
    const findings = findingsFromSarif(
      sarif(
        result('SANDBOX_JS_CHECK', 'electron/window.ts', 34),
        result('OPEN_EXTERNAL_JS_CHECK', 'electron\\window.ts', 81, 'note'),
        result('LIMIT_NAVIGATION_GLOBAL_CHECK', 'file:///', 1),
      ),
    );
    expect(findings).toEqual([
      {
        check: 'SANDBOX_JS_CHECK',
        file: 'electron/window.ts',
        line: 34,
        column: 3,
        message: 'SANDBOX_JS_CHECK message',
        review: false,
      },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'electron/window.ts',
        line: 81,
        column: 3,
        message: 'OPEN_EXTERNAL_JS_CHECK message',
        review: true,
      },
      {
        check: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
        file: null,
        line: 1,
        column: 3,
        message: 'LIMIT_NAVIGATION_GLOBAL_CHECK message',
        review: false,
      },
    ]);
  });

  it('reads a report with no findings as none', () => {
    expect(findingsFromSarif(sarif())).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['no runs', { version: '2.1.0', runs: [] }],
    ['another tool', { runs: [{ tool: { driver: { name: 'Other' } }, results: [] }] }],
    ['no results', { runs: [{ tool: { driver: { name: 'Electronegativity' } } }] }],
    ['a result without a rule', sarif({ level: 'warning' })],
  ])('refuses a report with %s', (_what, report) => {
    expect(() => findingsFromSarif(report)).toThrow();
  });
});

describe('parseAllowlist', () => {
  it('accepts entries with a check, a reason and an optional file', () => {
    expect(
      parseAllowlist({
        entries: [
          { check: 'AUXCLICK_JS_CHECK', file: 'electron/window.ts', reason: ` ${reason} ` },
          { check: 'CSP_GLOBAL_CHECK', reason },
        ],
      }),
    ).toEqual([
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/window.ts', reason },
      { check: 'CSP_GLOBAL_CHECK', reason },
    ]);
  });

  it.each([
    ['no reason', { check: 'AUXCLICK_JS_CHECK' }, /needs "reason"/],
    ['an empty reason', { check: 'AUXCLICK_JS_CHECK', reason: '   ' }, /needs "reason"/],
    ['a one-word reason', { check: 'AUXCLICK_JS_CHECK', reason: 'fine' }, /needs "reason"/],
    ['no check', { reason }, /needs "check"/],
    ['a check that is not an id', { check: 'sandbox', reason }, /needs "check"/],
    ['an absolute file', { check: 'A_CHECK', file: '/etc/window.ts', reason }, /"file"/],
    ['a file outside', { check: 'A_CHECK', file: '../window.ts', reason }, /"file"/],
    ['a misspelt key', { check: 'A_CHECK', reasons: reason }, /unknown keys: reasons/],
  ])('refuses an entry with %s', (_what, entry, message) => {
    expect(() => parseAllowlist({ entries: [entry] })).toThrow(message);
  });

  it('refuses a file that is not a list of entries', () => {
    expect(() => parseAllowlist([])).toThrow(/"entries"/);
    expect(() => parseAllowlist({ entries: {} })).toThrow(/"entries"/);
  });

  it('accepts the project allowlist, each entry naming a file', () => {
    const file = path.join(__dirname, '..', 'security', 'electronegativity-allowlist.json');
    const entries = parseAllowlist(JSON.parse(readFileSync(file, 'utf8')));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.file, entry.check).toMatch(/^(electron|renderer)\//);
  });
});

describe('judgeFindings', () => {
  const findings = findingsFromSarif(
    sarif(
      result('AUXCLICK_JS_CHECK', 'electron/window.ts', 24),
      result('SANDBOX_JS_CHECK', 'electron/window.ts', 34),
      result('AUXCLICK_JS_CHECK', 'electron/other-window.ts', 10),
    ),
  );
  const allowlist = parseAllowlist({
    entries: [
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/window.ts', reason },
      { check: 'NODE_INTEGRATION_JS_CHECK', reason },
    ],
  });
  const verdicts = judgeFindings(findings, allowlist);

  it('passes a finding its entry names, with the entry as the reason', () => {
    expect(verdicts[0]?.allowedBy).toBe(allowlist[0]);
    expect(describeVerdict(verdicts[0]!)).toBe(
      `allowed  AUXCLICK_JS_CHECK at electron/window.ts:24: ${reason}`,
    );
  });

  it('fails a finding no entry names', () => {
    expect(verdicts[1]?.allowedBy).toBeNull();
    expect(describeVerdict(verdicts[1]!)).toBe(
      'FAIL     SANDBOX_JS_CHECK at electron/window.ts:34: SANDBOX_JS_CHECK message',
    );
  });

  it('fails the same check in a file its entry does not name', () => {
    expect(verdicts[2]?.allowedBy).toBeNull();
  });

  it('lets an entry without a file cover that check anywhere, the whole app included', () => {
    const anywhere = parseAllowlist({ entries: [{ check: 'CSP_GLOBAL_CHECK', reason }] });
    const whole = findingsFromSarif(sarif(result('CSP_GLOBAL_CHECK', 'file:///', 1, 'note')));
    const [verdict] = judgeFindings(whole, anywhere);
    expect(verdict?.allowedBy).toBe(anywhere[0]);
    expect(describeVerdict(verdict!)).toBe(
      `allowed  CSP_GLOBAL_CHECK [review] at (whole app): ${reason}`,
    );
  });

  it('names the entries no finding needed', () => {
    expect(unusedEntries(allowlist, verdicts)).toEqual([allowlist[1]]);
  });
});
