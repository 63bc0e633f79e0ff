import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-active';
import { run, zeroActive } from './input';

const active2021 = zeroActive('2021', {
  regulations: { issued: '1', repealed: '0', inForce: '5' },
  normativeDocuments: { issued: '3', repealed: '1', inForce: '18' },
  licensing: { decisions: '550' }, penalty: { decisions: '4119' }, enforcement: { decisions: '195' },
});
const check = (text: string, active = active2021, format: '2019' | '2021' = '2021') => run(rule, { year: 2023, format, active, text: [text] }).map((f) => f.message);

describe('text-active', () => {
  it('is silent when the text states 表二\'s figures', () => {
    for (const text of [
      '本年制发行政规范性文件3件，废止规范性文件1件，现行有效行政规范性文件18件。',
      '行政规范性文件本年制发3件、废止1件、现行有效18件。',
      '全年作出行政许可决定550件、行政处罚4119件，实施行政强制措施195件。',
      '制定规章1件，现行有效规章5件。',
    ]) expect(check(text), text).toEqual([]);
  });

  it('warns when a stated figure differs, naming the cell as the format labels it', () => {
    expect(check('本年制发行政规范性文件4件。')).toEqual(['正文说本年制发行政规范性文件 4 件，表二行政规范性文件·本年制发件数为 3 件']);
    expect(check('行政规范性文件本年制发3件、废止2件、现行有效18件。')).toEqual(['正文说行政规范性文件废止 2 件，表二行政规范性文件·本年废止件数为 1 件']);
    expect(check('作出行政处罚决定4120件。')).toEqual(['正文说行政处罚 4120 件，表二行政处罚·本年处理决定数量为 4119 件']);
    const [finding] = run(rule, { year: 2023, active: active2021, text: ['现行有效行政规范性文件20件。'] });
    expect(finding!.cells).toEqual([{ table: 'text', quote: '现行有效行政规范性文件20件。' }, { table: 'active', row: 'normativeDocuments', column: 'inForce' }]);
  });

  it('reads the 2019 format\'s columns: 新制作, 新公开 (上海 2019: "主动公开规章13件，行政规范性文件60件")', () => {
    const active2019 = zeroActive('2019', { regulations: { newlyMade: '13', newlyPublished: '13' }, normativeDocuments: { newlyMade: '60', newlyPublished: '60' } });
    expect(check('2019年，通过“中国上海”门户网站、《上海市人民政府公报》等平台主动公开规章13件，行政规范性文件60件，市政府其他文件162件，人事任免文件141件。', active2019, '2019')).toEqual([]);
    expect(check('主动公开规章13件，行政规范性文件61件。', active2019, '2019')).toEqual(['正文说主动公开行政规范性文件 61 件，表二规范性文件·本年新公开数量为 60 件']);
    // the 2019 format has no 废止 column: nothing to compare (平潭 2020)
    expect(check('经清理，已宣布废止规范性文件5件，拟适时修改3件，实现规范性文件动态管理。', active2019, '2019')).toEqual([]);
  });

  it('stays silent where it cannot tell which cell a number is (real sentences of the corpus)', () => {
    for (const text of [
      '按时编辑出版《上海市人民政府公报》，全年共编发公报24期，刊登政府规章、规范性文件等112件，部门规范性文件45件，政策解读83件。',
      '全年公开公文类政府信息共152条，其中行政法规、规章和规范性文件5条。',
      '政策、规范性文件类信息80条，规划计划类信息21条，行政许可类信息40条。',
      '全年办理行政许可申请500件。',
      '办理行政许可和行政处罚共4669件。',
      '2022年制发行政规范性文件7件。',
      '其中，区司法局制发行政规范性文件2件。',
      '累计现行有效行政规范性文件100件。',
    ]) expect(check(text), text).toEqual([]);
  });

  it('stays silent without 表二, or where its cell is not a number', () => {
    expect(run(rule, { year: 2023, text: ['本年制发行政规范性文件4件。'] })).toEqual([]);
    expect(check('本年制发行政规范性文件4件。', zeroActive('2021', { normativeDocuments: { issued: '' } }))).toEqual([]);
  });
});
