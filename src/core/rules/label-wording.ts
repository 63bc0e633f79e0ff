import { groupBy } from '../group-by';
import { TABLE_NUMBERS } from '../model/forms';
import { sectionNumeral } from '../extract/article';
import { defineRule, textRef, type Problem } from './support/rule';

/**
 * Labels printed otherwise than the form, read all the same (issue 16). Info: the values under
 * them are read and checked like any others, only the wording is off; a warning when the label
 * was read by its place in the table's fixed order, its wording alone being too far off to tell.
 */
export default defineRule({
  id: 'label-wording',
  severity: 'info',
  category: 'table',
  title: '标签或标题与格式文本不一致',
  description: '表二、表三、表四的行标签和列标题，以及正文六个部分的标题，应与格式文本（国办公开办函〔2021〕30号；2019、2020 年度为〔2019〕60号）一致。'
    + '印错了字（少字、多字、错字、两字颠倒）而仍能确定是哪一行、哪一列、哪一部分的，照常读取，并在此引用页面原文和格式文本，每处只提示一次；'
    + '字面相差较多、只能凭表中固定的行序确定的，为警告，请核对。全角半角标点、空格和换行不算不一致；与两个格式标签都相近或不在其位置的标签不读取，由 table-row-misaligned 报告。',
  tables: [],
  messages: {
    label: '{table}「{printed}」与格式文本「{official}」不一致，已按「{official}」读取',
    byPlace: '{table}「{printed}」与格式文本「{official}」相差较多，按它在表中的位置读作「{official}」，请核对',
    heading: '部分标题「{printed}」与格式文本「{official}」不一致，已按第{number}部分读取',
  },
  check(input) {
    const headings = input.article.headings.flatMap((h): Problem<'heading'>[] => (h.official
      ? [{ messageId: 'heading', data: { printed: h.text, official: h.official, number: sectionNumeral(h.section) }, cells: [textRef(h.text)] }]
      : []));
    const byLabel = groupBy(input.extraction.wordings, (w) => `${w.table}\n${w.printed}\n${w.official}`);
    return [...headings, ...[...byLabel.values()].map((list): Problem<'label' | 'byPlace'> => {
      const { table, printed, official } = list[0]!;
      const byPlace = list.some((w) => w.byPlace);
      const problem: Problem<'label' | 'byPlace'> = {
        messageId: byPlace ? 'byPlace' : 'label',
        data: { table: TABLE_NUMBERS[table], printed, official },
        cells: list.flatMap((w) => w.cells.map((c) => ({ ...c }))),
      };
      if (byPlace) problem.severity = 'warning';
      return problem;
    })];
  },
});
