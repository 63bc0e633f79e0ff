/**
 * The history rules on real consecutive reports of one body (平潭综合实验区 2020 → 2021, a change
 * of table format), on broken copies of them, and the batch's way of adding history findings
 * after the fact against one check with `previous`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, historyFindings, withHistory } from '../../src/core/check';
import { snapshotOf } from '../../src/core/snapshot';
import { parseHtmlDocument } from '../../src/cli/html';
import { checkFixture, fixturePath, ruleIdsOf } from './../helpers';

const page = (name: string) => readFileSync(fixturePath('corpus', name), 'utf8');
const HISTORY_RULES = ruleIdsOf('history');
const historyOf = <F extends { ruleId: string }>(findings: F[]) => findings.filter((f) => HISTORY_RULES.has(f.ruleId));

/**
 * A page with the values of one 表三 row replaced, in order (the row's label and its seven value
 * cells, each the only number in its cell's markup).
 */
function withRowValues(html: string, label: string, values: number[]): string {
  const at = html.indexOf(label);
  const start = html.lastIndexOf('<tr', at);
  const end = html.indexOf('</tr>', at);
  let k = 0;
  const row = html.slice(at, end).replace(/>(\d+)</g, (match) => (k < values.length ? `>${values[k++]}<` : match));
  expect(k).toBe(values.length);
  return html.slice(0, start) + html.slice(start, at) + row + html.slice(end);
}

/** The 2021 report published again as 2022's: the years in its words changed, nothing else. */
const as2022 = (html: string) => html.replace(/2021(\s*)年/g, '2022$1年');

describe('history rules on real reports of 平潭综合实验区', () => {
  const y2020 = checkFixture('corpus', 'pingtan-2020-page.html');
  const y2021 = checkFixture('corpus', 'pingtan-2021-page.html');
  const previous2020 = snapshotOf(y2020, 'pingtan-2020-page.html');
  const previous2021 = snapshotOf(y2021, 'pingtan-2021-page.html');

  it('the real pair 2020 → 2021 is silent: 上年结转 0 = 结转下年度 0, 5 of 44 sentences repeat, 表二 changed format', () => {
    expect(y2020.json.tables.requests!.rows.carriedForward).toMatchObject({ naturalPerson: 0, total: 0 });
    expect(y2021.json.tables.requests!.rows.carriedOver).toMatchObject({ naturalPerson: 0, total: 0 });
    expect(historyFindings(snapshotOf(y2021, 'b'), previous2020)).toEqual([]);
    const again = checkDocument(parseHtmlDocument(page('pingtan-2021-page.html')), '', { previous: previous2020 });
    expect(historyOf(again.findings)).toEqual([]);
  });

  it('2021 and 2024 are not consecutive: nothing is compared', () => {
    expect(historyFindings(snapshotOf(checkFixture('corpus', 'pingtan-2024-page.html'), 'c'), previous2021)).toEqual([]);
  });

  it('a 2022 report that carries over 2021’s 1/0/0/0/0/0/1 is silent for history-carryover', () => {
    const html = withRowValues(as2022(page('pingtan-2021-page.html')), '二、上年结转', [1, 0, 0, 0, 0, 0, 1]);
    const next = checkDocument(parseHtmlDocument(html), '', { previous: previous2021 });
    expect(next.meta.year).toBe(2022);
    expect(next.json.tables.requests!.rows.carriedOver).toEqual({ naturalPerson: 1, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 1 });
    expect(historyOf(next.findings).map((f) => f.ruleId)).not.toContain('history-carryover');
  });

  it('2021’s report republished as 2022’s: the carry-over, the documents in force and the copy are all found', () => {
    const copy = checkDocument(parseHtmlDocument(as2022(page('pingtan-2021-page.html'))), '', { previous: previous2021 });
    const found = historyOf(copy.findings);
    expect(found.map((f) => [f.ruleId, f.messageId])).toEqual([
      ['history-carryover', 'differs'], ['history-in-force', 'differs'], ['history-duplicate', 'text'],
    ]);
    expect(found[0]!.message).toBe('本年“二、上年结转”与 2021 年报告的“四、结转下年度继续办理”不一致：自然人 0（上年结转下年度 1）、总计 0（上年结转下年度 1）（上年报告：pingtan-2021-page.html）');
    expect(found[1]!.message).toContain('行政规范性文件：现行有效件数 665，而 2021 年报告的现行有效件数 665 + 本年制发 69 − 本年废止 3 = 731');
    expect(found[2]!.message).toMatch(/^正文 100% 的句子（44\/44 句）与 2021 年报告相同/);
  });

  it('a broken copy of last year (its 结转下年度 changed) makes the real next year’s report fire', () => {
    // 2020's 结转下年度 edited to 2 (自然人) and 2 (总计): the real 2021 report carried over 0.
    const broken = withRowValues(page('pingtan-2020-page.html'), '四、结转下年度', [2, 0, 0, 0, 0, 0, 2]);
    const previous = snapshotOf(checkDocument(parseHtmlDocument(broken), ''), 'pingtan-2020-broken.html');
    const [f, ...rest] = historyFindings(snapshotOf(y2021, 'b'), previous);
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('history-carryover');
    expect(f!.message).toContain('自然人 0（上年结转下年度 2）、总计 0（上年结转下年度 2）（上年报告：pingtan-2020-broken.html）');
    expect(f!.cells).toEqual([
      { table: 'requests', row: 'carriedOver', column: 'naturalPerson' }, { table: 'requests', row: 'carriedOver', column: 'total' },
    ]);
  });

  it('adding history findings after the check gives exactly the findings of one check with `previous`', () => {
    const html = as2022(page('pingtan-2021-page.html'));
    const alone = checkDocument(parseHtmlDocument(html), '');
    const paired = checkDocument(parseHtmlDocument(html), '', { previous: previous2021 });
    const added = withHistory(alone.findings, historyFindings(snapshotOf(alone, ''), previous2021));
    expect(added).toEqual(paired.findings);
    expect(historyOf(added).length).toBeGreaterThan(0);
  });

  it('the bodies of the real Hongze PDFs are named differently (洪泽区人民政府, 淮安市洪泽区人民政府): not paired', async () => {
    const { readReportFile } = await import('../../src/cli/read-report-file');
    const { checkPage } = await import('../../src/core/check');
    const snap = async (name: string) => {
      const file = await readReportFile(new Uint8Array(readFileSync(fixturePath('binary', name))), name);
      return snapshotOf(checkPage(file.page, file.detection), name);
    };
    const [a, b] = [await snap('huaian-hongze-qu-2023.pdf'), await snap('huaian-hongze-qu-2024.pdf')];
    expect([a.agency, a.year, b.agency, b.year]).toEqual(['洪泽区人民政府', 2023, '淮安市洪泽区人民政府', 2024]);
    expect(historyFindings(b, a)).toEqual([]);
    // Were they paired, the figures would agree: 5 in force + 3 issued − 0 repealed = 8.
    expect(historyFindings(b, { ...a, agency: b.agency })).toEqual([]);
  });
});
