/**
 * The fixed shape of the three statistical tables, per format.
 * Keys and labels follow docs/report-model.md (国办公开办函〔2019〕60号 and 〔2021〕30号).
 * Patterns match a label after `normalizeLabel` (whitespace removed, ASCII punctuation).
 * Every key is a literal type, so a rule naming a row or column the forms lack does not compile.
 */
import type { Format, Severity, TableId } from './ids';

export type { Format, TableId } from './ids';

export const TABLE_TITLES: Record<TableId, string> = {
  active: '表二 主动公开政府信息情况',
  requests: '表三 收到和处理政府信息公开申请情况',
  review: '表四 政府信息公开行政复议、行政诉讼情况',
};

/** The tables as the format numbers them, for messages. */
export const TABLE_NUMBERS: Record<TableId, string> = { active: '表二', requests: '表三', review: '表四' };

export const FORMAT_NAMES: Record<Format, string> = { '2019': '2019 年试行格式', '2021': '2021 年修订格式' };

/** The format a report on this year must use: the 2019 trial format for 2019 and 2020, the revised one from 2021 (国办公开办函〔2021〕30号). */
export const formatForYear = (year: number): Format => (year <= 2020 ? '2019' : '2021');
/** (Kept here, not beside the zod schemas, so the panel does not pull zod into the checker.) */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
/** Most severe first: the order findings are listed in and the severity a cell's mark shows. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ColumnSpec<K extends string = string> {
  key: K;
  label: string;
  /** matched against a normalized header label; first match wins in the order listed */
  pattern: RegExp;
}

export interface ActiveRowSpec<K extends string = ActiveRowKey, C extends string = ActiveColumnKey> {
  key: K;
  label: string;
  /** the 第二十条 item whose sub-table holds the row */
  item: string;
  pattern: RegExp;
  columns: readonly ColumnSpec<C>[];
}

const col = <K extends string>(key: K, label: string, pattern: RegExp): ColumnSpec<K> => ({ key, label, pattern });

// 表二 column headers. "本年处理决定数量" (2021) must be tried before "处理决定数量" (2019).
const ACTIVE_COLUMNS_2019 = {
  documents: [
    col('newlyMade', '本年新制作数量', /新制作/),
    col('newlyPublished', '本年新公开数量', /新公开/),
    col('totalPublished', '对外公开总数量', /公开总数/),
  ],
  items: [
    col('previousYear', '上一年项目数量', /上一?年.*项目/),
    col('change', '本年增/减', /增.*减/),
    col('decisions', '处理决定数量', /^(?!本年).*处理决定/),
  ],
  fees: [col('previousYear', '上一年项目数量', /上一?年.*项目/), col('change', '本年增/减', /增.*减/)],
  procurement: [col('projects', '采购项目数量', /采购项目/), col('amount', '采购总金额', /采购.*金额/)],
};

const ACTIVE_COLUMNS_2021 = {
  documents: [
    col('issued', '本年制发件数', /制发/),
    col('repealed', '本年废止件数', /废止/),
    col('inForce', '现行有效件数', /现行有效/),
  ],
  decisions: [col('decisions', '本年处理决定数量', /本年处理决定/)],
  fees: [col('amount', '本年收费金额（单位：万元）', /收费金额/)],
};

const activeRow = <K extends string, C extends string>(
  key: K, label: string, item: string, pattern: RegExp, columns: readonly ColumnSpec<C>[],
): ActiveRowSpec<K, C> => ({ key, label, item, pattern, columns });

