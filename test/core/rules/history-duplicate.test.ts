import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/history-duplicate';
import { foldSentence } from '../../../src/core/snapshot';
import { runWithPrevious, SIX_SECTIONS, type InputSpec } from './input';

/** A report's article: the six headings, each followed by its sentences. */
function article(bySection: string[][]): string[] {
  return SIX_SECTIONS.flatMap((heading, i) => [heading, ...(bySection[i] ?? [])]);
}
const body = (year: number) => [
  [`${year}年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。`, `全年共主动公开政府信息${year - 2000}00条，其中规范性文件${year - 2010}件。`,
    '持续优化政府门户网站栏目设置，规范信息发布审核流程。', '加强政务新媒体管理，对无人维护的账号进行关停。'],
  ['主动公开政府信息情况详见下表。', '本年度继续做好规范性文件库的动态更新。'],
  [`${year}年共收到政府信息公开申请${year - 1950}件，均在法定期限内予以答复。`, '进一步规范依申请公开登记、审核、办理、答复、归档等环节。'],
  ['全年未发生因政府信息公开引起的行政复议和行政诉讼案件。'],
  ['一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。', '二是部分重点领域信息公开深度不足。', '下一步将丰富政策解读形式和方式。'],
  [`${year}年，无收取信息处理费情况。`],
];
const report = (year: number, text: string[], more: InputSpec = {}): InputSpec => ({ agency: '平潭综合实验区', year, text, ...more });

describe('history-duplicate', () => {
  it('folds years, numbers, punctuation and spaces before comparing', () => {
    expect(foldSentence('2023年，共收到申请 75 件，办结率100%。')).toBe(foldSentence('2024年共收到申请80件、办结率 99.5%'));
    expect(foldSentence('2023年共收到申请75件')).not.toBe(foldSentence('2023年共办结申请75件'));
  });

  it('warns when the text is last year’s with the years and numbers changed, and names the sections', () => {
    const [f, ...rest] = runWithPrevious(rule, report(2024, article(body(2024))), report(2023, article(body(2023))));
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.messageId).toBe('text');
    expect(f!.message).toBe('正文 100% 的句子（13/13 句）与 2023 年报告相同（年份、数字不计）：一、总体情况 4/4 句、二、主动公开政府信息情况 2/2 句、'
      + '三、收到和处理政府信息公开申请情况 2/2 句、四、政府信息公开行政复议、行政诉讼情况 1/1 句、五、存在的主要问题及改进情况 3/3 句、六、其他需要报告的事项 1/1 句（上年报告：prev.html）');
  });

  it('lists only the sections that repeat, and stays silent under half', () => {
    const rewritten = body(2024).map((sentences, i) => (i < 2 ? sentences.map((s) => `经过认真梳理，${s}`) : sentences));
    const [f] = runWithPrevious(rule, report(2024, article(rewritten)), report(2023, article(body(2023))));
    expect(f!.message).toBe('正文 53% 的句子（7/13 句）与 2023 年报告相同（年份、数字不计）：三、收到和处理政府信息公开申请情况 2/2 句、'
      + '四、政府信息公开行政复议、行政诉讼情况 1/1 句、五、存在的主要问题及改进情况 3/3 句、六、其他需要报告的事项 1/1 句（上年报告：prev.html）');
    const moreRewritten = body(2024).map((sentences, i) => (i < 3 ? sentences.map((s) => `经过认真梳理，${s}`) : sentences));
    expect(runWithPrevious(rule, report(2024, article(moreRewritten)), report(2023, article(body(2023))))).toEqual([]);
  });

  it('does not judge short reports, other bodies or years apart', () => {
    const short = [SIX_SECTIONS[0]!, ...body(2024)[0]!];
    expect(runWithPrevious(rule, report(2024, short), report(2023, short))).toEqual([]);
    const text = article(body(2024));
    expect(runWithPrevious(rule, report(2024, text), report(2022, text))).toEqual([]);
    expect(runWithPrevious(rule, report(2024, text), report(2023, text, { agency: '平潭综合实验区金井片区管理局' }))).toEqual([]);
  });
});
