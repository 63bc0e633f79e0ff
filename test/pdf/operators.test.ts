/**
 * The operator walk on hand-written operator lists (the shape pdf.js 5.6 gives): paths under
 * the current transformation matrix, visible paint only, text runs placed as pdf.js's canvas
 * places them.
 */
import { describe, expect, it } from 'vitest';
import { walkOperators, type FontInfo, type Matrix, type Ops } from '../../src/pdf/operators';

// Any distinct numbers do: the walk only compares an op list's numbers with these.
const NAMES = [
  'save', 'restore', 'transform', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'setLineWidth', 'setStrokeRGBColor',
  'setFillRGBColor', 'setStrokeTransparent', 'setFillTransparent', 'constructPath', 'stroke', 'closeStroke', 'fill', 'eoFill',
  'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'beginText', 'setFont', 'setGState', 'setCharSpacing',
  'setWordSpacing', 'setHScale', 'setLeading', 'setTextRise', 'setTextMatrix', 'moveText', 'setLeadingMoveText', 'nextLine',
  'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'paintImageXObject', 'paintInlineImageXObject',
  'paintImageMaskXObject', 'paintSolidColorImageMask', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup',
] as const;
const OPS = Object.fromEntries(NAMES.map((n, i) => [n, i + 1])) as Ops;

/** The viewport of an A4 page at 100 %: PDF user space (y up) → page (y down). */
const BASE: Matrix = [1, 0, 0, -1, 0, 842];
const MOVE = 0;
const LINE = 1;
const CLOSE = 4;

function walk(ops: [keyof Ops, unknown[]][], fonts: Record<string, FontInfo> = {}) {
  return walkOperators(OPS, ops.map(([name]) => OPS[name]), ops.map(([, args]) => args), {
    base: BASE, fonts: new Map(Object.entries(fonts)), normalize: (s) => s,
  });
}

const path = (paint: keyof Ops, ...buffer: number[]): [keyof Ops, unknown[]] => ['constructPath', [OPS[paint], [new Float32Array(buffer)], null]];
const glyphs = (text: string, width = 1000) => [...text].map((c) => ({ unicode: c, width, isSpace: c === ' ' }));

describe('paths', () => {
  it('places lines through the page flip WPS writes, and restores the matrix', () => {
    const drawing = walk([
      ['save', []], ['transform', [1, 0, 0, -1, 0, 842]],
      path('stroke', MOVE, 75, 80, LINE, 517, 80),
      ['restore', []],
      path('stroke', MOVE, 75, 80, LINE, 517, 80),
    ]);
    expect(drawing.segments.map((s) => [s.x0, s.y0, s.x1, s.y1])).toEqual([[75, 80, 517, 80], [75, 762, 517, 762]]);
  });

  it('applies a form XObject matrix until its end', () => {
    const drawing = walk([
      ['paintFormXObjectBegin', [[2, 0, 0, 2, 10, 10], null]],
      path('stroke', MOVE, 0, 0, LINE, 10, 0),
      ['paintFormXObjectEnd', []],
      path('stroke', MOVE, 0, 0, LINE, 10, 0),
    ]);
    expect(drawing.segments.map((s) => [s.x0, s.y0, s.x1, s.y1, s.lineWidth])).toEqual([[10, 832, 30, 832, 2], [0, 842, 10, 842, 1]]);
  });

  it('keeps visible paint only: no white, no clipping paths', () => {
    const drawing = walk([
      ['setStrokeRGBColor', ['#ffffff']], path('stroke', MOVE, 0, 0, LINE, 10, 0),
      ['setStrokeRGBColor', ['#000000']], path('endPath' as keyof Ops, MOVE, 0, 0, LINE, 10, 0),
      path('closeStroke', MOVE, 0, 0, LINE, 10, 0, LINE, 10, 10, CLOSE),
      ['setFillRGBColor', ['#fefefe']], path('fill', MOVE, 0, 0, LINE, 10, 0, LINE, 10, 10, CLOSE),
    ]);
    expect(drawing.segments).toHaveLength(3); // the closed triangle's sides, the closing one too
    expect(drawing.fills).toEqual([]);
  });

  it('gives a filled polygon its box (Chromium paints an inset border side as a trapezoid)', () => {
    const drawing = walk([path('fill', MOVE, 100, 700, LINE, 200, 700, LINE, 199.25, 699.25, LINE, 100.75, 699.25, CLOSE)]);
    expect(drawing.fills).toEqual([{ x0: 100, y0: 142, x1: 200, y1: 142.75 }]);
  });

  it('records where images are painted', () => {
    const drawing = walk([['save', []], ['transform', [595, 0, 0, 842, 0, 0]], ['paintImageXObject', ['img', 100, 100]], ['restore', []]]);
    expect(drawing.images).toEqual([{ x0: 0, y0: 0, x1: 595, y1: 842 }]);
  });
});

describe('text', () => {
  const begin = (size = 10, x = 100, y = 700): [keyof Ops, unknown[]][] => [['beginText', []], ['setFont', ['F1', size]], ['setTextMatrix', [[1, 0, 0, 1, x, y]]]];

  it('places a run at its baseline with its width', () => {
    const { texts } = walk([...begin(), ['showText', [glyphs('规章')]]]);
    expect(texts).toEqual([{ text: '规章', x: 100, y: 142, width: 20, fontSize: 10 }]);
  });

  it('starts another run at a wide TJ gap (one operation writing two cells), not at kerning', () => {
    const { texts } = walk([...begin(), ['showText', [[...glyphs('21', 500), -100, ...glyphs('0', 500), -2000, ...glyphs('5', 500)]]]]);
    expect(texts.map((t) => [t.text, t.x])).toEqual([['210', 100], ['5', 136]]);
  });

  it('moves the pen by character and word spacing, horizontal scaling and line moves', () => {
    const { texts } = walk([
      ...begin(), ['setCharSpacing', [1]], ['setHScale', [50]], ['showText', [glyphs('ab', 500)]],
      ['setLeadingMoveText', [0, -20]], ['showText', [glyphs('c', 500)]], ['nextLine', []], ['showText', [glyphs('d', 500)]],
    ]);
    expect(texts.map((t) => [t.text, t.x, t.y, t.width])).toEqual([['ab', 100, 142, 5.5], ['c', 100, 162, 2.5], ['d', 100, 182, 2.5]]);
  });

  it('reads a vertical font top to bottom, one glyph a centre', () => {
    const { texts } = walk([...begin(10, 90, 300), ['showText', [glyphs('三、本').map((g) => ({ ...g, vmetric: [-1000, 500, 880] }))]]], { F1: { vertical: true } });
    expect(texts.map((t) => [t.text, t.x, t.y, t.vertical])).toEqual([['三', 90, 547, true], ['、', 90, 557, true], ['本', 90, 567, true]]);
  });

  it('takes a font set by a graphics state, and its font matrix (Type3)', () => {
    const { texts } = walk([['beginText', []], ['setGState', [[['Font', ['T3', 10]]]]], ['setTextMatrix', [[1, 0, 0, 1, 0, 0]]], ['showText', [glyphs('x', 50)]]], { T3: { fontMatrix: [0.01, 0, 0, 0.01, 0, 0] } });
    expect(texts.map((t) => [t.text, t.width])).toEqual([['x', 5]]);
  });

  it('leaves out a watermark written across the page', () => {
    const c = Math.SQRT1_2;
    const { texts } = walk([['beginText', []], ['setFont', ['F1', 60]], ['setTextMatrix', [[c, c, -c, c, 100, 100]]], ['showText', [glyphs('样本')]]]);
    expect(texts).toEqual([]);
  });
});
