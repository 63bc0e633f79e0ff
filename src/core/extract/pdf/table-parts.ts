/**
 * Tables on one page from their ruling lines. Rules that touch form a table; a side with no
 * border (a table part at a page break, a table drawn without its frame) is closed where the
 * other rules end; the distinct rule positions make the grid, and a slot joins its neighbour
 * wherever no rule separates them, which gives every cell its row and column span. Text
 * positions alone lose wrapped labels and vertical group labels; the rules do not.
 */
import type { Box } from './page-data';
import { COLLINEAR_TOLERANCE, type Rule, type Rules } from './rules';
import { cellText, type PlacedText } from './text-lines';

/** A rule end this close to another rule touches it (WPS ends strokes half a line width short). */
const TOUCH = 0.75;
/** Grid lines closer than this are one line (double borders, the two edges of a frame). */
const MIN_CELL = 3;
/** A side is drawn when its rules cover this share of it. */
const DRAWN_SIDE = 0.9;
/** More rules than this on a page is a drawing (a map, a chart), not tables. */
const MAX_RULES = 4000;
/**
 * HTML's border="1" cellspacing="1" draws every cell as its own box, a point or two from the
 * next, and the table's frame around them: boxes this close are one table.
 */
const CELL_SPACING = 2.5;

/** Rules that touch one another: one table, or one cell box of a spaced table. */
interface Group {
  horizontals: Rule[];
  verticals: Rule[];
}

/** A grid line: one or more rule positions less than MIN_CELL apart. */
interface GridLine {
  pos: number;
  min: number;
  max: number;
}

export interface PartCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  items: PlacedText[];
  text: string;
}

/** One table as drawn on one page. */
export interface TablePart {
  page: number;
  box: Box;
  /** x of each column line, left to right (columns + 1 of them) */
  xs: number[];
  /** y of each row line, top to bottom */
  ys: number[];
  cells: PartCell[];
}

const inside = (box: Box, x: number, y: number): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
const area = (box: Box): number => (box.x1 - box.x0) * (box.y1 - box.y0);

const touches = (h: Rule, v: Rule): boolean =>
  v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH;

/** Groups of rules that touch one another. */
function touchingGroups(rules: Rules): Group[] {
  const { horizontals, verticals } = rules;
  const parent = [...horizontals, ...verticals].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontals.forEach((h, i) => {
    verticals.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontals.length + j);
    });
  });
  const groups = new Map<number, Group>();
  const groupOf = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { horizontals: [], verticals: [] }));
    return g;
  };
  horizontals.forEach((h, i) => { groupOf(i).horizontals.push(h); });
  verticals.forEach((v, j) => { groupOf(horizontals.length + j).verticals.push(v); });
  return [...groups.values()].filter((g) => g.horizontals.length > 0 && g.verticals.length > 0);
}

/** The box a group draws when it is exactly one closed rectangle (one cell drawn on its own). */
function closedBox(group: Group): Box | null {
  if (group.horizontals.length !== 2 || group.verticals.length !== 2) return null;
  const [top, bottom] = [...group.horizontals].sort((a, b) => a.pos - b.pos) as [Rule, Rule];
  const [left, right] = [...group.verticals].sort((a, b) => a.pos - b.pos) as [Rule, Rule];
  const box = { x0: left.pos, y0: top.pos, x1: right.pos, y1: bottom.pos };
  const spans = (r: Rule, from: number, to: number) => r.from <= from + TOUCH && r.to >= to - TOUCH;
  return spans(top, box.x0, box.x1) && spans(bottom, box.x0, box.x1) && spans(left, box.y0, box.y1) && spans(right, box.y0, box.y1) ? box : null;
}

