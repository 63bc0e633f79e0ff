import { describe, expect, it } from 'vitest';
import { placePanel, placeTooltip, type Box } from '../../src/ui/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const viewport = { width: 1280, height: 800 };

describe('placeTooltip', () => {
  const size = { width: 300, height: 60 };
  const at = (p: { x: number; y: number }) => box(p.x, p.y, size.width, size.height);

  it('goes right of a cell, beside it', () => {
    const cell = box(100, 200, 50, 20);
    expect(placeTooltip(cell, [], size, viewport)).toEqual({ x: 156, y: 200 });
  });

  it('stays clear of the other cells of its finding: a whole column goes to its side', () => {
    const column = Array.from({ length: 20 }, (_, i) => box(500, 100 + i * 20, 50, 20));
    const tip = at(placeTooltip(column[5]!, column, size, viewport));
    for (const c of column) expect(overlaps(tip, c)).toBe(false);
    expect(tip.left).toBeGreaterThanOrEqual(550);
  });

  it('goes below a whole row of cells rather than over them', () => {
    const row = Array.from({ length: 7 }, (_, i) => box(300 + i * 60, 300, 60, 20));
    const cells = [...row, box(0, 300, 300, 20), box(720, 300, 560, 20)]; // the row spans the viewport
    const tip = at(placeTooltip(row[3]!, cells, size, viewport));
    for (const c of cells) expect(overlaps(tip, c)).toBe(false);
    expect(tip.top).toBeGreaterThanOrEqual(320);
  });

  it('goes left or up near the viewport edges, and stays inside it', () => {
    const corner = box(1200, 760, 60, 20);
    const tip = at(placeTooltip(corner, [], size, viewport));
    expect(overlaps(tip, corner)).toBe(false);
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(1280);
    expect(tip.bottom).toBeLessThanOrEqual(800);
  });
});

describe('placePanel', () => {
  const panel = { width: 420, height: 600, side: 'right' as const };

  it('stays where it is when the cells are clear of it', () => {
    expect(placePanel([box(100, 300, 300, 20)], viewport, panel)).toEqual({ side: 'right', width: 420, collapsed: false });
  });

  it('moves to the other side when it would cover a cell or its row label', () => {
    expect(placePanel([box(500, 300, 500, 20)], viewport, panel)).toEqual({ side: 'left', width: 420, collapsed: false });
    expect(placePanel([box(900, 300, 100, 20)], viewport, { ...panel, side: 'left' })).toEqual({ side: 'left', width: 420, collapsed: false });
    expect(placePanel([box(100, 300, 100, 20)], viewport, { ...panel, side: 'left' })).toEqual({ side: 'right', width: 420, collapsed: false });
  });

  it('narrows to the room there is when neither side has its full width', () => {
    expect(placePanel([box(340, 300, 600, 20)], viewport, panel)).toEqual({ side: 'right', width: 316, collapsed: false });
  });

  it('folds down to its header when no side has room even narrowed', () => {
    expect(placePanel([box(100, 300, 1080, 20)], viewport, panel)).toEqual({ side: 'right', width: 420, collapsed: true });
  });

  it('ignores cells below or above it (its height fits its content)', () => {
    expect(placePanel([box(200, 700, 1000, 20)], viewport, { ...panel, height: 400 })).toEqual({ side: 'right', width: 420, collapsed: false });
  });
});
