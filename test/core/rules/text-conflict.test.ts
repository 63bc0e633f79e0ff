import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-conflict';
import { run, zeroRequests } from './input';

describe('text-conflict', () => {
  it('is silent when a figure is stated once, or twice alike', () => {
    expect(run(rule, { year: 2021, text: ['截止目前，主动公开政府信息38条，其他方式公开政府信息15条。', '全年主动公开政府信息38条。'] })).toEqual([]);
  });
  it('warns when the same figure is stated twice differently (青石镇 2021: 38 vs 43 条)', () => {
    const [f] = run(rule, { year: 2021, text: ['截止目前，主动公开政府信息38条，其他方式公开政府信息15条。', '2021年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）43条。'] });
    expect(f!.message).toBe('主动公开政府信息数前后不一：先说 38 条，后说 43 条');
    expect(f!.cells.map((c) => 'quote' in c && c.quote.slice(0, 8))).toEqual(['截止目前，主动公', '2021年本行政']);
  });
  it('does not compare figures of different years or parts', () => {
    expect(run(rule, { year: 2020, text: ['2020年我镇共主动公开政府信息2027条。', '2019年主动公开政府信息1530条。'] })).toEqual([]);
    expect(run(rule, { year: 2020, text: ['共主动公开政府信息2027条。', '其中，主动公开政府信息200条涉及扶贫。'] })).toEqual([]);
  });

  describe('a received count broken down by applicant', () => {
    const requests = zeroRequests('2021', { newReceived: { naturalPerson: '50', commercial: '5', otherOrg: '2', total: '57' }, total: { naturalPerson: '50', commercial: '5', otherOrg: '2', total: '57' } });
    const check = (line: string) => run(rule, { year: 2024, requests, text: [line] }).map((f) => f.message);

    it('is silent when the parts agree with the total and with 表三, or list only some applicants', () => {
      expect(check('本年度共收到政府信息公开申请57件，其中自然人50件、法人或其他组织7件。')).toEqual([]);
      expect(check('本年度共收到政府信息公开申请，共计57件，涉及自然人50件、商业企业5件。')).toEqual([]);
    });

    it('warns when the parts add up to more than the total, or name every applicant and add up to less', () => {
      expect(check('本年度共收到政府信息公开申请57件，其中自然人52件、商业企业5件、其他2件。')).toEqual([
        '正文说收到申请 57 件，所列自然人 52 件、商业企业 5 件、其他 2 件合计 59 件，与总数不符',
        '正文说自然人的申请 52 件，表三本年新收·自然人为 50 件',
      ]);
      expect(check('共收到政府信息公开申请57件，其中自然人50件、法人或其他组织5件。')).toEqual([
        '正文说收到申请 57 件，所列自然人 50 件、法人或其他组织 5 件合计 55 件，与总数不符',
        '正文说法人或其他组织的申请 5 件，表三本年新收·法人或其他组织为 7 件',
      ]);
    });

    it('names the 表三 cells a differing part is read against', () => {
      const [person, organisations] = run(rule, { year: 2024, requests, text: ['共收到政府信息公开申请57件，其中自然人48件、法人或其他组织9件。'] });
      expect(person!.cells.slice(1)).toEqual([{ table: 'requests', row: 'newReceived', column: 'naturalPerson' }]);
      expect(organisations!.cells.slice(1).map((c) => 'column' in c && c.column)).toEqual(['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg']);
    });

    it('does not read a breakdown of other things, or of another scope', () => {
      expect(check('共收到政府信息公开申请57件，其中区政府办12件、区住建局9件。')).toEqual([]);
      expect(check('全区各部门共收到申请120件，其中自然人100件、法人或其他组织20件。')).toEqual([]);
      expect(check('共收到申请57件，其中自然人50件，较上年增加5件。')).toEqual([]);
    });
  });
});
