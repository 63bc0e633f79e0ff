import { REQUESTS_COLUMNS, REQUESTS_ROWS } from '../model/forms';
import { failingIdentities, identityData, identityRefs } from './support/identity';
import { defineRule } from './support/rule';

const SHORT = new Map<string, string>(REQUESTS_ROWS.map((r) => [r.key, r.short]));

/** （七）总计 = every outcome row of 三、本年度办理结果, in every column. */
export default defineRule({
  id: 'requests-outcome-total',
  severity: 'error',
  category: 'table',
  title: '表三（七）总计不等于各办理结果之和',
  description:
    '（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开 1–8 + （四）无法提供 1–3 + （五）不予处理 1–5 + （六）其他处理'
    + '（2019 年格式一行，2021 年格式三个子项），逐列成立。空白按 0 计。缺少（一）至（五）中的某一行时无法求和，不判断。',
  tables: ['requests'],
  messages: {
    mismatch: '{column}列：各办理结果之和 {sum} ≠ （七）总计 {total}，差 {diff}；{terms}',
  },
  check(input) {
    return failingIdentities(input, 'requests-outcome-total').map((identity) => ({
      messageId: 'mismatch',
      data: { ...identityData(identity, (c) => SHORT.get(c.row)!), column: REQUESTS_COLUMNS.find((c) => c.key === identity.line)!.label },
      cells: identityRefs(identity),
    }));
  },
});
