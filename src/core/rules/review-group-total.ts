import { REVIEW_CELLS, REVIEW_GROUPS } from '../model/forms';
import { failingIdentities, identityData, identityRefs } from './support/identity';
import { defineRule } from './support/rule';

const RESULT_LABELS = new Map<string, string>(REVIEW_CELLS.map((c) => [c.key, c.label]));

/** 表四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, per group. */
export default defineRule({
  id: 'review-group-total',
  severity: 'error',
  category: 'table',
  title: '表四总计不等于各结果之和',
  description: '行政复议、未经复议直接起诉、复议后起诉三组各自：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。空白按 0 计。',
  tables: ['review'],
  messages: {
    mismatch: '{group}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {sum} ≠ 总计 {total}，差 {diff}；{terms}',
  },
  check(input) {
    return failingIdentities(input, 'review-group-total').map((identity) => ({
      messageId: 'mismatch',
      data: { ...identityData(identity, (c) => RESULT_LABELS.get(c.column)!), group: REVIEW_GROUPS.find((g) => g.key === identity.line)!.label },
      cells: identityRefs(identity),
    }));
  },
});
