/**
 * Error localization (Fellegi–Holt, as in R's errorlocate and editrules): when identities fail,
 * find the smallest set of printed cells whose change makes EVERY identity hold — the failing
 * ones fixed, no holding one broken — with the value each cell would need.
 *
 * The identities are linear equalities with coefficients ±1 over at most a few hundred cells, so
 * an exact search is enough: sets of 1, then 2, then 3 cells, built only from cells that some
 * identity still needs (a failing identity no chosen cell is in, or a holding one that exactly one
 * chosen cell is in and would break). A set is a fix when the small linear system over the
 * identities it touches has one solution and every needed value is a count (a non-negative
 * integer: domain.md, "counts are non-negative integers").
 */
import type { ExtractedCell } from './extract/tables';
import { operand, residual, type Identity } from './identities';

export interface CellChange {
  cell: ExtractedCell;
  /** the value that makes every identity hold */
  value: number;
}

export type Localization =
  /** one smallest set of cells: the fix */
  | { kind: 'unique'; failing: Identity[]; changes: CellChange[] }
  /** several sets of the same smallest size explain the failures equally well */
  | { kind: 'candidates'; failing: Identity[]; sets: CellChange[][] }
  /** more than MAX_CELLS cells would have to change; `lines` are rows or columns that alone could */
  | { kind: 'unexplained'; failing: Identity[]; lines: Line[] };

/** A 表三 row or column, or a 表四 group: the cells of the identities that lie in it. */
export interface Line {
  table: 'requests' | 'review';
  axis: 'row' | 'column' | 'group';
  key: string;
  cells: ExtractedCell[];
}

export const MAX_CELLS = 3;
/** Past this many sets of one size, listing them helps nobody: the search stops counting. */
const MAX_SETS = 24;
const EPSILON = 1e-7;

/** Identities that share cells, in groups: each group is localized on its own (表四's groups never share). */
function components(identities: Identity[]): Identity[][] {
  const parent = identities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<ExtractedCell, number>();
  identities.forEach((identity, i) => {
    for (const cell of [...identity.parts, ...identity.totals]) {
      const j = owner.get(cell);
      if (j === undefined) owner.set(cell, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Identity[]>();
  identities.forEach((identity, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(identity);
    else groups.set(root, [identity]);
  });
  return [...groups.values()];
}

/**
 * A component as numbers: its cells by index, each identity's coefficient (+1 for a part, −1 for
 * a total) per cell, and its residual. The search below builds thousands of small systems: they
 * are read from here, never by scanning the identities' cell lists.
 */
interface System {
  cells: ExtractedCell[];
  /** per identity: cell index → coefficient */
  coefficients: Map<number, number>[];
  /** per cell: the identities it is in */
  identitiesOf: number[][];
  residuals: number[];
  failing: number[];
}

function systemOf(identities: Identity[], residuals: number[]): System {
  const index = new Map<ExtractedCell, number>();
  const cells: ExtractedCell[] = [];
  const identitiesOf: number[][] = [];
  const coefficients = identities.map((identity, i) => {
    const row = new Map<number, number>();
    const add = (cell: ExtractedCell, a: number) => {
      let j = index.get(cell);
      if (j === undefined) {
        j = cells.push(cell) - 1;
        index.set(cell, j);
        identitiesOf.push([]);
      }
      row.set(j, a);
      identitiesOf[j]!.push(i);
    };
    for (const cell of identity.parts) add(cell, 1);
    for (const cell of identity.totals) add(cell, -1);
    return row;
  });
  return { cells, coefficients, identitiesOf, residuals, failing: residuals.flatMap((r, i) => (r !== 0 ? [i] : [])) };
}

/**
 * Solve Σ coefficient·change = −residual over the identities that touch the free cells; a
 * failing identity they do not touch makes it unsolvable. Returns the changes when there is
 * exactly one solution, `ambiguous` when there are many, null when there is none.
 */
function solve(system: System, free: number[]): number[] | 'ambiguous' | null {
  const touched: number[] = [];
  for (const j of free) for (const i of system.identitiesOf[j]!) if (!touched.includes(i)) touched.push(i);
  for (const i of system.failing) if (!touched.includes(i)) return null;
  const n = free.length;
  const rows = touched.map((i) => {
    const row = new Array<number>(n + 1);
    const coefficients = system.coefficients[i]!;
    for (let k = 0; k < n; k += 1) row[k] = coefficients.get(free[k]!) ?? 0;
    row[n] = -system.residuals[i]!;
    return row;
  });
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < n && rank < rows.length; col += 1) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r += 1) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    if (Math.abs(rows[best]![col]!) < EPSILON) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]!;
    for (let r = 0; r < rows.length; r += 1) {
      const factor = r === rank ? 0 : rows[r]![col]! / pivot[col]!;
      if (factor === 0) continue;
      for (let c = col; c <= n; c += 1) rows[r]![c]! -= factor * pivot[c]!;
    }
    pivots.push(col);
    rank += 1;
  }
  for (let r = rank; r < rows.length; r += 1) if (Math.abs(rows[r]![n]!) > EPSILON) return null;
  if (rank < n) return 'ambiguous';
  const changes = new Array<number>(n).fill(0);
  pivots.forEach((col, r) => { changes[col] = rows[r]![n]! / rows[r]![col]!; });
  return changes;
}