const ACTIVE_ROWS_2019 = [
  activeRow('regulations', '规章', '第二十条第（一）项', /^规章$/, ACTIVE_COLUMNS_2019.documents),
  activeRow('normativeDocuments', '规范性文件', '第二十条第（一）项', /^(行政)?规范性文件$/, ACTIVE_COLUMNS_2019.documents),
  activeRow('licensing', '行政许可', '第二十条第（五）项', /^行政许可$/, ACTIVE_COLUMNS_2019.items),
  activeRow('otherServices', '其他对外管理服务事项', '第二十条第（五）项', /^其他对外管理服务事项$/, ACTIVE_COLUMNS_2019.items),
  activeRow('penalty', '行政处罚', '第二十条第（六）项', /^行政处罚$/, ACTIVE_COLUMNS_2019.items),
  activeRow('enforcement', '行政强制', '第二十条第（六）项', /^行政强制$/, ACTIVE_COLUMNS_2019.items),
  activeRow('fees', '行政事业性收费', '第二十条第（八）项', /^行政事业性收费$/, ACTIVE_COLUMNS_2019.fees),
  activeRow('procurement', '政府集中采购', '第二十条第（九）项', /^政府集中采购$/, ACTIVE_COLUMNS_2019.procurement),
];
const ACTIVE_ROWS_2021 = [
  activeRow('regulations', '规章', '第二十条第（一）项', /^规章$/, ACTIVE_COLUMNS_2021.documents),
  activeRow('normativeDocuments', '行政规范性文件', '第二十条第（一）项', /^(行政)?规范性文件$/, ACTIVE_COLUMNS_2021.documents),
  activeRow('licensing', '行政许可', '第二十条第（五）项', /^行政许可$/, ACTIVE_COLUMNS_2021.decisions),
  activeRow('penalty', '行政处罚', '第二十条第（六）项', /^行政处罚$/, ACTIVE_COLUMNS_2021.decisions),
  activeRow('enforcement', '行政强制', '第二十条第（六）项', /^行政强制$/, ACTIVE_COLUMNS_2021.decisions),
  activeRow('fees', '行政事业性收费', '第二十条第（八）项', /^行政事业性收费$/, ACTIVE_COLUMNS_2021.fees),
];

type ColumnKeysOf<Groups> = { [G in keyof Groups]: Groups[G] extends readonly ColumnSpec<infer K>[] ? K : never }[keyof Groups];
export type ActiveRowKey = (typeof ACTIVE_ROWS_2019)[number]['key'] | (typeof ACTIVE_ROWS_2021)[number]['key'];
export type ActiveColumnKey = ColumnKeysOf<typeof ACTIVE_COLUMNS_2019> | ColumnKeysOf<typeof ACTIVE_COLUMNS_2021>;

export const ACTIVE_ROWS: Record<Format, readonly ActiveRowSpec[]> = { '2019': ACTIVE_ROWS_2019, '2021': ACTIVE_ROWS_2021 };

/** Every 表二 header label of either format, tagged with the format it belongs to. */
const tagged = (format: Format, columns: readonly ColumnSpec<ActiveColumnKey>[]) => columns.map((column) => ({ format, column }));
export const ACTIVE_HEADER_COLUMNS: { format: Format; column: ColumnSpec<ActiveColumnKey> }[] = [
  ...tagged('2021', [...ACTIVE_COLUMNS_2021.documents, ...ACTIVE_COLUMNS_2021.decisions, ...ACTIVE_COLUMNS_2021.fees]),
  ...tagged('2019', [...ACTIVE_COLUMNS_2019.documents, ...ACTIVE_COLUMNS_2019.items, ...ACTIVE_COLUMNS_2019.procurement]),
];

/** Money columns: decimals are allowed there (domain.md, "counts are non-negative integers"). */
export const ACTIVE_AMOUNT_COLUMNS: ReadonlySet<string> = new Set<ActiveColumnKey>(['amount']);
/** The 2019 本年增/减 column may be signed. */
export const ACTIVE_SIGNED_COLUMNS: ReadonlySet<string> = new Set<ActiveColumnKey>(['change']);

export const REQUESTS_COLUMNS = [
  col('naturalPerson', '自然人', /^自然人$/),
  col('commercial', '商业企业', /^商业企业$/),
  col('research', '科研机构', /^科研机构$/),
  col('socialWelfare', '社会公益组织', /^社会公益组织$/),
  col('legalService', '法律服务机构', /^法律服务机构$/),
  col('otherOrg', '其他', /^其他$/),
  col('total', '总计', /^总计$/),
];
export type RequestsColumnKey = (typeof REQUESTS_COLUMNS)[number]['key'];
export const REQUESTS_APPLICANT_COLUMNS: readonly RequestsColumnKey[] = REQUESTS_COLUMNS.slice(0, 6).map((c) => c.key);