/** How near two boxes' outlines come (0 where they cross; for nested boxes, the nearest sides). */
function outlineDistance(a: Box, b: Box): number {
  const [outer, inner] = area(a) >= area(b) ? [a, b] : [b, a];
  if (inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1) {
    return Math.min(inner.x0 - outer.x0, outer.x1 - inner.x1, inner.y0 - outer.y0, outer.y1 - inner.y1);
  }
  const gapX = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const gapY = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(gapX, gapY);
}

/** Groups that are single boxes laid out with cell spacing, each set joined into one group. */
function joinSpacedBoxes(groups: Group[]): Group[] {
  const boxes = groups.map(closedBox);
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  boxes.forEach((a, i) => {
    boxes.forEach((b, j) => {
      if (a && b && j > i && outlineDistance(a, b) <= CELL_SPACING) parent[find(i)] = find(j);
    });
  });
  const joined = new Map<number, Group>();
  groups.forEach((g, i) => {
    const root = find(i);
    const into = joined.get(root);
    if (into) {
      into.horizontals.push(...g.horizontals);
      into.verticals.push(...g.verticals);
    } else joined.set(root, { horizontals: [...g.horizontals], verticals: [...g.verticals] });
  });
  return [...joined.values()];
}

/** How much of [from, to] the rules at `pos` cover. */
function coverage(rules: Rule[], pos: number, from: number, to: number): number {
  let covered = 0;
  for (const r of rules) if (Math.abs(r.pos - pos) <= MIN_CELL) covered += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  return covered / Math.max(to - from, 1e-6);
}

/** The group's rules with any undrawn outer side added where the other rules end. */
function closeSides(group: Group): { box: Box; horizontals: Rule[]; verticals: Rule[] } {
  const { horizontals, verticals } = group;
  const box = {
    x0: Math.min(...horizontals.map((h) => h.from), ...verticals.map((v) => v.pos)),
    x1: Math.max(...horizontals.map((h) => h.to), ...verticals.map((v) => v.pos)),
    y0: Math.min(...verticals.map((v) => v.from), ...horizontals.map((h) => h.pos)),
    y1: Math.max(...verticals.map((v) => v.to), ...horizontals.map((h) => h.pos)),
  };
  const h = [...horizontals];
  const v = [...verticals];
  if (coverage(h, box.y0, box.x0, box.x1) < DRAWN_SIDE) h.push({ pos: box.y0, from: box.x0, to: box.x1 });
  if (coverage(h, box.y1, box.x0, box.x1) < DRAWN_SIDE) h.push({ pos: box.y1, from: box.x0, to: box.x1 });
  if (coverage(v, box.x0, box.y0, box.y1) < DRAWN_SIDE) v.push({ pos: box.x0, from: box.y0, to: box.y1 });
  if (coverage(v, box.x1, box.y0, box.y1) < DRAWN_SIDE) v.push({ pos: box.x1, from: box.y0, to: box.y1 });
  return { box, horizontals: h, verticals: v };
}

/** Rule positions as grid lines; positions less than MIN_CELL apart make one line. */
function gridLines(rules: Rule[]): GridLine[] {
  const positions = rules.map((r) => r.pos).sort((a, b) => a - b);
  const lines: GridLine[] = [];
  for (const pos of positions) {
    const last = lines[lines.length - 1];
    if (last && pos - last.max < MIN_CELL) last.max = pos;
    else lines.push({ pos, min: pos, max: pos });
  }
  for (const line of lines) line.pos = (line.min + line.max) / 2;
  return lines;
}

/** Whether rules on `line` separate the two slots either side of it along [from, to]. */
function separates(rules: Rule[], line: GridLine, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  const reach = (to - from) / 4;
  return rules.some((r) => r.pos >= line.min - COLLINEAR_TOLERANCE && r.pos <= line.max + COLLINEAR_TOLERANCE && r.from <= mid - reach && r.to >= mid + reach);
}

/** Index of the interval of `lines` that holds `value` (the first or last one just outside them). */
function intervalOf(lines: readonly number[], value: number): number {
  let k = 0;
  while (k < lines.length - 2 && value >= lines[k + 1]!) k += 1;
  return k;
}

