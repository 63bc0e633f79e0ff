/**
 * Where the tooltip and the panel go: pure geometry over boxes in viewport coordinates, so the
 * rules ("never over the finding's other cells", "never hide the cells or their row labels")
 * are tested without a browser.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'left' | 'right';

const area = (b: Box): number => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

function overlap(a: Box, b: Box): number {
  return area({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
}

export function union(boxes: Box[]): Box {
  return boxes.reduce((u, b) => ({ left: Math.min(u.left, b.left), top: Math.min(u.top, b.top), right: Math.max(u.right, b.right), bottom: Math.max(u.bottom, b.bottom) }));
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * A tooltip of `size` beside `anchor`: right or left of the anchor and the boxes to keep clear
 * (the finding's other cells, the panel), else below or above them, else beside the anchor
 * alone; inside the viewport. The first place that covers none of them wins; when none is
 * clear, the one that covers least.
 */
export function placeTooltip(anchor: Box, avoid: Box[], size: Size, viewport: Size, gap = 6): { x: number; y: number } {
  const around = union([anchor, ...avoid]);
  const y = (top: number) => clamp(top, 4, viewport.height - size.height - 4);
  const x = (left: number) => clamp(left, 4, viewport.width - size.width - 4);
  const candidates = [
    { x: around.right + gap, y: y(anchor.top) },
    { x: around.left - gap - size.width, y: y(anchor.top) },
    { x: x(anchor.left), y: around.bottom + gap },
    { x: x(anchor.left), y: around.top - gap - size.height },
    { x: anchor.right + gap, y: y(anchor.top) },
    { x: anchor.left - gap - size.width, y: y(anchor.top) },
    { x: x(anchor.left), y: anchor.bottom + gap },
    { x: x(anchor.left), y: anchor.top - gap - size.height },
  ];
  let best = { x: x(anchor.left), y: y(anchor.bottom + gap) };
  let bestCost = Infinity;
  for (const c of candidates) {
    const box = { left: c.x, top: c.y, right: c.x + size.width, bottom: c.y + size.height };
    const outside = area(box) - overlap(box, { left: 0, top: 0, right: viewport.width, bottom: viewport.height });
    const covered = [anchor, ...avoid].reduce((sum, b) => sum + overlap(box, b), 0);
    const cost = covered + outside * 4;
    if (cost === 0) return c;
    if (cost < bestCost) { best = c; bestCost = cost; }
  }
  return best;
}

export interface PanelPlace {
  side: Side;
  /** the width that keeps it clear, at most the preferred width */
  width: number;
  /** no side has room even at the narrowest width: fold it down to its header */
  collapsed: boolean;
}

/**
 * The panel's side and width so that it covers none of `targets` (a finding's cells with their
 * row labels): the current side when it has room, else the other side, else the side with more
 * room, narrowed to it, else folded to its header on the side it is on.
 */
export function placePanel(targets: Box[], viewport: Size, panel: Size & { side: Side }, minWidth = 300, margin = 12): PanelPlace {
  const top = margin;
  const bottom = margin + panel.height;
  const inBand = targets.filter((t) => t.bottom > top && t.top < bottom);
  const room: Record<Side, number> = {
    right: viewport.width - margin - Math.max(0, ...inBand.map((t) => t.right)) - margin,
    left: Math.min(viewport.width, ...inBand.map((t) => t.left)) - margin - margin,
  };
  const other: Side = panel.side === 'right' ? 'left' : 'right';
  const width = Math.min(panel.width, viewport.width - 2 * margin);
  if (room[panel.side] >= width) return { side: panel.side, width, collapsed: false };
  if (room[other] >= width) return { side: other, width, collapsed: false };
  const roomier = room[other] > room[panel.side] ? other : panel.side;
  if (room[roomier] >= minWidth) return { side: roomier, width: Math.floor(room[roomier]), collapsed: false };
  return { side: panel.side, width, collapsed: true };
}

/**
 * The tooltip's box before it is drawn, from its text (CSS: at most 360 px wide, 12 px CJK type,
 * 18 px lines, 6 px padding): a little larger than the real one, never smaller, so that a place
 * chosen for it keeps the real tooltip clear too.
 */
export function tooltipSize(lines: string[]): Size {
  const perLine = 28; // CJK characters in 344 px of 12 px type
  const longest = Math.max(...lines.map((l) => l.length), 1);
  const rows = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return { width: Math.min(360, 16 + longest * 12.5), height: 14 + rows * 18 + (lines.length - 1) * 2 };
}
