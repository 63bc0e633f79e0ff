import { describe, expect, it } from 'vitest';
import { matchSection, readArticle } from '../../src/core/extract/article';

describe('matchSection', () => {
  it.each([
    ['一、总体情况', 1, '一、'],
    ['一、 总 体 情 况', 1, '一、'],
    ['二、主动公开政府信息情况', 2, '二、'],
    ['三、收到和处理政府信息公开申请情况', 3, '三、'],
    ['四、政府信息公开行政复议、行政诉讼情况', 4, '四、'],
    ['五、存在的主要问题及改进情况', 5, '五、'],
    ['五、存在的主要问题及改进', 5, '五、'],
    ['六、其他需要报告的事项', 6, '六、'],
    ['3、收到和处理政府信息公开申请情况（有关情况附表）', 3, '3、'],
    ['其他需要报告的事项', 6, null],
  ])('reads %j as section %i', (line, section, numeral) => {
    expect(matchSection(line)).toMatchObject({ section, numeral });
  });

  it.each([
    '（一）主动公开政府信息情况',
    '本机关主动公开政府信息情况如下。',
    '二、依申请公开工作',
    '2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。',
  ])('does not read %j as a section heading', (line) => {
    expect(matchSection(line)).toBeNull();
  });
});

describe('matchSection with misprints', () => {
  it.each([
    ['四、政府信息公开行政法复议、行政诉讼情况', 4, '四、政府信息公开行政复议、行政诉讼情况'],
    ['二、主动公开政府信自情况', 2, '二、主动公开政府信息情况'],
    ['三、收到和处理政府信息公开申情况', 3, '三、收到和处理政府信息公开申请情况'],
    ['五、存在的主要问题及改进情况况', 5, '五、存在的主要问题及改进情况'],
    ['六、其他需要报告的事頂', 6, '六、其他需要报告的事项'],
    ['一、总休情况', 1, '一、总体情况'],
    ['—、总休情况', 1, '一、总体情况'],
    ['4、政府信息公开行政复议、行政诉讼清况', 4, '四、政府信息公开行政复议、行政诉讼情况'],
  ])('reads %j as section %i, with the format\'s title', (line, section, official) => {
    expect(matchSection(line)).toMatchObject({ section, official });
  });

  it('reads a misprint only where a heading stands: its own numeral first, or a heading element', () => {
    // a sentence that is one edit off a title, without a numeral
    expect(matchSection('主动公开政府信自情况')).toBeNull();
    expect(matchSection('主动公开政府信自情况', true)).toMatchObject({ section: 2, official: '二、主动公开政府信息情况' });
    // the numeral names another section than the words do
    expect(matchSection('三、主动公开政府信自情况')).toBeNull();
    // further off than one edit (two for long titles)
    expect(matchSection('二、主动公开政府工作情况')).toBeNull();
    expect(matchSection('二、主动公开政府信息工作情况')).toBeNull();
  });

  it('reads exactly matched headings without a format title beside them', () => {
    expect(matchSection('四、政府信息公开行政复议、行政诉讼情况')).not.toHaveProperty('official');
  });
});

describe('readArticle: a misprinted title printed without its numeral', () => {
  const text = (t: string) => ({ kind: 'text' as const, text: t, handle: null });
  const unnumbered = (second: string, ...rest: string[]) => readArticle([
    text('总体情况'), text('本年度工作平稳。'), text(second), text('本年主动公开信息12条。'),
    text('收到和处理政府信息公开申请情况'), text('本年收到申请3件。'), ...rest.map(text),
  ]);

  it('is read where its section stands, and the sentences under it are that section\'s', () => {
    const article = unnumbered('主动公开府信息情况');
    expect(article.headings.map((h) => [h.section, h.text, h.official ?? null])).toEqual([
      [1, '总体情况', null], [2, '主动公开府信息情况', '二、主动公开政府信息情况'], [3, '收到和处理政府信息公开申请情况', null],
    ]);
    expect(article.sentences.map((s) => [s.text, s.section])).toEqual([['本年度工作平稳。', 1], ['本年主动公开信息12条。', 2], ['本年收到申请3件。', 3]]);
  });

  it('is no heading away from its section\'s place, or where that section was found already', () => {
    const elsewhere = unnumbered('本年工作如下。', '主动公开府信息情况');
    expect(elsewhere.headings.map((h) => h.section)).toEqual([1, 3]);
    const none = readArticle([text('六、其他需要报告的事项'), text('无其他需要报告的事项')]);
    expect(none.headings.map((h) => h.section)).toEqual([6]);
    expect(none.sentences.map((s) => s.text)).toEqual(['无其他需要报告的事项']);
  });
});

describe('readArticle', () => {
  it('splits lines into sentences at their end marks and keeps the rest of a line', () => {
    const article = readArticle([
      { kind: 'heading', text: '一、总体情况', handle: null },
      { kind: 'text', text: '本年收到申请１２件。 其中予以公开3件；部分公开1件！\n未办结的将结转下年度', handle: null },
    ]);
    expect(article.headings).toEqual([{ section: 1, text: '一、总体情况', numeral: '一、', line: 0 }]);
    expect(article.sentences.map((s) => [s.text, s.norm, s.section, s.line])).toEqual([
      ['本年收到申请１２件。', '本年收到申请12件。', 1, 1],
      ['其中予以公开3件；', '其中予以公开3件;', 1, 1],
      ['部分公开1件！', '部分公开1件!', 1, 1],
      ['未办结的将结转下年度', '未办结的将结转下年度', 1, 2],
    ]);
  });
});
