/**
 * Error localization on tables drawn in the test: one wrong cell in every position, a blank, two
 * wrong cells, an ambiguous 表四 group, a typing slip, a whole row of zeros; and a property test
 * over generated consistent tables with one cell broken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../../src/core/identities';
import { localize, typingSlip, type Localization } from '../../src/core/localize';
import { REQUESTS_APPLICANT_COLUMNS, REQUESTS_COLUMNS, requestsRowsFor, type Format, type RequestsColumnKey } from '../../src/core/model/forms';
import { inputFrom, zeroReview } from './rules/input';

type Texts = Record<string, Record<string, string>>;

/** A consistent 表三 from per-row applicant counts (outcome rows), carried-over and carried-forward per column. */
function consistentRequests(format: Format, counts: (row: string, column: string) => number, carry: (column: RequestsColumnKey) => [number, number]): Texts {
  const rows = requestsRowsFor(format);
  const out: Texts = {};
  const outcome = rows.filter((r) => r.outcome);
  for (const r of outcome) {
    out[r.key] = {};
    let total = 0;
    for (const c of REQUESTS_APPLICANT_COLUMNS) { const v = counts(r.key, c); out[r.key]![c] = String(v); total += v; }
    out[r.key]!.total = String(total);
  }
  out.total = {}; out.newReceived = {}; out.carriedOver = {}; out.carriedForward = {};
  for (const { key: c } of REQUESTS_COLUMNS) {
    const total = outcome.reduce((s, r) => s + Number(out[r.key]![c]), 0);
    const [over, forward] = c === 'total'
      ? REQUESTS_APPLICANT_COLUMNS.reduce(([a, b], col) => [a + carry(col)[0], b + carry(col)[1]], [0, 0])
      : carry(c);
    out.total[c] = String(total);
    out.carriedOver[c] = String(over);
    out.carriedForward[c] = String(forward);
    out.newReceived[c] = String(total + forward - over);
  }
  return out;
}

const localizeRequests = (requests: Texts, format: Format = '2021') => localize(identitiesOf(inputFrom({ requests, format }).extraction));
const keyOf = (c: { cell: { row: string; column: string }; value: number }) => `${c.cell.row}/${c.cell.column}=${c.value}`;
const fixOf = (results: Localization[]) => results.map((r) => (r.kind === 'unique' ? r.changes.map(keyOf) : r.kind));

const SAMPLE = consistentRequests('2021', (row, column) => (row.length * 7 + column.length * 3) % 9, (column) => [column.length % 3, (column.length + 1) % 4]);

describe('localize: 表三', () => {
  it('finds nothing to fix in a consistent table', () => {
    expect(localizeRequests(SAMPLE)).toEqual([]);
  });

  it.each(requestsRowsFor('2021').flatMap((r) => REQUESTS_COLUMNS.map((c) => [r.key, c.key] as const)))(
    'names %s·%s alone, with its printed value, when it alone is wrong', (row, column) => {
      const original = SAMPLE[row]![column]!;
      const broken = { ...SAMPLE, [row]: { ...SAMPLE[row], [column]: String(Number(original) + 5) } };
      expect(fixOf(localizeRequests(broken))).toEqual([[`${row}/${column}=${original}`]]);
    });

  it('names a blank cell and the value it needs', () => {
    const broken = { ...SAMPLE, partiallyGranted: { ...SAMPLE.partiallyGranted, naturalPerson: '' } };
    expect(fixOf(localizeRequests(broken))).toEqual([[`partiallyGranted/naturalPerson=${SAMPLE.partiallyGranted!.naturalPerson}`]]);
  });

  it('names two wrong cells in different rows and columns', () => {
    const broken = {
      ...SAMPLE,
      granted: { ...SAMPLE.granted, commercial: '40' },
      'denied.stateSecret': { ...SAMPLE['denied.stateSecret'], research: '9' },
    };
    expect(fixOf(localizeRequests(broken))).toEqual([[`granted/commercial=${SAMPLE.granted!.commercial}`, `denied.stateSecret/research=${SAMPLE['denied.stateSecret']!.research}`]]);
  });

  it('lists the candidates when two sets of the same size fit equally, with no fix', () => {
    // one more in 予以公开 and one less in 部分公开 of the 自然人 column keeps the column's total:
    // the two row totals fail, and either row's 自然人 or its 总计 could be the wrong cell
    const broken = { ...SAMPLE, granted: { ...SAMPLE.granted, total: String(Number(SAMPLE.granted!.total) + 2) } };
    const [result] = localizeRequests(broken);
    expect(result!.kind).toBe('unique'); // the 总计 of the row alone: fixes its row, keeps the column
    const ambiguous = {
      ...SAMPLE,
      granted: { ...SAMPLE.granted, naturalPerson: String(Number(SAMPLE.granted!.naturalPerson) + 1), total: String(Number(SAMPLE.granted!.total) + 1) },
      partiallyGranted: { ...SAMPLE.partiallyGranted, naturalPerson: String(Number(SAMPLE.partiallyGranted!.naturalPerson) + 1), total: String(Number(SAMPLE.partiallyGranted!.total) + 1) },
    };
    const results = localizeRequests(ambiguous);
    expect(results.map((r) => r.kind)).toEqual(['candidates']);
  });

  it('cannot explain a whole 总计 row printed 0 by three cells, and names that row', () => {
    const zeros = { ...SAMPLE, total: Object.fromEntries(REQUESTS_COLUMNS.map((c) => [c.key, '0'])) };
    const result = localizeRequests(zeros)[0]!;
    expect(result!.kind).toBe('unexplained');
    if (result!.kind !== 'unexplained') return;
    expect(result.lines.map((l) => `${l.axis}:${l.key}`)).toEqual(['row:total']);
  });

  it('stays silent where an identity cannot be judged (text in a cell)', () => {
    const broken = { ...SAMPLE, granted: { ...SAMPLE.granted, naturalPerson: '不详' } };
    expect(localizeRequests(broken)).toEqual([]);
  });
});

