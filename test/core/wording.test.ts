import { describe, expect, it } from 'vitest';
import { editDistance, official, tolerance, within, wordsOf, wordsWithoutNumbering } from '../../src/core/extract/wording';

describe('wordsOf', () => {
  it('keeps the words only: punctuation of either width, spaces and line breaks go', () => {
    expect(wordsOf('3.危及“三安全一稳定”')).toBe(wordsOf('3、危及"三安全一稳定"'));
    expect(wordsOf('（二）部分公开（区分处理的，只计这一情形，\n不计其他 情形）')).toBe('二部分公开区分处理的只计这一情形不计其他情形');
    expect(wordsOf('四、政府信息公开行政复议、行政诉讼情况')).toBe('四政府信息公开行政复议行政诉讼情况');
  });

  it('can leave out the leading numbering', () => {
    expect(wordsWithoutNumbering('（七）总计')).toBe('总计');
    expect(wordsWithoutNumbering('2、重复申请')).toBe('重复申请');
    expect(wordsWithoutNumbering('（三）1.属于国家秘密')).toBe('属于国家秘密');
    expect(wordsWithoutNumbering('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
  });
});

describe('editDistance', () => {
  const official = '政府信息公开行政复议行政诉讼情况';
  it('counts a character missing, one extra, one wrong, and two swapped as one edit each', () => {
    expect(editDistance('政府信息公开行政法复议行政诉讼情况', official, 2)).toBe(1);
    expect(editDistance('政府信息公开行政复议行政诉讼情', official, 2)).toBe(1);
    expect(editDistance('政府信息公开行政复议行政诉讼清况', official, 2)).toBe(1);
    expect(editDistance('政府信息公开行政议复行政诉讼情况', official, 2)).toBe(1);
    expect(editDistance(official, official, 2)).toBe(0);
  });

  it('stops beyond the allowed edits', () => {
    expect(editDistance('主动公开政府信息情况', official, 2)).toBe(3);
    expect(editDistance('2其他法律行政止公开', '2其他法律行政法规禁止公开', 1)).toBe(2);
    expect(editDistance('2其他法律行政止公开', '2其他法律行政法规禁止公开', 5)).toBe(3);
  });
});

describe('within', () => {
  const columns = ['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((text) => official(text, text));

  it('finds the one official wording a misprint is close to', () => {
    expect(within(wordsOf('本年新制做数量'), columns).map((c) => c.key)).toEqual(['本年新制作数量']);
    expect(within(wordsOf('本年新 公开 数量'), columns).map((c) => c.key)).toEqual(['本年新公开数量']);
  });

  it('finds two when a misprint is as close to both: such a label is not matched', () => {
    expect(within(wordsOf('本年新制开数量'), columns).map((c) => c.key)).toEqual(['本年新制作数量', '本年新公开数量']);
  });

  it('allows no edit on words of fewer than four characters, two on twelve and more', () => {
    expect([3, 4, 11, 12].map(tolerance)).toEqual([0, 1, 1, 2]);
    expect(within('其它', [official('other', '其他')])).toEqual([]);
  });
});