export interface RequestsRowSpec<K extends string = RequestsRowKey> {
  key: K;
  /** the row's own label as the format prints it */
  label: string;
  /** a short label for messages */
  short: string;
  /** labels of the enclosing rowspan groups, for the official layout in exports */
  groups: string[];
  formats: readonly Format[];
  /** matched against the row's own label text */
  pattern: RegExp;
  /** the row is an outcome (第三项) counted in （七）总计 */
  outcome: boolean;
}

const BOTH: readonly Format[] = ['2019', '2021'];
const R3 = '三、本年度办理结果';
const row = <K extends string>(
  key: K, label: string, short: string, groups: string[], pattern: RegExp,
  outcome = true, formats: readonly Format[] = BOTH,
): RequestsRowSpec<K> => ({ key, label, short, groups, formats, pattern, outcome });

/**
 * 表三 rows in official order. Patterns are ordered from most to least specific where
 * labels overlap; `matchRequestsRow` tries them in this order.
 */
const REQUESTS_ROW_SPECS = [
  row('newReceived', '一、本年新收政府信息公开申请数量', '一、本年新收', [], /本年新收/, false),
  row('carriedOver', '二、上年结转政府信息公开申请数量', '二、上年结转', [], /上年结转/, false),
  row('granted', '（一）予以公开', '（一）予以公开', [R3], /^(\(一\))?予以公开$|\(一\)予以公开/),
  row('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开', [R3], /部分公开/),
  row('denied.stateSecret', '1.属于国家秘密', '（三）1.国家秘密', [R3, '（三）不予公开'], /国家秘密/),
  row('denied.prohibitedByLaw', '2.其他法律行政法规禁止公开', '（三）2.法律法规禁止', [R3, '（三）不予公开'], /法律行政法规|禁止公开/),
  row('denied.safetyStability', '3.危及“三安全一稳定”', '（三）3.三安全一稳定', [R3, '（三）不予公开'], /三安全|一稳定/),
  row('denied.thirdPartyRights', '4.保护第三方合法权益', '（三）4.第三方权益', [R3, '（三）不予公开'], /第三方/),
  row('denied.internalAffairs', '5.属于三类内部事务信息', '（三）5.内部事务', [R3, '（三）不予公开'], /内部事务/),
  row('denied.processInformation', '6.属于四类过程性信息', '（三）6.过程性信息', [R3, '（三）不予公开'], /过程性/),
  row('denied.enforcementFiles', '7.属于行政执法案卷', '（三）7.执法案卷', [R3, '（三）不予公开'], /执法案卷/),
  row('denied.administrativeQuery', '8.属于行政查询事项', '（三）8.行政查询', [R3, '（三）不予公开'], /行政查询/),
  row('unavailable.notHeld', '1.本机关不掌握相关政府信息', '（四）1.不掌握', [R3, '（四）无法提供'], /不掌握/),
  row('unavailable.needsCreation', '2.没有现成信息需要另行制作', '（四）2.需另行制作', [R3, '（四）无法提供'], /另行制作|没有现成/),
  row('unavailable.unclear', '3.补正后申请内容仍不明确', '（四）3.补正后仍不明确', [R3, '（四）无法提供'], /补正后|仍不明确/),
  row('notProcessed.complaint', '1.信访举报投诉类申请', '（五）1.信访举报投诉', [R3, '（五）不予处理'], /信访|举报投诉/),
  row('notProcessed.duplicate', '2.重复申请', '（五）2.重复申请', [R3, '（五）不予处理'], /重复申请/),
  row('notProcessed.publication', '3.要求提供公开出版物', '（五）3.公开出版物', [R3, '（五）不予处理'], /出版物/),
  row('notProcessed.massRepeated', '4.无正当理由大量反复申请', '（五）4.大量反复申请', [R3, '（五）不予处理'], /大量反复/),
  row('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', '（五）5.确认或重新出具', [R3, '（五）不予处理'], /重新出具|确认或/),
  row('other.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '（六）1.逾期不补正', [R3, '（六）其他处理'], /逾期不补正/, true, ['2021']),
  row('other.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '（六）2.逾期未缴费', [R3, '（六）其他处理'], /收费通知|缴纳费用/, true, ['2021']),
  row('other.other', '3.其他', '（六）3.其他', [R3, '（六）其他处理'], /^(3\.?)?其他$/, true, ['2021']),
  row('other', '（六）其他处理', '（六）其他处理', [R3], /其他处理$/, true, ['2019']),
  row('total', '（七）总计', '（七）总计', [R3], /^(\(七\))?总计$/, false),
  row('carriedForward', '四、结转下年度继续办理', '四、结转下年度', [], /结转下年度|下年度继续/, false),
];

export type RequestsRowKey = (typeof REQUESTS_ROW_SPECS)[number]['key'];
export const REQUESTS_ROWS: readonly RequestsRowSpec[] = REQUESTS_ROW_SPECS;

const REQUESTS_ROW_BY_KEY = new Map(REQUESTS_ROWS.map((r) => [r.key, r]));
export const requestsRow = (key: RequestsRowKey): RequestsRowSpec => REQUESTS_ROW_BY_KEY.get(key)!;

export const requestsRowsFor = (format: Format): RequestsRowSpec[] =>
  REQUESTS_ROWS.filter((r) => r.formats.includes(format));

export const REVIEW_GROUPS = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼·未经复议直接起诉' },
  { key: 'litigationAfterReconsideration', label: '行政诉讼·复议后起诉' },
] as const;
export const REVIEW_CELLS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];
export type ReviewCellKey = (typeof REVIEW_CELLS)[number]['key'];

