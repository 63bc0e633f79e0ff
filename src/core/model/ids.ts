/**
 * The ids of docs/report-model.md, each written once as a tuple: the zod enums of the JSON
 * contract and the TypeScript unions are both derived from these.
 */

/** Most severe first: the order findings are listed in. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 表二 主动公开, 表三 依申请公开, 表四 复议诉讼. */
export const TABLE_IDS = ['active', 'requests', 'review'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** 国办公开办函〔2019〕60号 (trial) and 〔2021〕30号 (revised). */
export const FORMATS = ['2019', '2021'] as const;
export type Format = (typeof FORMATS)[number];