/** A count a report could print: a non-negative integer (rounding the solver's float noise). */
function asCount(value: number): number | null {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-6 && rounded >= 0 ? rounded : null;
}

/** The needed values when the chosen cells alone can make every identity hold, else null. */
function fixWith(system: System, chosen: number[]): CellChange[] | null {
  const deltas = solve(system, chosen);
  if (deltas === null || deltas === 'ambiguous') return null;
  const changes: CellChange[] = [];
  for (let k = 0; k < chosen.length; k += 1) {
    if (Math.abs(deltas[k]!) < EPSILON) return null; // a cell that need not change: a smaller set does it
    const cell = system.cells[chosen[k]!]!;
    const value = asCount(operand(cell)! + deltas[k]!);
    if (value === null) return null;
    changes.push({ cell, value });
  }
  return changes;
}

/** A set of at most three cell indices as one number, whatever their order (indices stay below 2^16). */
function setKey(indices: number[]): number {
  const sorted = indices.length > 1 ? [...indices].sort((a, b) => a - b) : indices;
  return sorted.reduce((key, j) => key * 65536 + j + 1, 0);
}

/**
 * Every smallest set of at most MAX_CELLS cells that fixes the component, or null. Sets of 1,
 * then 2, then 3 cells: the first size with a fix is the answer, so no larger set is ever built.
 */
function smallestFixes(system: System): CellChange[][] | null {
  const { identitiesOf, coefficients, residuals, failing } = system;
  // a cell can settle at most this many failing identities: bounds what `left` more cells can do
  const maxDegree = Math.max(...identitiesOf.map((ids) => ids.filter((i) => residuals[i] !== 0).length));
  const operandsOf = coefficients.map((row) => [...row.keys()]);

  /** The first identity the chosen cells leave wanting: failing and untouched, or holding and touched once. */
  const wanting = (touches: Int32Array): number => {
    for (const i of failing) if (touches[i] === 0) return i;
    for (let i = 0; i < residuals.length; i += 1) if (residuals[i] === 0 && touches[i] === 1) return i;
    return -1;
  };

  const wantingAll = (touches: Int32Array): number[] =>
    residuals.flatMap((r, i) => ((r !== 0 && touches[i] === 0) || (r === 0 && touches[i] === 1) ? [i] : []));
  /** The cells that are operands of every one of these identities. */
  const inAll = (ids: number[]): number[] =>
    operandsOf[ids[0]!]!.filter((j) => ids.every((i) => coefficients[i]!.has(j)));

  for (let size = 1; size <= MAX_CELLS; size += 1) {
    if (failing.length > maxDegree * size) continue;
    const found: CellChange[][] = [];
    const seen = new Set<number>();
    const visit = (chosen: number[], touches: Int32Array): void => {
      const left = size - chosen.length;
      let untouched = 0;
      for (const i of failing) if (touches[i] === 0) untouched += 1;
      if (untouched > maxDegree * left) return;
      const need = wanting(touches);
      if (need < 0 && left === 0) {
        const fix = fixWith(system, chosen);
        if (fix) found.push(fix);
        return;
      }
      if (left === 0) return;
      const from = need < 0
        // every identity touched and still unsolved: another cell of a touched identity may settle it
        ? [...new Set(chosen.flatMap((j) => identitiesOf[j]!.flatMap((i) => operandsOf[i]!)))]
        // the last cell must be in every identity still wanting; before that, in the first one
        : left === 1 ? inAll(wantingAll(touches)) : operandsOf[need]!;
      for (const j of from) {
        if (found.length >= MAX_SETS) return;
        if (chosen.includes(j)) continue;
        const next = [...chosen, j];
        const key = setKey(next);
        if (seen.has(key)) continue;
        seen.add(key);
        const nextTouches = touches.slice();
        for (const i of identitiesOf[j]!) nextTouches[i]! += 1;
        visit(next, nextTouches);
      }
    };
    visit([], new Int32Array(residuals.length));
    if (found.length > 0) return found;
  }
  return null;
}

