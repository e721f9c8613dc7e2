export interface Finding {
  check: string;
  /** Project-relative, with forward slashes; null for a finding about the app as a whole. */
  file: string | null;
  line: number;
  column: number;
  message: string;
  /** Electronegativity asks for a human to review this one rather than calling it a flaw. */
  review: boolean;
}

export interface AllowlistEntry {
  check: string;
  file?: string;
  reason: string;
}

export interface Verdict {
  finding: Finding;
  allowedBy: AllowlistEntry | null;
}

export declare function parseAllowlist(json: unknown): AllowlistEntry[];
export declare function findingsFromSarif(sarif: unknown): Finding[];
export declare function judgeFindings(findings: Finding[], allowlist: AllowlistEntry[]): Verdict[];
export declare function unusedEntries(
  allowlist: AllowlistEntry[],
  verdicts: Verdict[],
): AllowlistEntry[];
export declare function describeVerdict(verdict: Verdict): string;
