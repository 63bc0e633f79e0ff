/**
 * The CLI's JSON contract (docs/report-model.md) as zod schemas: the executable form of that file.
 * Every key is optional because a table or cell the page does not have is absent.
 */
import * as z from 'zod/mini';
import { ACTIVE_ROWS, REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_CELLS, REVIEW_GROUPS } from './forms';
import { FORMATS, SEVERITIES, TABLE_IDS } from './ids';

const value = z.nullable(z.number());
const keyed = (keys: readonly string[], inner: z.ZodMiniType) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(inner)])));
const unique = (keys: string[]) => [...new Set(keys)];

const activeRowKeys = unique([...ACTIVE_ROWS['2019'], ...ACTIVE_ROWS['2021']].map((r) => r.key));
const activeColumnKeys = unique([...ACTIVE_ROWS['2019'], ...ACTIVE_ROWS['2021']].flatMap((r) => r.columns.map((c) => c.key)));

export const ActiveTableSchema = keyed(activeRowKeys, keyed(activeColumnKeys, value));
export const RequestsTableSchema = z.strictObject({
  rows: keyed(REQUESTS_ROWS.map((r) => r.key), keyed(REQUESTS_COLUMNS.map((c) => c.key), value)),
});
export const ReviewTableSchema = keyed(REVIEW_GROUPS.map((g) => g.key), keyed(REVIEW_CELLS.map((c) => c.key), value));

export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const CellRefSchema = z.strictObject({
  table: z.enum(TABLE_IDS),
  row: z.string(),
  column: z.string(),
  text: z.optional(z.string()),
});
export const TextRefSchema = z.strictObject({ table: z.literal('text'), quote: z.string() });
export type CellRef = z.infer<typeof CellRefSchema>;
export type TextRef = z.infer<typeof TextRefSchema>;

/** A cell the suspect-cell rule would change, and the value that makes every identity hold. */
export const CellFixSchema = z.strictObject({
  cell: z.strictObject({ table: z.enum(['active', 'requests', 'review']), row: z.string(), column: z.string() }),
  value: z.number(),
});
export type CellFix = z.infer<typeof CellFixSchema>;

export const FindingSchema = z.strictObject({
  ruleId: z.string(),
  /** the key of the rule's message template (docs/rules.md) */
  messageId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  cells: z.array(z.union([CellRefSchema, TextRefSchema])),
  fix: z.optional(z.array(CellFixSchema)),
});
export type Finding = z.infer<typeof FindingSchema>;

export const MetaSchema = z.strictObject({
  title: z.nullable(z.string()),
  agency: z.nullable(z.string()),
  year: z.nullable(z.number()),
  format: z.nullable(z.enum(FORMATS)),
  publishedAt: z.nullable(z.string()),
});

export const ReportJsonSchema = z.strictObject({
  detected: z.boolean(),
  meta: MetaSchema,
  tables: z.strictObject({
    active: z.optional(ActiveTableSchema),
    requests: z.optional(RequestsTableSchema),
    review: z.optional(ReviewTableSchema),
  }),
  findings: z.array(FindingSchema),
});
export type ReportJson = z.infer<typeof ReportJsonSchema>;
