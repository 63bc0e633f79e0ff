/**
 * Real published pages (test/fixtures/corpus, see MANIFEST.tsv): a golden JSON of each page's
 * extraction and findings, the manifest's known defects found, its clean parts silent, and
 * broken copies of each page (one number changed, one cell blanked) caught on the right cells.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import { REQUESTS_COLUMNS, REQUESTS_ROWS, requestsRowsFor, REVIEW_CELLS, type TableId } from '../../src/core/model/forms';
import { ReportJsonSchema, type ReportJson } from '../../src/core/model/schema';
import { readArticle } from '../../src/core/extract/article';
import { readDom } from '../../src/core/extract/read-dom';
import { compact } from '../../src/core/extract/text';
import { checkFixture, errorsOf, fixturePath, flatten, idsOf, loadDocument, unreportedCells } from '../helpers';

type Rows = Record<string, Record<string, number | null> | undefined>;
/** A cell's value in the JSON contract (表三 nests its rows under "rows"). */
function valueIn(json: ReportJson, table: 'active' | 'requests' | 'review', row: string, column: string): number | null | undefined {
  const rows = (table === 'requests' ? json.tables.requests?.rows : json.tables[table]) as Rows | undefined;
  return rows?.[row]?.[column];
}

const PAGES = readdirSync(fixturePath('corpus')).filter((f) => f.endsWith('.html')).sort();