interface TableKeys {
  active: { row: ActiveRowKey; column: ActiveColumnKey };
  requests: { row: RequestsRowKey; column: RequestsColumnKey };
  review: { row: ReviewGroupKey; column: ReviewCellKey };
}
/** A row key of the table (表四: its group), of any table by default. */
export type RowKey<T extends TableId = TableId> = TableKeys[T]['row'];
/** A column key of the table (表四: the result), of any table by default. */
export type ColumnKey<T extends TableId = TableId> = TableKeys[T]['column'];

/** A cell of the report model by its keys. */
export interface CellPointer<T extends TableId = TableId> {
  table: T;
  row: RowKey<T>;
  column: ColumnKey<T>;
}

/** One string per cell ("requests/granted/total"): how maps, marks and exports name a cell. */
export const cellKey = (cell: { table: string; row: string; column: string }): string => `${cell.table}/${cell.row}/${cell.column}`;

/** Every cell the format gives a table, row by row in official order: row keys, each with its column keys. */
export function formRows(table: TableId, format: Format): readonly { row: RowKey; columns: readonly ColumnKey[] }[] {
  return FORM_ROWS[format][table];
}

const columnKeys = (specs: readonly { key: ColumnKey }[]) => specs.map((c) => c.key);
const FORM_ROWS = Object.fromEntries((['2019', '2021'] as const).map((format) => [format, {
  requests: requestsRowsFor(format).map((r) => ({ row: r.key, columns: columnKeys(REQUESTS_COLUMNS) })),
  review: REVIEW_GROUPS.map((g) => ({ row: g.key, columns: columnKeys(REVIEW_CELLS) })),
  active: ACTIVE_ROWS[format].map((r) => ({ row: r.key, columns: columnKeys(r.columns) })),
}])) as Record<Format, Record<TableId, { row: RowKey; columns: ColumnKey[] }[]>>;

/** The same as cell pointers. */
export const formCells = (table: TableId, format: Format): CellPointer[] =>
  formRows(table, format).flatMap(({ row, columns }) => columns.map((column) => ({ table, row, column })));

/** A short Chinese label of any cell, for messages and the panel. */
export function cellLabel(table: TableId, row: string, column: string): string {
  if (table === 'requests') {
    const r = REQUESTS_ROW_BY_KEY.get(row as RequestsRowKey)?.short ?? row;
    const c = REQUESTS_COLUMNS.find((x) => x.key === column)?.label ?? column;
    return `${r}·${c}`;
  }
  if (table === 'review') {
    const g = REVIEW_GROUPS.find((x) => x.key === row)?.label ?? row;
    const c = REVIEW_CELLS.find((x) => x.key === column)?.label ?? column;
    return `${g}·${c}`;
  }
  // A column key means different things in different rows (amount: 收费金额 or 采购总金额).
  const specs = [...ACTIVE_ROWS['2021'], ...ACTIVE_ROWS['2019']].filter((x) => x.key === row);
  const c = specs.flatMap((x) => x.columns).find((x) => x.key === column)?.label ?? column;
  return `${specs[0]?.label ?? row}·${c}`;
}
