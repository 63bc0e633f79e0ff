import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-requests';
import { run, zeroRequests } from './input';

const requests = zeroRequests('2021', {
  newReceived: { naturalPerson: '95', total: '95' },
  granted: { naturalPerson: '50', total: '50' },
  partiallyGranted: { naturalPerson: '9', total: '9' },
  'unavailable.notHeld': { naturalPerson: '31', total: '31' },
  'unavailable.needsCreation': { naturalPerson: '1', total: '1' },
  total: { naturalPerson: '95', total: '95' },
});

describe('text-requests', () => {
  it('is silent when the text agrees with 表三', () => {
    expect(run(rule, { year: 2024, requests, text: ['2024年，共受理政府信息公开申请95件。予以公开50件，部分公开9件，无法提供32件。'] })).toEqual([]);
  });
  it('warns when a stated count differs, quoting the sentence and naming the cells', () => {
    const [f] = run(rule, { year: 2024, requests, text: ['予以公开及部分公开55件，占57.9%；'] });
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('正文说予以公开及部分公开 55 件，表三为 59 件');
    expect(f!.cells[0]).toEqual({ table: 'text', quote: '予以公开及部分公开55件，占57.9%；' });
    expect(f!.cells.slice(1).map((c) => 'row' in c && `${c.row}.${c.column}`)).toContain('granted.total');
  });
  it('uses the row sum where the 总计 cell is blank (Shanghai: 258 + 12 + 1 + 1)', () => {
    const blankTotals = zeroRequests('2019', { granted: { naturalPerson: '258', commercial: '12', otherOrg: '2', total: '' }, partiallyGranted: { naturalPerson: '3', total: '' } });
    const [f] = run(rule, { year: 2019, format: '2019', requests: blankTotals, text: ['予以公开及部分公开258件，占33.9%；'] });
    expect(f!.message).toBe('正文说予以公开及部分公开 258 件，表三为 275 件');
  });
  it('stays silent when the sentence speaks for part of the body or another year (洪泽 2024: 17 vs 95)', () => {
    expect(run(rule, { year: 2024, requests, text: ['2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。'] })).toEqual([]);
    expect(run(rule, { year: 2024, requests, text: ['2023年共受理申请40件。'] })).toEqual([]);
    expect(run(rule, { year: 2024, requests, text: ['其中，区住建局收到申请12件。'] })).toEqual([]);
  });
  it('accepts a count that includes last year\'s carried-over applications', () => {
    const carried = zeroRequests('2021', { newReceived: { total: '10' }, carriedOver: { total: '2' }, total: { total: '12' } });
    expect(run(rule, { year: 2021, requests: carried, text: ['全年共受理申请12件。'] })).toEqual([]);
  });
  it('checks "未收到申请" against 本年新收', () => {
    expect(run(rule, { year: 2019, requests: zeroRequests('2021'), text: ['本年度没有接到公众、法人或其他组织要求公开政府信息的申请。'] })).toEqual([]);
    const [f] = run(rule, { year: 2024, requests, text: ['本年度未收到政府信息公开申请。'] });
    expect(f!.message).toBe('正文说没有收到申请，表三本年新收为 95 件');
  });
  it('reads only applications for information (real sentences from other reports)', () => {
    // 湛江 2023: licensing applications are another matter
    expect(run(rule, { year: 2024, requests, text: ['2024年，我办全年未收到行政许可申请；全年未接到信息公开申请；各栏目共刊发文稿44篇。'] }))
      .toEqual([expect.objectContaining({ message: '正文说没有收到申请，表三本年新收为 95 件' })]);
    expect(run(rule, { year: 2024, requests, text: ['全年办理行政许可申请500件。'] })).toEqual([]);
    // 沭阳 2023: "收到依申请信息公开26件" is an application count
    expect(run(rule, { year: 2024, requests, text: ['2024年度我局共收到依申请信息公开26件。'] })).toEqual([expect.objectContaining({ message: '正文说收到申请 26 件，表三为 95 件' })]);
  });
  it('does not read 主动公开 or 依申请公开 prose as outcome counts', () => {
    expect(run(rule, { year: 2024, requests, text: ['主动公开政府信息2428条，依申请公开工作规范高效。'] })).toEqual([]);
  });

  it('reads the received count in the phrasings reports use', () => {
    const agree = [
      '本年度接收政府信息公开申请95件。', '全年共收到95件申请，均已按期答复。', '本年度共收到政府信息公开申请，共计95件。',
      '本年度受理政府信息公开申请共计95件。', '全年依申请公开政府信息95件。', '2024年新收政府信息公开申请95件。',
    ];
    for (const line of agree) expect(run(rule, { year: 2024, requests, text: [line] }), line).toEqual([]);
    for (const line of agree) {
      const off = line.replace('95', '96');
      expect(run(rule, { year: 2024, requests, text: [off] }).map((f) => f.message), off).toEqual(['正文说收到申请 96 件，表三为 95 件']);
    }
  });

  it('reads the total of a count broken down by applicant; 其中 introduces the parts there', () => {
    expect(run(rule, { year: 2024, requests, text: ['本年度共收到政府信息公开申请95件，其中自然人95件。'] })).toEqual([]);
    expect(run(rule, { year: 2024, requests, text: ['本年度共收到政府信息公开申请97件，其中自然人90件、法人或其他组织7件。'] }).map((f) => f.message))
      .toEqual(['正文说收到申请 97 件，表三为 95 件']);
    // 其中 that names a part of the body, not of the applicants, still keeps the sentence out
    expect(run(rule, { year: 2024, requests, text: ['全区共收到政府信息公开申请120件，其中区政府办95件。'] })).toEqual([]);
  });

  it('does not read a result counted after 依申请公开 as applications', () => {
    expect(run(rule, { year: 2024, requests, text: ['依申请公开予以公开50件。'] })).toEqual([]);
  });

  it('stays silent on real sentences of the corpus that agree or speak of more than the body', () => {
    const pingtan2021 = zeroRequests('2021', { newReceived: { naturalPerson: '64', socialWelfare: '2', otherOrg: '4', total: '70' }, total: { total: '69' }, carriedForward: { total: '1' } });
    expect(run(rule, { year: 2021, requests: pingtan2021, text: ['本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。'] })).toEqual([]);
    expect(run(rule, { year: 2020, requests, text: ['2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。'] })).toEqual([]);
    expect(run(rule, { year: 2019, requests, text: ['市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；'] })).toEqual([]);
  });
});
