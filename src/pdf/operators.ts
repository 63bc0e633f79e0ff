/**
 * One page's pdf.js operator list → what is drawn on it, in page coordinates: the straight lines
 * it strokes, the shapes it fills, where it paints images, and its text as runs of glyphs.
 *
 * Paths are in the user space of the moment they are painted, so the walk keeps the current
 * transformation matrix through save/restore/transform and form XObjects, starting from the
 * viewport's (WPS exports begin every page with `cm 1 0 0 -1 0 842`). Text is placed the way
 * pdf.js's own canvas places it (text matrix, font size and matrix, character and word spacing,
 * horizontal scaling, rise, TJ adjustments), one run per show-text operation: pdf.js's text
 * content merges runs of neighbouring table cells into one item ("13612 252") and drops glyphs
 * of vertical fonts ("三、本年度办理结果" became "三、本年"), so it is not used.
 */
import type { Box, PdfSegment, PdfTextItem } from '../core/extract/pdf/page-data';

export type Matrix = [number, number, number, number, number, number];

/** The operator numbers this walk reads (pdf.js's OPS). */
export type Ops = Record<
  | 'save' | 'restore' | 'transform' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'setLineWidth'
  | 'setStrokeRGBColor' | 'setFillRGBColor' | 'setStrokeTransparent' | 'setFillTransparent' | 'constructPath'
  | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke'
  | 'beginText' | 'setFont' | 'setGState' | 'setCharSpacing' | 'setWordSpacing' | 'setHScale' | 'setLeading' | 'setTextRise'
  | 'setTextMatrix' | 'moveText' | 'setLeadingMoveText' | 'nextLine' | 'showText' | 'showSpacedText'
  | 'nextLineShowText' | 'nextLineSetSpacingShowText'
  | 'paintImageXObject' | 'paintInlineImageXObject' | 'paintImageMaskXObject' | 'paintSolidColorImageMask'
  | 'paintImageXObjectRepeat' | 'paintInlineImageXObjectGroup' | 'paintImageMaskXObjectGroup',
  number
>;

/** What the walk needs of a font (pdf.js's FontFaceObject has these). */
export interface FontInfo {
  vertical?: boolean;
  fontMatrix?: ArrayLike<number>;
}

export interface Drawing {
  texts: PdfTextItem[];
  segments: PdfSegment[];
  fills: Box[];
  images: Box[];
}

