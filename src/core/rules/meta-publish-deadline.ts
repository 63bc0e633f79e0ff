import { defineRule, textRef } from './support/rule';

/**
 * 条例第四十九条: departments publish by 31 January; 县级以上地方人民政府's own reports by
 * 31 March. Where the body's kind is not clear from its name, the later deadline is assumed.
 */
export function deadlineFor(agency: string | null, year: number): { date: string; assumed: string } {
  const name = agency ?? '';
  const department = /(?:局|委员会|委|办公厅|办公室|办|厅|署|中心|院|处|所|馆|站|队|部)$/.test(name) && !/管委会|管理委员会/.test(name);
  if (department) return { date: `${year + 1}-01-31`, assumed: '按政府部门的报告判断，期限为次年 1 月 31 日' };
  return {
    date: `${year + 1}-03-31`,
    assumed: agency ? '按人民政府本级报告判断，期限为次年 3 月 31 日' : '未能从标题判断报告机关，按较晚的期限（次年 3 月 31 日）判断',
  };
}

export default defineRule({
  id: 'meta-publish-deadline',
  severity: 'warning',
  category: 'text',
  title: '报告发布晚于法定期限',
  description: '条例第四十九条：县级以上人民政府部门应在每年 1 月 31 日前公布上一年度报告；县级以上地方人民政府本级的报告在 3 月 31 日前公布。'
    + '机关类型由标题中的名称判断（“局”“委”“办”等为部门）；判断不了时按较晚的 3 月 31 日。只看页面写明的发布日期，不看落款。',
  tables: [],
  messages: {
    late: '发布日期 {date} 晚于 {deadline}（{assumed}）',
  },
  check(input) {
    const { year, agency } = input.meta;
    if (year === null) return [];
    const published = input.dates.filter((d) => d.kind === 'publication').sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!published) return [];
    const deadline = deadlineFor(agency, year);
    if (published.date <= deadline.date) return [];
    return [{
      messageId: 'late',
      data: { date: published.date, deadline: deadline.date, assumed: deadline.assumed },
      cells: [textRef(published.quote)],
    }];
  },
});
