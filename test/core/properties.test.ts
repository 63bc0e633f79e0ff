/**
 * Property-based tests (fast-check): over generated tables and pages, the core never throws and
 * always returns a result a person can read, valid against the JSON contract. 10,000 generated
 * cases a run: 4,000 grids, 3,000 cell texts, 2,000 generated pages, 1,000 broken real reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, type Analysis } from '../../src/core/check';
import { MAX_GRID_WIDTH, toGrid } from '../../src/core/extract/grid';
import type { RawTable } from '../../src/core/extract/raw';
import { parseCell } from '../../src/core/extract/text';
import { REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_CELLS, REVIEW_GROUPS, ACTIVE_ROWS } from '../../src/core/model/forms';
import { ReportJsonSchema } from '../../src/core/model/schema';
import { RULES } from '../../src/core/rules';
import { parseHtmlDocument } from '../../src/cli/html';
import { fixturePath, rowCells, unreportedCells } from '../helpers';
import { readFileSync } from 'node:fs';

const RULE_IDS = new Set(RULES.map((r) => r.id));
/** Every placeholder the rules' message templates use: none may survive into a message. */
const PLACEHOLDERS = new RegExp([...new Set(RULES.flatMap((r) => Object.values(r.messages).flatMap((m) => m.match(/\{\w+\}/g) ?? [])))]
  .map((p) => p.replace(/[{}]/g, '\\$&')).join('|'));
const KEYS: Record<'requests' | 'review' | 'active', { rows: Set<string>; columns: Set<string> }> = {
  requests: { rows: new Set(REQUESTS_ROWS.map((r) => r.key)), columns: new Set(REQUESTS_COLUMNS.map((c) => c.key)) },
  review: { rows: new Set(REVIEW_GROUPS.map((g) => g.key)), columns: new Set(REVIEW_CELLS.map((c) => c.key)) },
  active: {
    rows: new Set([...ACTIVE_ROWS['2019'], ...ACTIVE_ROWS['2021']].map((r) => r.key)),
    columns: new Set([...ACTIVE_ROWS['2019'], ...ACTIVE_ROWS['2021']].flatMap((r) => r.columns.map((c) => c.key))),
  },
};

/** What every result must be: valid JSON contract, known rule ids, filled messages, valid keys. */
function expectReadable(analysis: Analysis): void {
  expect(ReportJsonSchema.safeParse(analysis.json).success).toBe(true);
  for (const f of analysis.json.findings) {
    expect(RULE_IDS.has(f.ruleId)).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    // (page text may hold braces itself: a generated title "{0}" is quoted as it is)
    expect(f.message).not.toMatch(PLACEHOLDERS);
    expect(f.message).not.toMatch(/undefined|NaN|Infinity|\[object/);
    for (const c of f.cells) {
      if (c.table === 'text') continue;
      expect(KEYS[c.table].rows.has(c.row)).toBe(true);
      expect(KEYS[c.table].columns.has(c.column)).toBe(true);
    }
  }
  expect(JSON.parse(JSON.stringify(analysis.json))).toEqual(analysis.json);
  // no cell of the format goes missing without a finding naming it
  expect(unreportedCells(analysis)).toEqual([]);
}

/** Page text from an alphabet with no Latin letters, so "NaN" or "undefined" can only come from code. */
const pageText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'政府信息公开年度报告申请件条{}<>&"\' 0123456789一二三、。，/—（）\u00a0\u3000１２'), maxLength });

// Texts a cell may hold on a real page, and worse.
const LABELS = [
  ...REQUESTS_ROWS.map((r) => r.label), ...REQUESTS_COLUMNS.map((c) => c.label), ...REVIEW_CELLS.map((c) => c.label),
  '行政复议', '行政诉讼', '申请人情况', '法人或其他组织', '信息内容', '第二十条第（一）项', '本年制发件数', '上一年项目数量', '规章', '行政许可',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '总计', '其他',
];
const cellText = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.integer({ min: -5, max: 99999 }).map(String),
  fc.constantFrom('', '\u00a0', '/', '—', '无', '-', '310 万', '25987（元）', '１２３', '1,234', '18651.06', '不适用', '<b>x</b>', '&nbsp;'),
  pageText(12),
  fc.stringMatching(/^[0-9]{16,40}$/),
);

const rawTable = fc.array(
  fc.record({
    group: fc.integer({ min: 0, max: 3 }),
    cells: fc.array(fc.record({
      text: cellText,
      rowSpan: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 8 })),
      colSpan: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 1000 })),
    }), { maxLength: 9 }),
  }),
  { maxLength: 14 },
).map((rows): RawTable => ({
  handle: null,
  rows: [...rows].sort((a, b) => a.group - b.group).map((r) => ({ group: r.group, handle: null, cells: r.cells.map((c) => ({ ...c, handle: null })) })),
}));