/** The cells of a closed group: each slot joins its neighbours while no rule separates them. */
function gridCells(xs: GridLine[], ys: GridLine[], horizontals: Rule[], verticals: Rule[]): Omit<PartCell, 'items' | 'text'>[] {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const wallRight = (r: number, c: number) => separates(verticals, xs[c + 1]!, ys[r]!.pos, ys[r + 1]!.pos);
  const wallBelow = (r: number, c: number) => separates(horizontals, ys[r + 1]!, xs[c]!.pos, xs[c + 1]!.pos);
  const cells: Omit<PartCell, 'items' | 'text'>[] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      if (taken[r]![c]) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !taken[r]![c + colSpan] && !wallRight(r, c + colSpan - 1)) colSpan += 1;
      let rowSpan = 1;
      const rowJoins = (rr: number) => {
        for (let k = c; k < c + colSpan; k += 1) {
          if (taken[rr]![k] || wallBelow(rr - 1, k)) return false;
          if (k < c + colSpan - 1 && wallRight(rr, k)) return false;
        }
        return true;
      };
      while (r + rowSpan < rows && rowJoins(r + rowSpan)) rowSpan += 1;
      for (let rr = r; rr < r + rowSpan; rr += 1) for (let k = c; k < c + colSpan; k += 1) taken[rr]![k] = true;
      cells.push({ row: r, col: c, rowSpan, colSpan, box: { x0: xs[c]!.pos, y0: ys[r]!.pos, x1: xs[c + colSpan]!.pos, y1: ys[r + rowSpan]!.pos } });
    }
  }
  return cells;
}

/**
 * The tables of a page and the text items left outside them. A candidate needs two cells with
 * text: a framed paragraph or a lone cross of lines is not a table, and its text stays text.
 */
export function findTableParts(page: number, rules: Rules, items: readonly PlacedText[]): { parts: TablePart[]; outside: PlacedText[] } {
  if (rules.horizontals.length + rules.verticals.length > MAX_RULES) return { parts: [], outside: [...items] };
  const candidates: (TablePart & { slots: number[][] })[] = [];
  for (const group of joinSpacedBoxes(touchingGroups(rules))) {
    const closed = closeSides(group);
    const xs = gridLines(closed.verticals);
    const ys = gridLines(closed.horizontals);
    if (xs.length < 2 || ys.length < 2) continue;
    const cells = gridCells(xs, ys, closed.horizontals, closed.verticals).map((c) => ({ ...c, items: [] as PlacedText[], text: '' }));
    if (cells.length < 2) continue;
    const slots = Array.from({ length: ys.length - 1 }, () => new Array<number>(xs.length - 1).fill(-1));
    cells.forEach((cell, id) => {
      for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) slots[r]![c] = id;
    });
    candidates.push({ page, box: closed.box, xs: xs.map((l) => l.pos), ys: ys.map((l) => l.pos), cells, slots });
  }
  // The innermost candidate holding an item's centre takes it.
  candidates.sort((a, b) => area(a.box) - area(b.box));
  const outside: PlacedText[] = [];
  for (const item of items) {
    const part = candidates.find((p) => inside(p.box, item.cx, item.cy));
    if (!part) {
      outside.push(item);
      continue;
    }
    const r = intervalOf(part.ys, item.cy);
    const c = intervalOf(part.xs, item.cx);
    part.cells[part.slots[r]![c]!]!.items.push(item);
  }
  const parts: TablePart[] = [];
  for (const { slots: _slots, ...part } of candidates) {
    for (const cell of part.cells) cell.text = cellText(cell.items, cell.box.x1 - cell.box.x0);
    if (part.cells.filter((c) => c.text !== '').length >= 2) parts.push(part);
    else for (const cell of part.cells) outside.push(...cell.items);
  }
  parts.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  return { parts, outside };
}
