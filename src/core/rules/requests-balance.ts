import { REQUESTS_COLUMNS } from '../model/forms';
import { failingIdentities, identityData, identityRefs } from './support/identity';
import { defineRule, terms } from './support/rule';

/** 表三's own 勾稽关系: 第一项 + 第二项 = 第三项 + 第四项, in every column. */
export default defineRule({
  id: 'requests-balance',
  severity: 'error',
  category: 'table',
  title: '表三勾稽关系不成立',
  description:
    '表三表头注明的勾稽关系：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理，'
    + '七列（自然人、五类法人或其他组织、总计）逐列成立（国办公开办函〔2019〕60号、〔2021〕30号）。空白按 0 计。',
  tables: ['requests'],
  messages: {
    unbalanced: '{column}列：本年新收 + 上年结转 {sum} ≠ （七）总计 + 结转下年度 {total}，差 {diff}（{left} ≠ {right}）',
  },
  check(input) {
    return failingIdentities(input, 'requests-balance').map((identity) => ({
      messageId: 'unbalanced',
      data: {
        ...identityData(identity),
        column: REQUESTS_COLUMNS.find((c) => c.key === identity.line)!.label,
        left: terms(identity.parts.map((c) => c.value ?? 0)),
        right: terms(identity.totals.map((c) => c.value ?? 0)),
      },
      cells: identityRefs(identity),
    }));
  },
});
