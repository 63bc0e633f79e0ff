import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/cli/html';
import { elementText, readDom } from '../../src/core/extract/read-dom';
import { parseCell, readCell } from '../../src/core/extract/text';

const page = (body: string) => readDom(parseHtmlDocument(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`));
const cellTexts = (body: string) => page(body).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('readDom cells', () => {
  it('reads a Word cell (one <p>, spans, <o:p>) as its plain text', () => {
    expect(cellTexts('<table><tr><td><p class="MsoNormal"><span>12</span><span lang="EN-US"><o:p></o:p></span></p></td></tr></table>'))
      .toEqual([[['12']]]);
  });

  it('keeps numbers apart across <br> and blocks, so they are not read as one number', () => {
    const [br, blocks] = cellTexts('<table><tr><td>3<br>4</td><td><p>1</p><p>2</p></td></tr></table>')[0]![0]!;
    expect(br).toMatch(/^3\s+4$/);
    expect(blocks!.trim()).toMatch(/^1\s+2$/);
    expect(parseCell(br!).kind).toBe('text');
    expect(parseCell(blocks!).kind).toBe('text');
  });

  it('keeps a number in a block apart from a number beside it', () => {
    const beside = cellTexts('<table><tr><td><p>1</p>2</td></tr></table>')[0]![0]![0];
    expect(parseCell(beside!).kind).toBe('text');
  });

  it('reads a label split over blocks as one label, and a one-digit value wrapped in blocks as itself', () => {
    expect(cellTexts('<table><tr><td><p>其他</p><p>处理</p></td><td><p><span>7</span></p><p></p></td></tr></table>'))
      .toEqual([[['其他处理', '7']]]);
  });

  it('leaves out style and script inside a cell', () => {
    expect(cellTexts('<table><tr><td><style>.x{color:red}</style><span>自然人</span><script>var a = 1;</script></td></tr></table>'))
      .toEqual([[['自然人']]]);
  });

  it('reads a nested table apart and leaves the cell that holds it empty', () => {
    const tables = cellTexts('<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>旁</td></tr></table>');
    expect(tables).toEqual([[['', '旁']], [['内']]]);
  });

  it('reads spans, ignoring nonsense values', () => {
    const [table] = page('<table><tr><td rowspan="2" colspan=" 3 ">a</td><td rowspan="x" colspan="-1">b</td></tr></table>').tables;
    expect(table!.rows[0]!.cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([[2, 3], [1, 1]]);
  });
});

describe('readDom article', () => {
  it('reads the content container, not the navigation around it', () => {
    const blocks = page('<div class="nav"><p>首页 导航 栏目</p></div><div class="TRS_Editor"><p>一、总体情况</p><p>' + '正文'.repeat(120) + '</p></div>').blocks;
    expect(blocks.map((b) => b.text.slice(0, 6))).toEqual(['一、总体情况', '正文正文正文']);
  });

  it('falls back to the body when no container has enough text or a table', () => {
    const blocks = page('<div class="content"><p>短</p></div><p>二、主动公开政府信息情况</p>').blocks;
    expect(blocks.map((b) => b.text)).toEqual(['短', '二、主动公开政府信息情况']);
  });
});

describe('readDom cells, generated', () => {
  // The fast path (one textContent) must read every cell exactly as the node-by-node walk does:
  // same kind, value and label form. Cells are built from the pieces real pages use.
  const piece = fc.oneof(
    fc.constantFrom('0', '7', '12', '１２', '3 4', '自然人', '其他', '处理', '（三）', '1.', '—', '/', '无', ' ', '\u00a0', '\u3000', '件', '万元'),
    fc.constantFrom('<br>', '<o:p></o:p>', '<style>.x{color:red}</style>', '<script>var a = 1;</script>', '<span></span>'),
  );
  const wrap = fc.constantFrom((s: string) => s, (s: string) => `<p>${s}</p>`, (s: string) => `<span>${s}</span>`, (s: string) => `<div>${s}</div>`);
  const cell = fc.array(fc.tuple(wrap, fc.array(piece, { maxLength: 3 })), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([w, ps]) => w(ps.join(''))).join(''));

  it('reads a cell the same way as the exact walk, 1,000 generated cells', () => {
    fc.assert(fc.property(cell, (inner) => {
      const doc = parseHtmlDocument(`<!doctype html><html><body><table><tr><td>${inner}</td></tr></table></body></html>`);
      const fast = readDom(doc).tables[0]!.rows[0]!.cells[0]!.text;
      const exact = elementText(doc.getElementsByTagName('td')[0]!);
      expect(readCell(fast)).toEqual(readCell(exact));
    }), { numRuns: 1000 });
  });
});
