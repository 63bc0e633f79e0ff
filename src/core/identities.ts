/**
 * The identities the format documents fix (domain.md, "The identities"), as linear equalities
 * over the printed cells: Σ parts = Σ totals. The four identity rules report the ones that fail;
 * the localization (localize.ts) looks for the fewest cells whose change makes all of them hold.
 *
 * An identity is built only where every operand was read: a cell that is absent, or holds text
 * that is not a number, leaves it out, so no identity is judged on values that were not read.
 * Blanks and placeholders count as 0 (domain.md, "Blank cells").
 */
import type { ExtractedCell, Extraction } from './extract/tables';
import { REQUESTS_APPLICANT_COLUMNS, REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_GROUPS } from './model/forms';

/** The kinds of identity, each the id of the rule that reports it. */
export const IDENTITY_KINDS = ['requests-balance', 'requests-outcome-total', 'requests-row-total', 'review-group-total'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface Identity {
  kind: IdentityKind;
  table: 'requests' | 'review';
  /** what it runs along: a 表三 column key (balance, outcome total), a 表三 row key (row total), a 表四 group key */
  line: string;
  parts: ExtractedCell[];
  totals: ExtractedCell[];
}

/** The value an identity uses: blanks and placeholders count as 0; undefined for text. */
export function operand(cell: ExtractedCell | undefined): number | undefined {
  if (!cell || cell.kind === 'text') return undefined;
  return cell.value ?? 0;
}

const sumOf = (cells: ExtractedCell[]): number => cells.reduce((s, c) => s + operand(c)!, 0);

/** Σ parts − Σ totals: 0 when the identity holds (at 6 decimal places, for amounts). */
export function residual(identity: Identity): number {
  const r = sumOf(identity.parts) - sumOf(identity.totals);
  return Math.abs(r) < 1e-6 ? 0 : r;
}

export const partsSum = (identity: Identity): number => sumOf(identity.parts);
export const totalsSum = (identity: Identity): number => sumOf(identity.totals);

/** Every cell defined and holding a number, blank or placeholder: the identity can be judged. */
function readable(cells: (ExtractedCell | undefined)[]): cells is ExtractedCell[] {
  return cells.every((c) => operand(c) !== undefined);
}

const OUTCOME_ROWS = REQUESTS_ROWS.filter((r) => r.outcome);
const OTHER_SPLIT = ['other.noCorrection', 'other.unpaidFee', 'other.other'];

/**
 * The outcome rows a column's （七）总计 adds up: every outcome row the table has. A row of
 * （一）–（五） that the page lacks makes the sum unknowable (a lost row must never read as a
 * failed identity); （六）其他处理 is one row (2019) or three (2021), and either counts.
 */
function outcomeCells(get: (row: string) => ExtractedCell | undefined): (ExtractedCell | undefined)[] | null {
  const present = OUTCOME_ROWS.map((r) => get(r.key));
  const hasOther = get('other') !== undefined || OTHER_SPLIT.every((k) => get(k) !== undefined);
  const lost = OUTCOME_ROWS.some((r, i) => present[i] === undefined && r.key !== 'other' && !OTHER_SPLIT.includes(r.key));
  if (lost || !hasOther) return null;
  return present.filter((c) => c !== undefined);
}

function requestsIdentities(extraction: Extraction): Identity[] {
  const table = extraction.tables.requests;
  if (!table) return [];
  const out: Identity[] = [];
  const at = (row: string, column: string) => table.cells.get(row, column);
  for (const { key: column } of REQUESTS_COLUMNS) {
    const balance = [at('newReceived', column), at('carriedOver', column), at('total', column), at('carriedForward', column)];
    if (readable(balance)) out.push({ kind: 'requests-balance', table: 'requests', line: column, parts: balance.slice(0, 2), totals: balance.slice(2) });
  }
  for (const { key: column } of REQUESTS_COLUMNS) {
    const parts = outcomeCells((row) => at(row, column));
    const total = at('total', column);
    if (parts && readable([...parts, total])) out.push({ kind: 'requests-outcome-total', table: 'requests', line: column, parts: parts as ExtractedCell[], totals: [total!] });
  }
  for (const { key: row } of REQUESTS_ROWS) {
    const parts = REQUESTS_APPLICANT_COLUMNS.map((c) => at(row, c));
    const total = at(row, 'total');
    if (readable([...parts, total])) out.push({ kind: 'requests-row-total', table: 'requests', line: row, parts: parts as ExtractedCell[], totals: [total!] });
  }
  return out;
}

function reviewIdentities(extraction: Extraction): Identity[] {
  const table = extraction.tables.review;
  if (!table) return [];
  const out: Identity[] = [];
  for (const { key: group } of REVIEW_GROUPS) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((c) => table.cells.get(group, c));
    const total = table.cells.get(group, 'total');
    if (readable([...parts, total])) out.push({ kind: 'review-group-total', table: 'review', line: group, parts: parts as ExtractedCell[], totals: [total!] });
  }
  return out;
}

const built = new WeakMap<Extraction, Identity[]>();

/** The judgeable identities of 表三 and 表四, in catalogue order; built once per extraction. */
export function identitiesOf(extraction: Extraction): Identity[] {
  let identities = built.get(extraction);
  if (!identities) {
    identities = [...requestsIdentities(extraction), ...reviewIdentities(extraction)];
    built.set(extraction, identities);
  }
  return identities;
}
