import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, normalizeLabel, parseCell, readCell, toHalfWidth } from '../../src/core/extract/text';

describe('parseCell', () => {
  it.each([
    ['0', 'number', 0, undefined],
    [' 12 ', 'number', 12, undefined],
    ['\u00a0\u00a0 7\u00a0', 'number', 7, undefined],
    ['１２３', 'number', 123, undefined],
    ['1,234', 'number', 1234, undefined],
    ['18651.06', 'number', 18651.06, undefined],
    ['-3', 'number', -3, undefined],
    ['－3', 'number', -3, undefined],
    ['310 万', 'number', 310, '万'],
    ['25987（元）', 'number', 25987, '元'],
    ['251000元', 'number', 251000, '元'],
    ['10件', 'number', 10, '件'],
    ['', 'blank', null, undefined],
    ['\u00a0', 'blank', null, undefined],
    ['\u3000 \n', 'blank', null, undefined],
    ['/', 'placeholder', null, undefined],
    ['—', 'placeholder', null, undefined],
    ['——', 'placeholder', null, undefined],
    ['-', 'placeholder', null, undefined],
    ['无', 'placeholder', null, undefined],
    ['不适用', 'text', null, undefined],
    ['约10', 'text', null, undefined],
    // two numbers, or one broken by a line break: not a number to compute with
    ['1\n2', 'text', null, undefined],
    ['3 4', 'text', null, undefined],
    ['１\u3000２', 'text', null, undefined],
    ['1\u200b2', 'number', 12, undefined],
  ])('reads %j as %s %s', (text, kind, value, unit) => {
    const parsed = parseCell(text);
    expect(parsed.kind).toBe(kind);
    expect(parsed.value).toBe(value);
    expect(parsed.unit).toBe(unit);
  });
});

describe('normalizeLabel', () => {
  it('removes spaces, line breaks and &nbsp; inside labels', () => {
    expect(normalizeLabel('本年 度办\n理结 果')).toBe('本年度办理结果');
    expect(normalizeLabel('自\n然\n人')).toBe('自然人');
    expect(normalizeLabel('社会公益 \u00a0 \u00a0组织 \u00a0')).toBe('社会公益组织');
  });

  it('folds full-width brackets and digits, and "1、" to "1."', () => {
    expect(normalizeLabel('（三）不予公开')).toBe('(三)不予公开');
    expect(normalizeLabel('１、属于国家秘密')).toBe('1.属于国家秘密');
    expect(normalizeLabel('2．重复申请')).toBe('2.重复申请');
  });
});

describe('toHalfWidth', () => {
  it('folds full-width ASCII and leaves everything else', () => {
    expect(toHalfWidth('（一）予以公开，共１２件：ＡＢ～')).toBe('(一)予以公开,共12件:AB~');
    expect(toHalfWidth('本年新收\u3000')).toBe('本年新收\u3000');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('compact', () => {
  // Its definition: toHalfWidth of the text without whitespace (JavaScript's \s) and without
  // the zero-width spaces and joiners U+200B–U+200D.
  const byDefinition = (text: string) => toHalfWidth(text.replace(/[\s\u200b-\u200d]+/g, ''));

  it('drops or folds every UTF-16 code unit as its definition does', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = `自${String.fromCharCode(code)}1${String.fromCharCode(code)}`;
      if (compact(text) !== byDefinition(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('returns the text itself when there is nothing to fold, and folds runs', () => {
    const label = '信息内容';
    expect(compact(label)).toBe(label);
    expect(compact(' \u00a0（三）\u3000不予 公开\n')).toBe('(三)不予公开');
  });
});

describe('readCell', () => {
  // readCell folds a text once for both readings: its label form must be normalizeLabel's.
  it.each([
    '0', ' 12 ', '１２３', '1,234', '－3', '310 万', '25987（元）', '', '\u00a0', '/', '——', '无',
    '不适用', '约10', '1\n2', '（三）不予公开', '１、属于国家秘密', '2．重复申请', '本年 度办\n理结 果', '【其他】', '-',
  ])('gives %j the label form normalizeLabel gives it, or the number itself', (text) => {
    const { parsed, norm } = readCell(text);
    const expectedNorm = parsed.kind === 'number' && parsed.unit === undefined ? String(parsed.value)
      : parsed.kind === 'blank' ? '' : normalizeLabel(text);
    expect(norm).toBe(expectedNorm);
  });
});

describe('readCell, plain cells', () => {
  it.each([
    ['7', 7], [' 7 ', 7], ['\n\t 12 \u00a0\u3000', 12], ['0007', 7], ['\u200b7\u200b', 7], ['1\u200b2', 12],
    ['123456789012345', 123456789012345],
  ])('reads %j as %d', (text, value) => {
    expect(readCell(text)).toEqual({ parsed: { kind: 'number', value }, norm: String(value) });
  });

  it.each(['', ' ', '\u00a0\u00a0', '\u3000\n', '\u200b', '\ufeff'])('reads %j as blank', (text) => {
    expect(readCell(text)).toEqual({ parsed: { kind: 'blank', value: null }, norm: '' });
  });

  it.each(['1 2', '3\n4', '1234567890123456', '12a', '１２ 3'])('does not read %j as a number', (text) => {
    expect(readCell(text).parsed).toEqual({ kind: 'text', value: null });
  });
});

describe('readCell, generated', () => {
  const piece = fc.constantFrom('0', '1', '23', '１', '０', '.', ',', '-', '－', '—', '/', '无', ' ', '\n', '\u00a0', '\u3000', '\u200b',
    '件', '万元', '（', '）', '(', ')', '、', '．', '【', '】', '自然人', '其他', '总计', '不适用', 'N/A', '*');
  it('gives every text the label form normalizeLabel gives it, or the number itself, 1,000 generated texts', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), (text) => {
      const { parsed, norm } = readCell(text);
      expect(norm).toBe(parsed.kind === 'number' && parsed.unit === undefined ? String(parsed.value) : parsed.kind === 'blank' ? '' : normalizeLabel(text));
    }), { numRuns: 1000 });
  });
});

describe('parseCell: a dash before 0', () => {
  it('reads "—0" and "-0" as 0, not −0 (a minus sign typed as a dash)', () => {
    for (const text of ['—0', '-0', '－0']) expect(Object.is(parseCell(text).value, 0)).toBe(true);
  });
});
