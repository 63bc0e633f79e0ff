import { describe, expect, it } from 'vitest';
import { readLabels, requestsDeviations } from '../../src/core/extract/requests-labels';
import { readSections, type RequestsRow } from '../../src/core/extract/sections';
import { streamOf } from '../helpers';
import { REQUESTS_HEADER, requestsRow } from './drawn';

const zeros = Array<number>(7).fill(0);
const DENIED = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益'];
/** 表三 rows read from a drawn 表三: header, then one row per label with seven zeros. */
const rowsOf = (...labels: string[]) => readLabels(readSections(streamOf([...REQUESTS_HEADER, ...labels.map((l) => requestsRow(l, ...zeros))])).requests);
const keys = (rows: RequestsRow[]) => rows.map((r) => [r.key, r.matched ?? 'label']);

describe('readLabels', () => {
  it('reads a label one character off the form by its wording', () => {
    expect(keys(rowsOf('1.属于国家秘密', '2.其他法律行政法规禁止公卡', '3.危及“三安全一稳定”'))).toEqual([
      ['denied.stateSecret', 'label'], ['denied.prohibitedByLaw', 'label'], ['denied.safetyStability', 'label'],
    ]);
    expect(keys(rowsOf('4.保护第三方合法权益', '5.属于三类内部事物信息', '6.属于四类过程性信息'))[1]).toEqual(['denied.internalAffairs', 'wording']);
    expect(keys(rowsOf('（五）不予处理1.信访举报投诉类申请', '2.重复申清'))[1]).toEqual(['notProcessed.duplicate', 'wording']);
    expect(keys(rowsOf('3.要求提供公开出版物', '4.无正当理由大量返复申请'))[1]).toEqual(['notProcessed.massRepeated', 'wording']);
  });

  it('reads a label further off by its place between the rows before and after it (the Hongze misprint)', () => {
    const rows = rowsOf(DENIED[0]!, '2.其他法律行政止公开', DENIED[2]!);
    expect(keys(rows)).toEqual([['denied.stateSecret', 'label'], ['denied.prohibitedByLaw', 'place'], ['denied.safetyStability', 'label']]);
  });

  it('does not read such a label away from its place, and says what it is near', () => {
    const rows = rowsOf('2.其他法律行政止公开', '2.重复申请');
    expect(keys(rows)).toEqual([[null, 'label'], ['notProcessed.duplicate', 'label']]);
    // one edit off a row that stands elsewhere in the fixed order: not read either
    const away = rowsOf('5.属于三类内部事务信息', '2.没右现成信息需要另行制做', '6.属于四类过程性信息');
    expect(keys(away)[1]).toEqual([null, 'label']);
    expect(away[1]!.near).toEqual({ labels: ['2.没有现成信息需要另行制作'], inPlace: false });
  });

  it('does not read a label near two rows of the form', () => {
    // one edit from 一、本年新收… and two from 二、上年结转…: either could be meant
    const rows = rowsOf('一、上年新收政府信息公开申请数量', '（一）予以公开');
    expect(keys(rows)[0]).toEqual([null, 'label']);
    expect(rows[0]!.near).toEqual({ labels: ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'], inPlace: true });
  });

  it('reads a label broken over two lines whole, from the line with the values', () => {
    const rows = readLabels(readSections(streamOf([...REQUESTS_HEADER,
      requestsRow('3.补正后申请内容仍', 1, 0, 0, 0, 0, 0, 1), requestsRow('不明确', '', '', '', '', '', '', '')])).requests);
    expect(rows.map((r) => [r.key, r.label.text])).toEqual([['unavailable.unclear', '3.补正后申请内容仍不明确']]);
  });
});

describe('requestsDeviations', () => {
  const deviations = (...labels: string[]) => rowsOf(...labels).flatMap((r) => (r.key ? requestsDeviations(r.key, r) : []));

  it('finds none where the label is the form\'s, punctuation, spaces and numbering aside', () => {
    expect(deviations('（一）予以公开', '3、危及"三安全一稳定"', '（七） 总 计', '（三）不予公开1.属于国家秘密')).toEqual([]);
  });

  it('finds a label that matched the loose pattern but is not the form\'s wording', () => {
    expect(deviations('1.本机关不掌握相关信息')).toEqual([{ printed: '1.本机关不掌握相关信息', official: '1.本机关不掌握相关政府信息' }]);
    expect(deviations('2.其他法律行政法规禁止公卡')).toEqual([{ printed: '2.其他法律行政法规禁止公卡', official: '2.其他法律行政法规禁止公开' }]);
  });

  it('finds a misprinted group label starting on the row', () => {
    const rows = readLabels(readSections(streamOf([...REQUESTS_HEADER, ['（三）不予公幵:2x1', '1.属于国家秘密:1x2', ...zeros.map(String)]])).requests);
    expect(requestsDeviations(rows[0]!.key!, rows[0]!)).toEqual([{ printed: '（三）不予公幵', official: '（三）不予公开' }]);
  });
});
