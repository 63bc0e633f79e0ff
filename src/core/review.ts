/**
 * A reviewer's decisions on findings (issue 14): kept by the finding's fingerprint, so that they
 * come back on every re-check of the same report, and listed in the 问题清单 with the findings.
 */
import { fingerprint } from './fingerprint';
import type { Finding } from './model/schema';

export const VERDICTS = ['confirmed', 'ignored', 'doubtful'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** 确认: a real problem; 忽略: not a problem (folded away, its cells unmarked); 存疑: to look at again. */
export const VERDICT_NAMES: Record<Verdict, string> = { confirmed: '确认', ignored: '忽略', doubtful: '存疑' };
/** A decision whose finding the latest check no longer reports (the page was corrected, say). */
export const GONE = '已不存在';

export interface Decision {
  fingerprint: string;
  verdict: Verdict;
  comment: string;
  /** what the finding was, so the export can still list it once it has gone from the report */
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  agency: string | null;
  year: number | null;
  url: string;
  /** ISO time */
  decidedAt: string;
}

/** Findings with their fingerprints, in the report's order. */
export const fingerprinted = (findings: readonly Finding[], agency: string | null, year: number | null): { finding: Finding; fingerprint: string }[] =>
  findings.map((finding) => ({ finding, fingerprint: fingerprint(finding, agency, year) }));

/** Findings no decision has settled yet: what is left to review (an ignored or confirmed finding is settled; 存疑 is not). */
export function toReview(fingerprints: readonly string[], decisions: ReadonlyMap<string, Decision>): number {
  return fingerprints.filter((f) => { const v = decisions.get(f)?.verdict; return v === undefined || v === 'doubtful'; }).length;
}

/** Decisions kept for a report whose findings no longer include them. */
export const goneDecisions = (decisions: Iterable<Decision>, fingerprints: ReadonlySet<string>): Decision[] =>
  [...decisions].filter((d) => !fingerprints.has(d.fingerprint));