/** The rows and columns (表四: groups) whose cells alone could make every identity of the component hold. */
function explainingLines(system: System, table: Line['table']): Line[] {
  const lines = new Map<string, Line & { free: number[] }>();
  system.cells.forEach((cell, j) => {
    const axes: [Line['axis'], string][] = cell.table === 'review' ? [['group', cell.row]] : [['row', cell.row], ['column', cell.column]];
    for (const [axis, key] of axes) {
      const id = `${axis}:${key}`;
      const line = lines.get(id) ?? { table, axis, key, cells: [], free: [] };
      line.cells.push(cell);
      line.free.push(j);
      lines.set(id, line);
    }
  });
  return [...lines.values()].filter((line) => {
    // cheap first: the line must have a cell in every failing identity
    if (!system.failing.every((i) => line.free.some((j) => system.coefficients[i]!.has(j)))) return false;
    const deltas = solve(system, line.free);
    if (deltas === null) return false;
    // When the line's values are determined, they must be counts too.
    return deltas === 'ambiguous' || deltas.every((d, k) => asCount(operand(line.cells[k])! + d) !== null);
  }).map(({ table: t, axis, key, cells }) => ({ table: t, axis, key, cells }));
}

/** Localize the failures of each group of connected identities; nothing for groups that hold. */
export function localize(identities: Identity[]): Localization[] {
  const out: Localization[] = [];
  const residuals = new Map(identities.map((identity) => [identity, residual(identity)]));
  if (![...residuals.values()].some((r) => r !== 0)) return out; // the usual case: everything holds
  for (const component of components(identities)) {
    const failing = component.filter((identity) => residuals.get(identity) !== 0);
    if (failing.length === 0) continue;
    const system = systemOf(component, component.map((identity) => residuals.get(identity)!));
    const fixes = smallestFixes(system);
    if (!fixes) out.push({ kind: 'unexplained', failing, lines: explainingLines(system, failing[0]!.table) });
    else if (fixes.length === 1) out.push({ kind: 'unique', failing, changes: fixes[0]! });
    else out.push({ kind: 'candidates', failing, sets: fixes });
  }
  return out;
}

export type TypingSlip = 'transposed' | 'substituted' | 'dropped' | 'doubled' | 'extra';

/**
 * The printed number is the needed one mistyped (deducorrect's typing errors): two adjacent
 * digits swapped (174 for 147), one digit different (157 for 147), one dropped (14 for 147),
 * one doubled (1447) or one extra. Only numbers of two digits or more: any one-digit number is
 * "one digit different" from any other, which says nothing. Nor when either is 0: a 0 is what an
 * unfilled row prints, and "60 with a digit dropped" would read a typo into it.
 */
export function typingSlip(printed: number, needed: number): TypingSlip | null {
  const a = String(printed);
  const b = String(needed);
  if (a === b || printed === 0 || needed === 0 || !/^\d+$/.test(a) || !/^\d+$/.test(b) || Math.max(a.length, b.length) < 2) return null;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1) return 'substituted';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'transposed';
    return null;
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return null;
  for (let i = 0; i < longer.length; i += 1) {
    if (longer.slice(0, i) + longer.slice(i + 1) !== shorter) continue;
    if (longer === b) return 'dropped';
    return longer[i] === longer[i - 1] || longer[i] === longer[i + 1] ? 'doubled' : 'extra';
  }
  return null;
}