describe('localize: 表四', () => {
  const review = (overrides: Texts) => localize(identitiesOf(inputFrom({ review: zeroReview(overrides) }).extraction));

  it('gives the lone total when only it can take the value (the parts cannot go below 0)', () => {
    // Hongze 2023: 行政复议 10 + 1 + 0 + 0 printed with 总计 0
    expect(fixOf(review({ reconsideration: { upheld: '10', corrected: '1', total: '0' } }))).toEqual([['reconsideration/total=11']]);
  });

  it('lists all five cells of a group whose total is too large, and gives no fix', () => {
    const result = review({ litigationDirect: { upheld: '1', total: '3' } })[0]!;
    expect(result!.kind).toBe('candidates');
    if (result!.kind !== 'candidates') return;
    expect(result.sets.map((s) => s.map(keyOf))).toEqual([
      ['litigationDirect/upheld=3'], ['litigationDirect/corrected=2'], ['litigationDirect/other=2'], ['litigationDirect/pending=2'], ['litigationDirect/total=1'],
    ]);
  });

  it('localizes each failing group on its own', () => {
    const results = review({ reconsideration: { upheld: '10', corrected: '1', total: '0' }, litigationAfterReconsideration: { corrected: '4', pending: '2', total: '0' } });
    expect(fixOf(results)).toEqual([['reconsideration/total=11'], ['litigationAfterReconsideration/total=6']]);
  });
});

describe('typingSlip', () => {
  it.each([
    [174, 147, 'transposed'], [157, 147, 'substituted'], [14, 147, 'dropped'], [1447, 147, 'doubled'], [1487, 147, 'extra'],
    [5, 3, null], [200, 147, null], [147, 147, null], [41, 14, 'transposed'], [16, 6, 'extra'], [0, 60, null], [30, 0, null],
  ] as const)('%i printed for %i: %s', (printed, needed, slip) => {
    expect(typingSlip(printed, needed)).toBe(slip);
  });
});

describe('localize: property', () => {
  const count = fc.integer({ min: 0, max: 60 });
  const table = fc.record({
    format: fc.constantFrom<Format>('2019', '2021'),
    counts: fc.array(count, { minLength: 200, maxLength: 200 }),
    carry: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
  });

  it('names exactly the one changed or blanked cell, with its original value', () => {
    fc.assert(fc.property(table, fc.nat(), fc.integer({ min: -50, max: 50 }), fc.boolean(), ({ format, counts, carry }, pick, delta, blank) => {
      let i = 0;
      const sample = consistentRequests(format, () => counts[i++ % counts.length]!, (c) => {
        const k = REQUESTS_APPLICANT_COLUMNS.indexOf(c);
        return [carry[2 * k]!, carry[2 * k + 1]!];
      });
      const cells = Object.entries(sample).flatMap(([row, cols]) => Object.keys(cols).map((column) => [row, column] as const));
      const [row, column] = cells[pick % cells.length]!;
      const original = Number(sample[row]![column]);
      const printed = blank ? '' : String(original + delta);
      fc.pre(blank ? original !== 0 : delta !== 0);
      const broken = { ...sample, [row]: { ...sample[row], [column]: printed } };
      expect(fixOf(localizeRequests(broken, format))).toEqual([[`${row}/${column}=${original}`]]);
    }), { numRuns: 500 });
  });
});
