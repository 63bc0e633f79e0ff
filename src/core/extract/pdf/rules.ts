/**
 * The ruling lines of a page: stroked segments and thin filled rectangles (Chromium draws every
 * border as one) become horizontal and vertical rules; pieces on one line are joined. Only
 * near-collinear pieces merge (within half a point): the rules of two tables can sit one point
 * apart and must stay two lines.
 */
import type { Box, PdfPageData } from './page-data';

/** A horizontal rule at y = pos from x = from to x = to, or a vertical one at x = pos along y. */
export interface Rule {
  pos: number;
  from: number;
  to: number;
}

export interface Rules {
  horizontals: Rule[];
  verticals: Rule[];
}

/** How far off the axis a drawn line may be and still be a rule. */
const AXIS_TOLERANCE = 0.5;
/** Pieces closer than this across the line are one line. */
export const COLLINEAR_TOLERANCE = 0.5;
/**
 * Pieces along one line that meet (cell borders drawn cell by cell) are one rule; a gap wider
 * than this is kept, or two tables one point apart would become one.
 */
const JOIN_GAP = 0.5;
/** A filled rectangle thinner than this is a line; a thicker one is a background. */
const THIN_FILL = 2.5;
/** Shorter pieces are ticks, dots or glyph parts, not rules. */
const MIN_RULE_LENGTH = 2;
/** Thicker strokes are decoration (bars, underlines of titles drawn as rectangles). */
const MAX_LINE_WIDTH = 4;

function addSegment(out: Rules, x0: number, y0: number, x1: number, y1: number): void {
  if (Math.abs(y0 - y1) <= AXIS_TOLERANCE && Math.abs(x1 - x0) >= MIN_RULE_LENGTH) {
    out.horizontals.push({ pos: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  } else if (Math.abs(x0 - x1) <= AXIS_TOLERANCE && Math.abs(y1 - y0) >= MIN_RULE_LENGTH) {
    out.verticals.push({ pos: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
}

function addThinFill(out: Rules, box: Box): void {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (h <= THIN_FILL && w >= MIN_RULE_LENGTH && w > h) out.horizontals.push({ pos: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
  else if (w <= THIN_FILL && h >= MIN_RULE_LENGTH && h > w) out.verticals.push({ pos: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
}

/** Pieces on one line (within COLLINEAR_TOLERANCE of the first) joined where they touch. */
export function mergeCollinear(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const out: Rule[] = [];
  for (let i = 0; i < sorted.length;) {
    const anchor = sorted[i]!.pos;
    let j = i;
    while (j < sorted.length && sorted[j]!.pos - anchor <= COLLINEAR_TOLERANCE) j += 1;
    const line = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const pos = line.reduce((sum, r) => sum + r.pos, 0) / line.length;
    let current: Rule | null = null;
    for (const piece of line) {
      if (current && piece.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, piece.to);
      else out.push((current = { pos, from: piece.from, to: piece.to }));
    }
    i = j;
  }
  return out;
}

export function pageRules(page: Pick<PdfPageData, 'segments' | 'fills'>): Rules {
  const raw: Rules = { horizontals: [], verticals: [] };
  for (const s of page.segments) if (s.lineWidth <= MAX_LINE_WIDTH) addSegment(raw, s.x0, s.y0, s.x1, s.y1);
  for (const box of page.fills) addThinFill(raw, box);
  return { horizontals: mergeCollinear(raw.horizontals), verticals: mergeCollinear(raw.verticals) };
}