/** m ∘ n: apply n, then m (PDF's `cm` is ctm ∘ args). */
export function compose(m: Matrix, n: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = m;
  const [p, q, r, s, t, u] = [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!];
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function boxOf(points: readonly [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** White (or nearly) paint does not show on paper: WPS fills every cell white under its rules. */
const isWhite = (hex: string): boolean => /^#(?:f[a-f0-9]){3}$/i.test(hex);

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  strokeVisible: boolean;
  fillVisible: boolean;
  // the text state is part of the graphics state in PDF
  font: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  textRise: number;
}

/** The text matrix and the pen within it, as pdf.js's canvas keeps them (not saved by `q`). */
interface TextPosition {
  matrix: Matrix;
  lineX: number;
  lineY: number;
  x: number;
  y: number;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
  /** vertical fonts: [advance (negative: down), origin x, origin y] in glyph units */
  vmetric?: number[] | null;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const GLYPH_SPACE: ArrayLike<number> = [0.001, 0, 0, 0.001, 0, 0];
/** A gap inside one show-text operation wider than this (in font sizes) starts another run. */
const RUN_GAP = 0.6;

/** pdf.js's path opcodes inside a constructPath buffer (DrawOPS). */
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUAD = 3;
const DRAW_CLOSE = 4;

interface Subpath {
  points: [number, number][];
  closed: boolean;
}

/** The subpaths of a path buffer as point lists in page coordinates; curves break a subpath. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  for (let i = 0; i < buffer.length;) {
    const op = buffer[i++];
    if (op === DRAW_MOVE || op === DRAW_LINE) {
      const point = apply(ctm, buffer[i]!, buffer[i + 1]!);
      i += 2;
      if (op === DRAW_MOVE || current === null) out.push((current = { points: [], closed: false }));
      current.points.push(point);
    } else if (op === DRAW_CURVE || op === DRAW_QUAD) {
      const n = op === DRAW_CURVE ? 6 : 4;
      const end = apply(ctm, buffer[i + n - 2]!, buffer[i + n - 1]!);
      i += n;
      out.push((current = { points: [end], closed: false }));
    } else if (op === DRAW_CLOSE) {
      if (current) current.closed = true;
      current = null;
    } else break; // an opcode this walk does not know: stop rather than misread the rest
  }
  return out;
}

/** A baseline more than a few degrees off the page's axes (a watermark drawn across the page). */
function isDiagonal(m: Matrix): boolean {
  const degrees = Math.abs((Math.atan2(m[1], m[0]) * 180) / Math.PI) % 90;
  return degrees > 3 && degrees < 87;
}

/** Builds text runs from show-text operations. */
class TextRuns {
  readonly items: PdfTextItem[] = [];
  constructor(private readonly fonts: ReadonlyMap<string, FontInfo>, private readonly normalize: (s: string) => string) {}

  show(glyphs: readonly (Glyph | number)[], state: GraphicsState, pen: TextPosition): void {
    const font = this.fonts.get(state.font) ?? {};
    const toPage = compose(state.ctm, pen.matrix);
    if (font.vertical) this.showVertical(glyphs, state, pen, toPage);
    else this.showHorizontal(glyphs, state, pen, toPage, font.fontMatrix ?? GLYPH_SPACE);
  }

  private push(text: string, from: number, to: number, baseline: number, state: GraphicsState, toPage: Matrix): void {
    const clean = this.normalize(text);
    if (clean.trim() === '') return;
    const size = Math.abs(state.fontSize) * Math.hypot(toPage[2], toPage[3]);
    const upright = Math.abs(toPage[1]) < 1e-6 * Math.abs(toPage[0]) && Math.abs(toPage[2]) < 1e-6 * Math.abs(toPage[3]) && toPage[0] > 0 && toPage[3] < 0;
    if (upright) {
      const [x, y] = apply(toPage, from, baseline);
      this.items.push({ text: clean, x, y, width: (to - from) * toPage[0], fontSize: size });
    } else {
      if (isDiagonal(toPage)) return; // a watermark or a decoration, not the report's text
      const [x, y] = apply(toPage, (from + to) / 2, baseline + 0.35 * Math.abs(state.fontSize));
      this.items.push({ text: clean, x, y, width: (to - from) * Math.hypot(toPage[0], toPage[1]), fontSize: size, vertical: true });
    }
  }

  private showHorizontal(glyphs: readonly (Glyph | number)[], state: GraphicsState, pen: TextPosition, toPage: Matrix, fontMatrix: ArrayLike<number>): void {
    const size = Math.abs(state.fontSize);
    const direction = Math.sign(state.fontSize) || 1;
    const widthScale = size * fontMatrix[0]!;
    const baseline = pen.y + state.textRise;
    let x = 0;
    let run = '';
    let from = 0;
    let to = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        x -= (glyph * size) / 1000;
        continue;
      }
      const start = pen.x + x * state.hScale;
      const end = start + (glyph.width ?? 0) * widthScale * state.hScale;
      if (run !== '' && start - to > RUN_GAP * size) {
        this.push(run, from, to, baseline, state, toPage);
        run = '';
      }
      if (run === '') from = start;
      run += glyph.unicode ?? '';
      to = end;
      x += (glyph.width ?? 0) * widthScale + ((glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing) * direction;
    }
    if (run !== '') this.push(run, from, to, baseline, state, toPage);
    pen.x += x * state.hScale;
  }

  /** Vertical fonts: the pen moves down by each glyph's vertical advance; one item per glyph, by its centre. */
  private showVertical(glyphs: readonly (Glyph | number)[], state: GraphicsState, pen: TextPosition, toPage: Matrix): void {
    const em = state.fontSize / 1000;
    const size = Math.abs(state.fontSize) * Math.sqrt(Math.abs(toPage[0] * toPage[3] - toPage[1] * toPage[2]));
    let advance = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        advance += glyph * em;
        continue;
      }
      const vmetric = glyph.vmetric ?? [-1000, (glyph.width ?? 1000) / 2, 880];
      const [x, y] = apply(toPage, pen.x, pen.y + state.textRise - advance - state.fontSize / 2);
      const text = this.normalize(glyph.unicode ?? '');
      if (text.trim() !== '') this.items.push({ text, x, y, width: size, fontSize: size, vertical: true });
      advance += -vmetric[0]! * em - (glyph.isSpace ? state.wordSpacing : 0) - state.charSpacing;
    }
    pen.y -= advance;
  }
}

/** The font an ExtGState sets (`/Font [ref size]`), as pdf.js passes it: [[key, value], …]. */
export function fontInGState(args: readonly unknown[]): [string, number] | null {
  const entries = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
  for (const entry of entries) {
    if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) return [String(entry[1][0]), Number(entry[1][1])];
  }
  return null;
}

