/**
 * The official tables' header rows, drawn for drawnTable ("Text:rowspan x colspan"), and helpers
 * for data rows: the pieces the extraction tests draw their small tables from.
 */

/** 表三's header: a 3×3 corner note, 申请人情况 over 自然人 · 法人或其他组织 (five) · 总计. Values start at column 3. */
export const REQUESTS_HEADER = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）:3x3', '申请人情况:1x7'],
  ['自然人:2x1', '法人或其他组织:1x5', '总计:2x1'],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];

/** A 表三 data row: its label over the three label columns, then seven values. */
export const requestsRow = (label: string, ...values: (string | number)[]): string[] => [`${label}:1x3`, ...values.map(String)];

/** 表四's header: 行政复议 (five results) and 行政诉讼 over its two groups of five; then one row of 15 numbers. */
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
export const REVIEW_HEADER = [
  ['行政复议:1x5', '行政诉讼:1x10'],
  [...RESULTS.map((r) => `${r}:2x1`), '未经复议直接起诉:1x5', '复议后起诉:1x5'],
  [...RESULTS, ...RESULTS],
];

/** 表二 of the 2021 format: one item's header over 信息内容 and its columns, then its rows. */
export const ACTIVE_2021_DOCUMENTS = [
  ['第二十条第（一）项:1x4'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '1', '0', '5'],
  ['行政规范性文件', '2', '1', '9'],
];
