import { describe, expect, it } from 'vitest';
import type { ListedReport } from '../../src/core/extract/list-page';
import { listRows, shownRows, type ListedOutcome } from '../../src/ui/list-model';
import { checkFixture } from '../helpers';

const listed = (text: string): ListedReport => ({ text, href: `http://www.example.gov.cn/${text}.html`, year: null, date: null, sameSite: true, kind: 'page' });

describe('the list view\'s rows', () => {
  const reports = ['a', 'b', 'c', 'd'].map(listed);
  const outcomes = new Map<number, ListedOutcome>([
    [0, { analysis: checkFixture('corpus', 'test-city-2025-clean.html') }],
    [1, { analysis: checkFixture('seeds', '002_27ba472c7186d65d.html') }],
    [2, { error: 'HTTP 404' }],
  ]);
  const rows = listRows(reports, outcomes);

  it('are the CLI\'s summary rows of what has been checked, in the list\'s order', () => {
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(rows[0]!.summary).toMatchObject({ errors: 0, agency: '测试市', year: 2025 });
    expect(Number(rows[1]!.summary!.errors)).toBeGreaterThan(0);
    expect(rows[2]).toMatchObject({ viewable: false, note: '无法读取：HTTP 404' });
    expect(rows[3]!.summary).toBeNull();
  });

  it('sort worst first (unreadable, then most errors) or by year, unchecked rows last; filter to those with errors', () => {
    expect(shownRows(rows, 'worst', false).map((r) => r.index)).toEqual([2, 1, 0, 3]);
    expect(shownRows(rows, 'list', true).map((r) => r.index)).toEqual([1]);
    expect(shownRows(rows, 'year', false).map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });
});
