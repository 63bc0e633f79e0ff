import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/content-template-residue';
import { run } from './input';

describe('content-template-residue', () => {
  it('finds template text left in (青石镇: 本行政区域（或本部门）)', () => {
    const [f] = run(rule, { text: ['2021年本行政区域（或本部门）政府信息公开发布总数量43条。'] });
    expect(f!.message).toBe('正文留有模板文字「（或本部门）」');
    expect(run(rule, { text: ['XX县人民政府办公室负责解释。'] })).toHaveLength(1);
  });
  it('does not take xx inside a web address for a placeholder', () => {
    expect(run(rule, { text: ['可在本单位网页（http://xxgk-jy.cbs.gov.cn/）上查阅。'] })).toEqual([]);
  });
});
