/**
 * The five seed reports rendered as portal pages (test/fixtures/seeds/render-seeds.mjs): the
 * defects their text shows must be found, and nothing else at error level.
 */
import { describe, expect, it } from 'vitest';
import { REQUESTS_COLUMNS } from '../../src/core/model/forms';
import { checkFixture, errorsOf, flatten, ruleIdsOf } from '../helpers';

const seed = (id: string) => checkFixture('seeds', `${id}.html`);
const TABLE_RULES = ruleIdsOf('table');

describe('seed 002 (建胜镇 2019): 12 applications, （七）总计 left blank', () => {
  const analysis = seed('002_27ba472c7186d65d');

  it('reads the twelve applications and the blank total row', () => {
    const rows = analysis.json.tables.requests!.rows;
    expect(rows.newReceived).toEqual({ naturalPerson: 1, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 11, total: 12 });
    expect(rows.granted).toEqual(rows.newReceived);
    expect(Object.values(rows.total!)).toEqual(Array(7).fill(null));
    expect(rows['unavailable.unclear']).toEqual(Object.fromEntries(REQUESTS_COLUMNS.map((c) => [c.key, 0])));
    expect(analysis.json.tables.review!.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });

  it('fails the balance and the outcome total in the 自然人, 其他 and 总计 columns only', () => {
    const balance = flatten(analysis.findings.filter((f) => f.ruleId === 'requests-balance'));
    expect(balance).toEqual(['naturalPerson', 'otherOrg', 'total'].map((c) => ['requests-balance', [
      `requests.newReceived.${c}`, `requests.carriedOver.${c}`, `requests.total.${c}`, `requests.carriedForward.${c}`,
    ]]));
    const outcome = analysis.findings.filter((f) => f.ruleId === 'requests-outcome-total');
    expect(outcome.map((f) => f.cells.at(-1))).toEqual(['naturalPerson', 'otherOrg', 'total'].map((c) => ({ table: 'requests', row: 'total', column: c, text: '' })));
    // every operand is named: 19 outcome rows of the 2019 format plus the total
    expect(outcome.every((f) => f.cells.length === 20)).toBe(true);
  });

  it('writes the arithmetic out', () => {
    const total = analysis.findings.find((f) => f.ruleId === 'requests-balance' && f.message.startsWith('总计'))!;
    expect(total.message).toContain('12 + 0 ≠ 0 + 0');
  });

  it('lists the seven cells of （七）总计 as blank', () => {
    const blank = analysis.findings.filter((f) => f.ruleId === 'cell-blank');
    expect(flatten(blank)).toEqual([['cell-blank', REQUESTS_COLUMNS.map((c) => `requests.total.${c.key}`)]]);
  });

  it('reads "310 万" as 310 with its unit reported', () => {
    expect(analysis.json.tables.active!.procurement).toEqual({ projects: 108, amount: 310 });
    expect(flatten(analysis.findings.filter((f) => f.ruleId === 'cell-unit'))).toEqual([['cell-unit', ['active.procurement.amount']]]);
  });
});

describe('seed 001 (营前镇 2020): one blank cell', () => {
  const analysis = seed('001_a08cb715eddb1a18');
  it('lists 结转下年度·商业企业 as blank and raises no error', () => {
    expect(flatten(analysis.findings.filter((f) => f.ruleId === 'cell-blank'))).toEqual([['cell-blank', ['requests.carriedForward.commercial']]]);
    expect(errorsOf(analysis.findings)).toEqual([]);
  });
  it('reads a 2019-format 表二 with an extra empty column', () => {
    expect(analysis.json.tables.active!.fees).toEqual({ previousYear: 0, change: 0 });
    expect(analysis.json.tables.active!.procurement).toEqual({ projects: 0, amount: 0 });
  });
});

describe('seeds 000, 001, 003, 004: no error from the table rules', () => {
  it.each(['000_f12ce59a37313f78', '001_a08cb715eddb1a18', '003_3d0c788e75154c05', '004_721881aa274abb1a'])('%s', (id) => {
    const analysis = seed(id);
    expect(analysis.detected).toBe(true);
    expect(Object.keys(analysis.json.tables)).toEqual(['active', 'requests', 'review']);
    expect(errorsOf(analysis.findings).filter((f) => TABLE_RULES.has(f.ruleId))).toEqual([]);
  });
});

describe('seed 003 (青石镇 2021): the 2021 format', () => {
  const analysis = seed('003_3d0c788e75154c05');
  it('is read as the 2021 format with the three （六） sub-rows', () => {
    expect(analysis.json.meta).toMatchObject({ agency: '集安市青石镇人民政府', year: 2021, format: '2021', publishedAt: '2021-12-10' });
    const rows = analysis.json.tables.requests!.rows;
    expect(Object.keys(rows)).toContain('other.unpaidFee');
    expect(rows.other).toBeUndefined();
    expect(analysis.json.tables.active!.fees).toEqual({ amount: 0 });
  });
});

describe('seed 004 (柴河镇 2019): values printed on the rows above their labels', () => {
  const analysis = seed('004_721881aa274abb1a');
  it('does not move the numbers, and says where they sit', () => {
    const rows = analysis.json.tables.requests!.rows;
    expect(Object.values(rows.granted!)).toEqual(Array(7).fill(null));
    const misaligned = analysis.findings.filter((f) => f.ruleId === 'table-row-misaligned');
    expect(misaligned).toHaveLength(1);
    expect(misaligned[0]!.severity).toBe('warning');
    expect(misaligned[0]!.message).toContain('「三、」行');
    expect(new Set(misaligned[0]!.cells.map((c) => 'row' in c && c.row))).toEqual(new Set(['granted', 'partiallyGranted']));
  });
  it('reads "25987（元）" as 25987', () => {
    expect(analysis.json.tables.active!.procurement).toEqual({ projects: 4, amount: 25987 });
  });
});

describe('the words around the tables (issue: structure, dates, text-versus-table)', () => {
  const ids = (id: string) => seed(id).findings.map((f) => f.ruleId);

  it('003 (青石镇 2021): signed 2021年12月10日, no fee statement, （或本部门） left in, 38 vs 43 条', () => {
    const a = seed('003_3d0c788e75154c05');
    const find = (rule: string) => a.findings.find((f) => f.ruleId === rule)!;
    expect(find('meta-date-before-period-end')).toMatchObject({ severity: 'error', cells: [{ table: 'text', quote: '2021年12月10日' }] });
    expect(find('content-fee').severity).toBe('warning');
    expect(find('content-template-residue').message).toBe('正文留有模板文字「（或本部门）」');
    expect(find('text-conflict').message).toBe('主动公开政府信息数前后不一：先说 38 条，后说 43 条');
  });

  it('004 (柴河镇 2019): "五部分" while six are present', () => {
    const claim = seed('004_721881aa274abb1a').findings.find((f) => f.ruleId === 'section-count-claim')!;
    expect(claim.message).toBe('正文说报告有 5 个部分，实际有 6 个部分的标题');
    expect(claim.cells[0]).toMatchObject({ table: 'text', quote: expect.stringContaining('等五部分') });
  });

  it('001 (营前镇 2020): 二、 twice, and no body in the title', () => {
    const a = seed('001_a08cb715eddb1a18');
    expect(a.findings.find((f) => f.ruleId === 'section-order')!.message).toBe('第二部分的标题出现了 2 次：「二、主动公开政府信息情况」');
    expect(a.findings.find((f) => f.ruleId === 'meta-title')!.message).toBe('标题「2020年政府信息公开工作年度报告」没有写明报告机关');
  });

  it.each(['000_f12ce59a37313f78', '001_a08cb715eddb1a18', '002_27ba472c7186d65d', '003_3d0c788e75154c05', '004_721881aa274abb1a'])('%s: a people\'s government report without assessment results', (id) => {
    expect(ids(id)).toContain('content-assessment');
  });

  it('raises no text error on seeds whose dates and text are sound', () => {
    for (const id of ['000_f12ce59a37313f78', '001_a08cb715eddb1a18', '002_27ba472c7186d65d', '004_721881aa274abb1a']) {
      expect(seed(id).findings.filter((f) => f.severity === 'error' && !TABLE_RULES.has(f.ruleId))).toEqual([]);
    }
  });
});