describe('toGrid over generated tables', () => {
  it('never throws; every slot points at a real cell; the width stays bounded', () => {
    fc.assert(fc.property(rawTable, (raw) => {
      const grid = toGrid(raw);
      const slotsValid = grid.slots.every((line) => line.every((id) => id === -1 || (id >= 0 && id < grid.cells.length)));
      const rowsDistinct = grid.slots.every((_, r) => {
        const ids = rowCells(grid, r).map((c) => c.cell.id);
        return new Set(ids).size === ids.length;
      });
      const spansInside = grid.cells.every((c) => c.rowSpan >= 0 && c.row + c.rowSpan <= raw.rows.length && c.col + c.colSpan <= MAX_GRID_WIDTH);
      expect([grid.slots.length, grid.width <= MAX_GRID_WIDTH, slotsValid, rowsDistinct, spansInside]).toEqual([raw.rows.length, true, true, true, true]);
    }), { numRuns: 4000 });
  });
});

describe('parseCell over generated text', () => {
  it('never throws, never invents a number, and reads full-width digits', () => {
    fc.assert(fc.property(fc.oneof(cellText, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 20 })), (text) => {
      const parsed = parseCell(text);
      expect(['number', 'blank', 'placeholder', 'text']).toContain(parsed.kind);
      if (parsed.kind === 'number') {
        expect(Number.isFinite(parsed.value)).toBe(true);
        expect(Math.abs(parsed.value!)).toBeLessThan(1e15);
      } else expect(parsed.value).toBeNull();
    }), { numRuns: 2500 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
      const fullWidth = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      expect(parseCell(fullWidth)).toEqual({ kind: 'number', value: n });
    }), { numRuns: 500 });
  });
});

const esc = (s: string) => s.replace(/&(?!nbsp;)/g, '&amp;').replace(/</g, '&lt;');
const htmlTable = (raw: RawTable, nested: string) => `<table>${raw.rows.map((r) => `<tr>${r.cells.map((c, i) =>
  `<td${c.rowSpan !== 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan !== 1 ? ` colspan="${c.colSpan}"` : ''}>${esc(c.text)}${i === 0 ? nested : ''}</td>`).join('')}</tr>`).join('')}</table>`;

const page = fc.record({
  title: fc.oneof(fc.constant('某县人民政府2023年政府信息公开工作年度报告'), pageText(30), fc.constant('')),
  paragraphs: fc.array(fc.oneof(
    fc.constantFrom('一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项',
      '本年共收到申请12件，予以公开5件，占41.7%。', '行政复议3件，均获维持。', '统计期限为2023年1月1日至11月30日。', '2023年12月1日'),
    pageText(40),
  ), { maxLength: 8 }),
  tables: fc.array(fc.tuple(rawTable, fc.boolean()), { maxLength: 4 }),
});

describe('the whole check over generated pages', () => {
  it('never throws and returns a readable, valid result', () => {
    fc.assert(fc.property(page, ({ title, paragraphs, tables }) => {
      const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')
        + tables.map(([raw, nest]) => htmlTable(raw, nest ? '<table><tr><td>1</td></tr></table>' : '')).join('<p>续表</p>');
      const doc = parseHtmlDocument(`<html><head><title>${esc(title)}</title></head><body><div id="zoom">${body}</div></body></html>`);
      expectReadable(checkDocument(doc, ''));
    }), { numRuns: 2000 });
  });
});

describe('the whole check over broken copies of real reports', () => {
  const sources = ['seeds/002_27ba472c7186d65d.html', 'corpus/shanghai-bangongting-2019-fragment.html', 'corpus/pingtan-2024-article.html', 'corpus/test-city-2025-clean.html']
    .map((f) => readFileSync(fixturePath(...f.split('/')), 'utf8'));
  // A mutation: pick the n-th <td> of the page and replace its text, span, or the cell itself.
  const mutation = fc.record({
    source: fc.integer({ min: 0, max: sources.length - 1 }),
    edits: fc.array(fc.record({
      cell: fc.nat(),
      kind: fc.constantFrom('text', 'rowspan', 'colspan', 'remove', 'duplicate'),
      text: cellText,
      span: fc.integer({ min: 0, max: 30 }),
    }), { minLength: 1, maxLength: 6 }),
  });

  it('never throws and returns a readable, valid result', () => {
    fc.assert(fc.property(mutation, ({ source, edits }) => {
      const doc = parseHtmlDocument(sources[source]!);
      const cells = Array.from(doc.getElementsByTagName('td'));
      for (const edit of edits) {
        const td = cells[edit.cell % cells.length]!;
        if (edit.kind === 'text') td.textContent = edit.text;
        else if (edit.kind === 'rowspan') td.setAttribute('rowspan', String(edit.span));
        else if (edit.kind === 'colspan') td.setAttribute('colspan', String(edit.span));
        else if (edit.kind === 'remove') td.remove();
        else td.after(td.cloneNode(true));
      }
      expectReadable(checkDocument(doc, ''));
    }), { numRuns: 1000 });
  });
});
