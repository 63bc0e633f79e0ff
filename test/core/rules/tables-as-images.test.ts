import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/tables-as-images';
import tableMissing from '../../../src/core/rules/table-missing';
import { inputFrom } from './input';
import { runRules } from '../../../src/core/check';
import { zeroRequests } from './input';

function withImage(section: string) {
  const input = inputFrom({ requests: zeroRequests('2021'), text: ['一、总体情况', section, '五、存在的主要问题及改进情况'] });
  input.article.images.push({ text: '', href: 'table.png', section: input.article.headings[1]!.section });
  return input;
}

describe('tables-as-images', () => {
  it('notes a table published as an image, instead of calling it missing', () => {
    const input = withImage('二、主动公开政府信息情况');
    expect(runRules(input, [rule]).map((f) => [f.severity, f.message])).toEqual([['info', '表二 主动公开政府信息情况以图片形式发布，无法核对其中的数字']]);
    expect(runRules(input, [tableMissing]).map((f) => f.message)).toEqual(['页面上没有找到表四 政府信息公开行政复议、行政诉讼情况']);
  });
  it('is silent when the section\'s table is on the page as a table', () => {
    expect(runRules(withImage('三、收到和处理政府信息公开申请情况'), [rule])).toEqual([]);
  });
});