export interface WalkOptions {
  /** the viewport's transform: PDF user space → page coordinates at 100 % */
  base: Matrix;
  fonts: ReadonlyMap<string, FontInfo>;
  normalize: (s: string) => string;
}

export function walkOperators(OPS: Ops, fnArray: readonly number[], argsArray: readonly unknown[], options: WalkOptions): Drawing {
  const drawing: Drawing = { texts: [], segments: [], fills: [], images: [] };
  const runs = new TextRuns(options.fonts, options.normalize);
  const stack: GraphicsState[] = [];
  let state: GraphicsState = {
    ctm: options.base, lineWidth: 1, strokeVisible: true, fillVisible: true,
    font: '', fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, textRise: 0,
  };
  const pen: TextPosition = { matrix: IDENTITY, lineX: 0, lineY: 0, x: 0, y: 0 };
  const moveText = (tx: number, ty: number) => {
    pen.x = pen.lineX += tx;
    pen.y = pen.lineY += ty;
  };
  const show = (glyphs: unknown) => {
    if (Array.isArray(glyphs)) runs.show(glyphs as (Glyph | number)[], state, pen);
  };
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const IMAGES = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintSolidColorImageMask, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup]);
  const scale = (m: Matrix) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  for (let i = 0; i < fnArray.length; i += 1) {
    const fn = fnArray[i]!;
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(state);
        state = { ...state };
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = compose(state.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(state);
        state = { ...state };
        if (args[0]) state.ctm = compose(state.ctm, args[0] as ArrayLike<number>);
        break;
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setLineWidth:
        state.lineWidth = Number(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        state.strokeVisible = !isWhite(String(args[0]));
        break;
      case OPS.setFillRGBColor:
        state.fillVisible = !isWhite(String(args[0]));
        break;
      case OPS.setStrokeTransparent:
        state.strokeVisible = false;
        break;
      case OPS.setFillTransparent:
        state.fillVisible = false;
        break;
      case OPS.beginText:
        Object.assign(pen, { matrix: IDENTITY, lineX: 0, lineY: 0, x: 0, y: 0 });
        break;
      case OPS.setFont:
        state.font = String(args[0]);
        state.fontSize = Number(args[1]);
        break;
      case OPS.setGState: {
        const font = fontInGState(args);
        if (font) [state.font, state.fontSize] = font;
        break;
      }
      case OPS.setCharSpacing:
        state.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        state.hScale = Number(args[0]) / 100;
        break;
      case OPS.setLeading:
        state.leading = Number(args[0]);
        break;
      case OPS.setTextRise:
        state.textRise = Number(args[0]);
        break;
      case OPS.setTextMatrix:
        Object.assign(pen, { matrix: Array.from(args[0] as ArrayLike<number>) as Matrix, lineX: 0, lineY: 0, x: 0, y: 0 });
        break;
      case OPS.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        state.leading = -Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.nextLine:
        moveText(0, -state.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        show(args[0]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -state.leading);
        show(args[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        state.wordSpacing = Number(args[0]);
        state.charSpacing = Number(args[1]);
        moveText(0, -state.leading);
        show(args[2]);
        break;
      case OPS.constructPath: {
        const paint = args[0] as number;
        const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
        if (!buffer) break;
        const stroked = STROKES.has(paint) && state.strokeVisible;
        const filled = FILLS.has(paint) && state.fillVisible;
        if (!stroked && !filled) break; // clipping paths and invisible paint
        const lineWidth = state.lineWidth * scale(state.ctm);
        for (const sub of subpaths(buffer, state.ctm)) {
          // A filled polygon's box: rectangles mostly; Chromium paints a border whose sides differ
          // in colour (border="1" is inset/outset) as thin trapezoids. Rule or background is the core's call.
          if (filled && sub.points.length >= 3) drawing.fills.push(boxOf(sub.points));
          if (!stroked) continue;
          const points = sub.closed && sub.points.length > 2 ? [...sub.points, sub.points[0]!] : sub.points;
          for (let k = 1; k < points.length; k += 1) {
            const [x0, y0] = points[k - 1]!;
            const [x1, y1] = points[k]!;
            drawing.segments.push({ x0, y0, x1, y1, lineWidth });
          }
        }
        break;
      }
      default:
        if (IMAGES.has(fn)) drawing.images.push(boxOf([apply(state.ctm, 0, 0), apply(state.ctm, 1, 0), apply(state.ctm, 0, 1), apply(state.ctm, 1, 1)]));
    }
  }
  drawing.texts = runs.items;
  return drawing;
}