describe.each(PAGES)('corpus page %s', (page) => {
  const analysis = checkFixture('corpus', page);

  it('matches its reviewed golden JSON', () => {
    const golden = fixturePath('corpus', page.replace(/\.html$/, '.golden.json'));
    const actual = `${JSON.stringify(analysis.json, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    expect(existsSync(golden), `${golden} missing: run npm run golden and review it`).toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('is detected, has the three tables, and satisfies the JSON contract', () => {
    expect(analysis.detected).toBe(true);
    expect(Object.keys(analysis.json.tables)).toEqual(['active', 'requests', 'review']);
    expect(ReportJsonSchema.safeParse(analysis.json).success).toBe(true);
  });

  it('names every cell of its format it does not read', () => {
    expect(unreportedCells(analysis)).toEqual([]);
  });

  it('reads every 表三 and 表四 cell of its format', () => {
    const rows = REQUESTS_ROWS.filter((r) => r.formats.includes(analysis.format!));
    expect(Object.keys(analysis.json.tables.requests!.rows)).toEqual(rows.map((r) => r.key));
    for (const r of rows) expect(Object.keys(analysis.json.tables.requests!.rows[r.key]!)).toHaveLength(7);
    expect(Object.values(analysis.json.tables.review!).map((g) => Object.keys(g!).length)).toEqual([5, 5, 5]);
  });
});

describe('the manifest\'s facts', () => {
  it('Shanghai 2019: 总计 column blank on the outcome rows, found on every such row', () => {
    const a = checkFixture('corpus', 'shanghai-bangongting-2019-fragment.html');
    expect(a.json.meta).toEqual({ title: '2019年上海市人民政府办公厅政府信息公开工作年度报告', agency: '上海市人民政府办公厅', year: 2019, format: '2019', publishedAt: '2020-01-31' });
    const rowTotal = a.findings.filter((f) => f.ruleId === 'requests-row-total');
    const outcomeRowsWithValues = REQUESTS_ROWS.filter((r) => r.outcome && r.formats.includes('2019'))
      .filter((r) => Object.entries(a.json.tables.requests!.rows[r.key]!).some(([c, v]) => c !== 'total' && v));
    expect(rowTotal.map((f) => f.cells.at(-1))).toEqual(outcomeRowsWithValues.map((r) => ({ table: 'requests', row: r.key, column: 'total', text: '' })));
    expect(flatten(a.findings.filter((f) => f.ruleId === 'requests-outcome-total')).map(([, cells]) => cells.at(-1))).toEqual(['requests.total.total']);
    expect(idsOf(a.findings)).toContain('cell-blank');
    expect(flatten(a.findings.filter((f) => f.ruleId === 'cell-unit'))).toEqual([['cell-unit', ['active.procurement.amount']]]);
    expect(idsOf(a.findings)).not.toContain('requests-balance');
    expect(idsOf(a.findings)).not.toContain('review-group-total');
  });

  it('Shanghai 2019: the text\'s 258 (table 275), 265 (table 337) and "均获维持" (3 尚未审结) are found', () => {
    const a = checkFixture('corpus', 'shanghai-bangongting-2019-fragment.html');
    const text = a.findings.filter((f) => f.ruleId.startsWith('text-'));
    expect(text.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['text-requests', 'warning', '正文说予以公开及部分公开 258 件，表三为 275 件'],
      ['text-requests', 'warning', '正文说无法提供 265 件，表三为 337 件'],
      ['text-review', 'warning', expect.stringContaining('有 3 件不是维持')],
      ['text-percentage', 'info', '「258件占33.9%」：按同段其他比例共用的基数 805 计算应为 32.0%'],
    ]);
    expect(text[0]!.cells[0]).toEqual({ table: 'text', quote: '予以公开及部分公开258件，占33.9%；' });
  });

  it('Shanghai 2019: 表四 read as printed (行政复议 5 + 2 = 7, 诉讼 8 + 1 = 9)', () => {
    const a = checkFixture('corpus', 'shanghai-bangongting-2019-fragment.html');
    expect(a.json.tables.review!.reconsideration).toEqual({ upheld: 5, corrected: null, other: null, pending: 2, total: 7 });
    expect(a.json.tables.review!.litigationDirect).toEqual({ upheld: 8, corrected: null, other: null, pending: 1, total: 9 });
  });

  it('沭阳 2023: five 法人 columns blank, 规范性文件 in a 2021 表二, identities hold', () => {
    const a = checkFixture('corpus', 'shuyang-fagaiju-2023-article.html');
    expect(a.json.meta).toMatchObject({ agency: '沭阳县发展和改革局', year: 2023, format: '2021', publishedAt: '2024-01-17' });
    const blank = a.findings.find((f) => f.ruleId === 'cell-blank')!;
    const legalColumns = REQUESTS_COLUMNS.slice(1, 6).map((c) => c.key);
    expect(new Set(blank.cells.map((c) => 'column' in c && c.column))).toEqual(new Set(legalColumns));
    expect(blank.cells).toHaveLength(requestsRowsFor('2021').length * legalColumns.length);
    // the finding is about the row label: one cell keys it in the JSON, the page marks the label itself
    expect(flatten(a.findings.filter((f) => f.ruleId === 'format-mixed'))).toEqual([['format-mixed', ['active.normativeDocuments.issued']]]);
    expect(a.labelsOf(a.findings.find((f) => f.ruleId === 'format-mixed')!).map((l) => l.text)).toEqual(['规范性文件']);
    expect(a.json.tables.active!.normativeDocuments).toEqual({ issued: 8, repealed: 0, inForce: 18 });
    expect(errorsOf(a.findings)).toEqual([]);
  });

  it.each(['pingtan-2024-article.html', 'pingtan-2024-page.html', 'jinjing-2020-page.html', 'test-city-2025-clean.html'])('%s is clean: no finding of warning or error level', (page) => {
    expect(checkFixture('corpus', page).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('金井 2020: its one note is the heading "一总体情况" without its 、', () => {
    expect(flatten(checkFixture('corpus', 'jinjing-2020-page.html').findings)).toEqual([['section-numbering', ['text:一总体情况']]]);
  });

  it('洪泽 2023 (PDF text layer): 行政复议 总计 0 beside 维持 10 + 纠正 1 is found', () => {
    const a = checkFixture('corpus', 'hongze-2023-pdf-text.html');
    const review = a.findings.filter((f) => f.ruleId === 'review-group-total');
    expect(review.map((f) => f.message)).toContain('行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11 ≠ 总计 0，差 11；非零项：结果维持 10、结果纠正 1');
    // the total is the one cell that can take the value: the parts cannot go below 0
    const suspects = a.findings.filter((f) => f.ruleId === 'suspect-cell');
    expect(suspects.map((f) => [f.messageId, f.fix])).toEqual([
      ['unique', [{ cell: { table: 'review', row: 'reconsideration', column: 'total' }, value: 11 }]],
      ['candidates', undefined],
    ]);
    expect(suspects[0]!.message).toBe('行政复议·总计 印为 0；若为 11，表四的 1 个等式全部成立');
    // the same printed row also gives 复议后起诉 维持 5 with 总计 0
    expect(flatten(review).map(([, cells]) => cells.at(-1))).toEqual(['review.reconsideration.total', 'review.litigationAfterReconsideration.total']);
  });

  it('洪泽 2024 (PDF text layer): "区政府办代表区政府受理…17件" beside 表三\'s 95 stays silent; 表三 holds', () => {
    const a = checkFixture('corpus', 'hongze-2024-pdf-text.html');
    expect(valueIn(a.json, 'requests', 'newReceived', 'total')).toBe(95);
    expect(idsOf(a.findings).filter((id) => id.startsWith('text-') || id.startsWith('requests-'))).toEqual([]);
  });

  it('平潭 2024: the article region and the whole page read the same tables', () => {
    expect(checkFixture('corpus', 'pingtan-2024-page.html').json.tables).toEqual(checkFixture('corpus', 'pingtan-2024-article.html').json.tables);
  });

  it('平潭 2024: spot values', () => {
    const t = checkFixture('corpus', 'pingtan-2024-page.html').json.tables;
    expect(t.active!.fees).toEqual({ amount: 18651.06 });
    expect(t.requests!.rows.newReceived).toMatchObject({ naturalPerson: 217, commercial: 1, total: 218 });
    expect(t.review!.litigationAfterReconsideration).toEqual({ upheld: 13, corrected: 2, other: 4, pending: 0, total: 19 });
  });

  it('平潭 2020: the outcome rows sum to 26 against （七）总计 20; 予以公开 or 部分公开 counted twice, equally likely', () => {
    const a = checkFixture('corpus', 'pingtan-2020-page.html');
    expect(flatten(errorsOf(a.findings)).map(([id, cells]) => [id, cells.at(-1)])).toEqual([
      ['suspect-cell', 'requests.partiallyGranted.total'],
      ['requests-outcome-total', 'requests.total.naturalPerson'],
      ['requests-outcome-total', 'requests.total.total'],
    ]);
    const suspect = a.findings[0]!;
    expect(suspect.messageId).toBe('candidates');
    expect(suspect.fix).toBeUndefined();
    expect(flatten([suspect])[0]![1]).toEqual(['requests.granted.naturalPerson', 'requests.granted.total', 'requests.partiallyGranted.naturalPerson', 'requests.partiallyGranted.total']);
  });

  it('平潭 2021: clean, and its 结转下年度 is what the 2022 report carries over', () => {
    const a = checkFixture('corpus', 'pingtan-2021-page.html');
    expect(a.findings).toEqual([]);
    expect(a.json.tables.requests!.rows.carriedForward).toEqual({ naturalPerson: 1, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 1 });
  });

  it('金井 2020: 2019 format with the purchase amount in 元 in the header', () => {
    const a = checkFixture('corpus', 'jinjing-2020-page.html');
    expect(a.json.meta).toMatchObject({ year: 2020, format: '2019', publishedAt: '2021-01-26' });
    expect(a.json.tables.active!.procurement).toEqual({ projects: 17, amount: 8810055 });
  });
});

/** Copies of each page with one 表三 or 表四 number changed: the identities through it must fail. */
describe.each(PAGES)('a broken copy of %s', (page) => {
  const clean = checkFixture('corpus', page);
  const cleanErrors = new Set(errorsOf(clean.findings).map((f) => `${f.ruleId}:${f.message}`));

  it.each([
    ['requests', 'granted', 'naturalPerson', ['requests-outcome-total', 'requests-row-total']],
    ['requests', 'newReceived', 'total', ['requests-balance', 'requests-row-total']],
    ['requests', 'carriedForward', 'commercial', ['requests-balance', 'requests-row-total']],
    ['review', 'reconsideration', 'pending', ['review-group-total']],
  ] as const)('%s.%s.%s + 7 breaks %j, and the suspect is that cell', (table, row, column, rules) => {
    const doc = loadDocument('corpus', page);
    const cell = checkDocument(doc, '').locate({ table, row, column }) as Element;
    expect(cell).toBeDefined();
    const value = valueIn(checkDocument(doc, '').json, table, row, column) ?? 0;
    cell.textContent = String(value + 7);
    const broken = checkDocument(doc, '');
    const newErrors = errorsOf(broken.findings).filter((f) => !cleanErrors.has(`${f.ruleId}:${f.message}`));
    expect([...new Set(newErrors.map((f) => f.ruleId))].sort()).toEqual([...rules, 'suspect-cell'].sort());
    const suspect = newErrors.find((f) => f.ruleId === 'suspect-cell')!;
    const tableWasSound = !clean.findings.some((f) => f.ruleId === 'suspect-cell' && f.cells.some((c) => c.table === table));
    for (const f of newErrors) if (f !== suspect || tableWasSound) expect(flatten([f])[0]![1]).toContain(`${table}.${row}.${column}`);
    if (!tableWasSound) return; // already failing there (Shanghai's 表三, Hongze 2023's 表四): the suspect explains both
    if (table === 'requests') {
      // a 表三 cell is in two or three identities, and no other cell is in the same ones: it is named alone
      expect(suspect.messageId).toBe('unique');
      expect(suspect.fix).toEqual([{ cell: { table, row, column }, value }]);
    } else if (table === 'review') {
      // a 表四 cell is in one identity only: it is one of the candidates (or the one whose fix is a count)
      expect(['unique', 'candidates']).toContain(suspect.messageId);
    }
  });

  it('a blanked 表三 total shows as blank and fails the identities it is in', () => {
    const doc = loadDocument('corpus', page);
    const cell = checkDocument(doc, '').locate({ table: 'requests', row: 'newReceived', column: 'total' }) as Element;
    const had = valueIn(checkDocument(doc, '').json, 'requests', 'newReceived', 'total');
    cell.innerHTML = '&nbsp;';
    const broken = checkDocument(doc, '');
    expect(valueIn(broken.json, 'requests', 'newReceived', 'total')).toBeNull();
    const blank = broken.findings.find((f) => f.ruleId === 'cell-blank')!;
    expect(flatten([blank])[0]![1]).toContain('requests.newReceived.total');
    if (had) expect(idsOf(errorsOf(broken.findings))).toContain('requests-balance');
  });
});

/** Misprints as typing makes them, near a label's end or middle: a character wrong, missing, extra; two swapped. */
const MISPRINTS: [string, (text: string) => string][] = [
  ['a character wrong', (t) => t.replace(/\p{Script=Han}(?=[^\p{Script=Han}]*$)/u, '某')],
  ['a character missing', (t) => t.replace(/\p{Script=Han}(?=\p{Script=Han}[^\p{Script=Han}]*$)/u, '')],
  ['a character extra', (t) => t.replace(/(\p{Script=Han})(?=[^\p{Script=Han}]*$)/u, '$1的')],
  ['two characters swapped', (t) => {
    const han = [...t.matchAll(/\p{Script=Han}/gu)].map((m) => m.index!);
    const i = han.findIndex((at, k) => k >= Math.floor(han.length / 2) - 1 && han[k + 1] === at + 1 && t[at] !== t[at + 1]);
    return i < 0 ? t : t.slice(0, han[i]) + t[han[i]! + 1] + t[han[i]!] + t.slice(han[i]! + 2);
  }],
];

/**
 * Copies of each page with one label misprinted (issue 16): each row label of 表二 and 表三 and
 * each column label of the three tables. A misprint never makes a wrong value: every cell read has the
 * clean page's value; and it is always reported, read (label-wording quotes it) or not
 * (table-row-missing names the cells that are not read).
 */
describe.each(PAGES)('misprinted labels on %s', (page) => {
  const doc = loadDocument('corpus', page);
  const clean = checkDocument(doc, '');
  const cleanCells = new Map(['active', 'requests', 'review'].flatMap((t) => clean.extraction.tables[t as 'active']!.cells.all().map((c) => [`${t}/${c.row}/${c.column}`, c.value] as const)));
  const labelBefore = (ref: { table: TableId; row: string; column: string }) => (clean.locate(ref) as Element).previousElementSibling!;
  const rowLabels = [
    ...clean.extraction.tables.requests!.cells.all().filter((c) => c.column === 'naturalPerson').map((c) => labelBefore(c)),
    ...[...new Set(clean.extraction.tables.active!.cells.all().map((c) => c.row))].map((row) => labelBefore(clean.extraction.tables.active!.cells.row(row)[0]!)),
  ];
  const columnLabels = [...new Set(clean.extraction.formatSignals.filter((s) => s.cells.length === 1).map((s) => s.source.cell.handle as Element))];
  const leaves = new Set([...REQUESTS_COLUMNS, ...REVIEW_CELLS].map((c) => c.label));
  const headerLeaves = [...doc.getElementsByTagName('td')].filter((td) => leaves.has(compact(td.textContent ?? '')));

  it('reads each label misprinted (the four ways in turn) with the clean values, and reports it', () => {
    [...rowLabels, ...columnLabels, ...headerLeaves].forEach((label, i) => {
      const [, misprint] = MISPRINTS[(i + PAGES.indexOf(page)) % MISPRINTS.length]!;
      const original = label.innerHTML;
      const text = misprint(label.textContent!);
      if (text === label.textContent) return;
      label.textContent = text;
      const broken = checkDocument(doc, '');
      label.innerHTML = original;
      for (const table of ['active', 'requests', 'review'] as const) {
        for (const c of broken.extraction.tables[table]?.cells.all() ?? []) expect([text, c.row, c.column, c.value]).toEqual([text, c.row, c.column, cleanCells.get(`${table}/${c.row}/${c.column}`)]);
      }
      const quoted = broken.findings.some((f) => f.ruleId === 'label-wording' && compact(f.message).includes(compact(text)));
      const named = broken.findings.some((f) => f.ruleId === 'table-row-missing');
      expect([text, quoted || named]).toEqual([text, true]);
      expect(unreportedCells(broken)).toEqual([]);
    });
  });
});

/** Each section heading of each page misprinted: still read as its section, and quoted by label-wording. */
describe.each(PAGES)('misprinted headings on %s', (page) => {
  const doc = loadDocument('corpus', page);
  const clean = checkDocument(doc, '');
  const missing = (a: typeof clean) => a.findings.filter((f) => f.ruleId === 'section-missing');
  const texts = new Set(readArticle(readDom(doc, '').blocks).headings.map((h) => compact(h.text)));
  // the innermost element holding each heading's whole text
  const holders = [...doc.querySelectorAll('body *')]
    .filter((e) => texts.has(compact(e.textContent ?? '')) && ![...e.children].some((c) => compact(c.textContent ?? '') === compact(e.textContent ?? '')));

  it('reads each heading misprinted (the four ways in turn, in its title) as its section, and quotes it', () => {
    expect(holders.length).toBeGreaterThanOrEqual(6);
    holders.forEach((holder, i) => {
      const [, misprint] = MISPRINTS[(i + PAGES.indexOf(page)) % MISPRINTS.length]!;
      const original = holder.innerHTML;
      const [title, note = ''] = holder.textContent!.split(/(?=[（(])/);
      const text = misprint(title!) + note;
      holder.textContent = text;
      const broken = checkDocument(doc, '');
      holder.innerHTML = original;
      expect([text, missing(broken)]).toEqual([text, missing(clean)]);
      const quoted = broken.findings.some((f) => f.ruleId === 'label-wording' && f.cells.some((c) => c.table === 'text' && compact(c.quote) === compact(text)));
      expect([text, quoted]).toEqual([text, true]);
    });
  });
});

describe('rows whose cells do not line up with the header', () => {
  it('an extra empty cell before a row\'s values: the row is reported, not read one column off', () => {
    const doc = loadDocument('corpus', 'test-city-2025-clean.html');
    const first = checkDocument(doc, '').locate({ table: 'requests', row: 'granted', column: 'naturalPerson' }) as Element;
    first.before(doc.createElement('td'));
    const a = checkDocument(doc, '');
    expect(a.json.tables.requests!.rows.granted).toBeUndefined();
    const misaligned = a.findings.find((f) => f.ruleId === 'table-row-misaligned')!;
    expect(misaligned.message).toContain('（一）予以公开');
    // no identity is judged on numbers read one column off
    expect(a.findings.filter((f) => f.ruleId === 'requests-row-total')).toEqual([]);
  });
});
