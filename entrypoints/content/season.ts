/**
 * The reviewer's season on one report: compare it with the same body's report of the year before
 * when this browser has checked that one (the history-* rules), remember it for next year, and
 * bring back the decisions kept on its findings. All of it in storage.local (season-store.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { comparedWith, type Analysis } from '../../src/core/check';
import { fingerprint } from '../../src/core/fingerprint';
import type { Decision, Verdict } from '../../src/core/review';
import { snapshotOf } from '../../src/core/snapshot';
import type { HistoryEntry } from '../../src/extension/season-store';
import type { CheckerStore } from '../../src/extension/store-client';

/** A body's year can be kept only when the report names both. */
const keyOf = (a: Analysis): { agency: string; year: number } | null =>
  (a.detected && a.meta.agency && a.meta.year !== null ? { agency: a.meta.agency, year: a.meta.year } : null);

/**
 * Compare a checked report with last year's (if kept) and remember it: what a fresh check of a
 * list's report and the panel's own report both go through.
 */
export async function withSeason(store: CheckerStore, analysis: Analysis, now = new Date()): Promise<{ analysis: Analysis; previous: HistoryEntry | null }> {
  const key = keyOf(analysis);
  if (!key) return { analysis, previous: null };
  const previous = await store.report(key.agency, key.year - 1);
  await store.remember({ ...key, url: analysis.url, title: analysis.meta.title, checkedAt: now.toISOString(), snapshot: snapshotOf(analysis, analysis.url) });
  return { analysis: previous ? comparedWith(analysis, previous.snapshot) : analysis, previous };
}

export function useSeason(base: Analysis | null, store: CheckerStore) {
  const [compared, setCompared] = useState<{ base: Analysis; analysis: Analysis; previous: HistoryEntry | null } | null>(null);
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  const current = compared && compared.base === base ? compared : null;
  const analysis = current?.analysis ?? base;

  useEffect(() => {
    if (!base) return;
    let live = true;
    withSeason(store, base)
      .then((result) => { if (live) setCompared({ base, ...result }); })
      .catch(() => undefined); // storage unavailable: the report is still checked, only not remembered
    return () => { live = false; };
  }, [base, store]);

  const prints = useMemo(() => (analysis ? analysis.findings.map((f) => fingerprint(f, analysis.meta.agency, analysis.meta.year)) : []), [analysis]);
  useEffect(() => {
    let live = true;
    store.decisions(prints).then((found) => { if (live) setDecisions(found); }).catch(() => undefined);
    return () => { live = false; };
  }, [prints, store]);

  /** Keep (or, with no verdict, take back) the reviewer's decision on the finding at `index`. */
  const decide = useCallback((index: number, verdict: Verdict | null, comment: string) => {
    if (!analysis) return;
    const finding = analysis.findings[index];
    const print = prints[index];
    if (!finding || !print) return;
    const next = new Map(decisions);
    if (verdict === null) {
      next.delete(print);
      void store.undecide(print);
    } else {
      const decision: Decision = {
        fingerprint: print, verdict, comment: comment.trim(), ruleId: finding.ruleId, severity: finding.severity, message: finding.message,
        agency: analysis.meta.agency, year: analysis.meta.year, url: analysis.url, decidedAt: new Date().toISOString(),
      };
      next.set(print, decision);
      void store.decide(decision);
    }
    setDecisions(next);
  }, [analysis, prints, decisions, store]);

  return { analysis, previous: current?.previous ?? null, decisions, decide };
}
