/** Row labels of 表二 and 表三 matched to the keys of the report model (model/forms.ts). */
import { ACTIVE_ROWS, REQUESTS_ROWS, type ActiveRowKey, type RequestsRowKey } from '../model/forms';
import type { RowParts } from './row-stream';
import { official, within, wordsOf } from './wording';

// Generic labels ("总计", "其他") identify a 表三 row only inside 表三.
const GENERIC_REQUESTS_ROWS = new Set<RequestsRowKey>(['total', 'other.other', 'other', 'granted']);

/** Any row's pattern: most labels are of no 表三 row, passed over with one test. */
const ANY_REQUESTS_ROW = new RegExp(REQUESTS_ROWS.map((r) => r.pattern.source).join('|'));

/** The 表三 row of a row's last label, or of all its labels together ("（三）不予公开" + "1.属于国家秘密"). */
export function matchRequestsRow(parts: RowParts, inRequests: boolean): RequestsRowKey | null {
  // A row with one label cell has the same leaf and own text: test it once.
  for (const candidate of parts.own === parts.leaf ? [parts.leaf] : [parts.leaf, parts.own]) {
    if (candidate === '' || !ANY_REQUESTS_ROW.test(candidate)) continue;
    for (const spec of REQUESTS_ROWS) {
      if (!inRequests && GENERIC_REQUESTS_ROWS.has(spec.key)) continue;
      if (spec.pattern.test(candidate)) return spec.key;
    }
  }
  return null;
}

const ACTIVE_ROW_SPECS = [...ACTIVE_ROWS['2021'], ...ACTIVE_ROWS['2019']];
const ANY_ACTIVE_ROW = new RegExp(ACTIVE_ROW_SPECS.map((spec) => spec.pattern.source).join('|'));

/** The 表二 row of a row's last label, in either format. */
export function matchActiveRow(parts: RowParts): ActiveRowKey | null {
  const leaf = parts.leaf;
  if (!ANY_ACTIVE_ROW.test(leaf)) return null;
  return ACTIVE_ROW_SPECS.find((spec) => spec.pattern.test(leaf))?.key ?? null;
}

const ACTIVE_OFFICIAL = [...new Map(ACTIVE_ROW_SPECS.map((s) => [s.label, official(s.key, s.label)])).values()];

/**
 * The 表二 row a misprinted label stands for ("行政许诃"): the one row of either format whose
 * label it is within tolerance of; null when none, or several ("行政处可": 行政许可 or 行政处罚).
 */
export function nearActiveRow(parts: RowParts): { key: ActiveRowKey; official: string } | null {
  const hits = within(wordsOf(parts.leaf), ACTIVE_OFFICIAL);
  return hits.length > 0 && hits.every((h) => h.key === hits[0]!.key) ? { key: hits[0]!.key, official: hits[0]!.text } : null;
}
