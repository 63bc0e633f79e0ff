import { REQUESTS_COLUMNS, REQUESTS_ROWS } from '../model/forms';
import { failingIdentities, identityData, identityRefs } from './support/identity';
import { defineRule } from './support/rule';

const COLUMN_LABELS = new Map<string, string>(REQUESTS_COLUMNS.map((c) => [c.key, c.label]));

/** 总计 column = the six applicant columns, in every row. */
export default defineRule({
  id: 'requests-row-total',
  severity: 'error',
  category: 'table',
  title: '表三总计列不等于各类申请人之和',
  description: '每一行的“总计” = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。空白按 0 计。',
  tables: ['requests'],
  messages: {
    mismatch: '{row}：六类申请人之和 {sum} ≠ 总计 {total}，差 {diff}；{terms}',
  },
  check(input) {
    return failingIdentities(input, 'requests-row-total').map((identity) => ({
      messageId: 'mismatch',
      data: { ...identityData(identity, (c) => COLUMN_LABELS.get(c.column)!), row: REQUESTS_ROWS.find((r) => r.key === identity.line)!.short },
      cells: identityRefs(identity),
    }));
  },
});
