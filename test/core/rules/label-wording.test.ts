import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/label-wording';
import type { LabelWording } from '../../../src/core/extract/tables';
import { cellsOf, run, SIX_SECTIONS } from './input';

const wording = (printed: string, official: string, row: LabelWording['cells'][number]['row'], byPlace = false): LabelWording => ({
  table: 'requests', printed, official, byPlace, cells: [{ table: 'requests', row, column: 'total' }],
});

describe('label-wording', () => {
  it('is silent when every label reads as the form prints it', () => {
    expect(run(rule, {})).toEqual([]);
  });

  it('quotes a misprinted label and the form\'s wording, once per label, as info', () => {
    const findings = run(rule, { wordings: [
      wording('1. 本机关不掌握相关信息', '1.本机关不掌握相关政府信息', 'unavailable.notHeld'),
      { ...wording('1. 本机关不掌握相关信息', '1.本机关不掌握相关政府信息', 'unavailable.notHeld'), cells: [{ table: 'requests', row: 'unavailable.notHeld', column: 'naturalPerson' }] },
    ] });
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['info', '表三「1. 本机关不掌握相关信息」与格式文本「1.本机关不掌握相关政府信息」不一致，已按「1.本机关不掌握相关政府信息」读取'],
    ]);
    expect(cellsOf(findings[0]!)).toEqual(['requests.unavailable.notHeld.total', 'requests.unavailable.notHeld.naturalPerson']);
  });

  it('warns when the label was read by its place in the table, its wording being too far off', () => {
    const [finding] = run(rule, { wordings: [wording('2.其他法律行政止公开', '2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw', true)] });
    expect(finding).toMatchObject({
      severity: 'warning',
      message: '表三「2.其他法律行政止公开」与格式文本「2.其他法律行政法规禁止公开」相差较多，按它在表中的位置读作「2.其他法律行政法规禁止公开」，请核对',
    });
  });

  it('quotes a misprinted section heading, read as its section', () => {
    const text = SIX_SECTIONS.map((h) => h.replace('行政复议', '行政法复议'));
    expect(run(rule, { text }).map((f) => [f.severity, f.message, f.cells])).toEqual([[
      'info', '部分标题「四、政府信息公开行政法复议、行政诉讼情况」与格式文本「四、政府信息公开行政复议、行政诉讼情况」不一致，已按第四部分读取',
      [{ table: 'text', quote: '四、政府信息公开行政法复议、行政诉讼情况' }],
    ]]);
  });
});
