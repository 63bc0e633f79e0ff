/**
 * The reviewer's season, kept in the browser's storage.local (never sent anywhere): each checked
 * report's snapshot by body and year, for the history-* rules of the next year's check, and the
 * reviewer's decisions on findings by fingerprint (src/core/fingerprint.ts). One key per entry
 * ("h:" body|year, "d:" fingerprint), so a check reads only what it needs. Exported and imported
 * as one JSON file, to move to another machine or hand to a colleague.
 */
import * as z from 'zod/mini';
import { VERDICTS, type Decision } from '../core/review';
import { bodyKey, type ReportSnapshot } from '../core/snapshot';

/** The part of storage.local the store uses (an in-memory one in the unit tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

// Stored entries are checked as they are read and imported: a file from elsewhere, or an entry an
// older version wrote, is skipped rather than trusted.
const SnapshotSchema = z.object({
  source: z.string(),
  agency: z.nullable(z.string()),
  year: z.nullable(z.int()),
  format: z.nullable(z.enum(['2019', '2021'])),
  tables: z.record(z.string(), z.unknown()),
  sentences: z.array(z.tuple([z.int(), z.number()])),
});

const HistoryEntrySchema = z.object({
  agency: z.string(),
  year: z.int(),
  url: z.string(),
  title: z.nullable(z.string()),
  /** ISO time of the check */
  checkedAt: z.string(),
  snapshot: SnapshotSchema,
});
export interface HistoryEntry extends Omit<z.infer<typeof HistoryEntrySchema>, 'snapshot'> {
  snapshot: ReportSnapshot;
}

const DecisionSchema = z.object({
  fingerprint: z.string(),
  verdict: z.enum(VERDICTS),
  comment: z.string(),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  agency: z.nullable(z.string()),
  year: z.nullable(z.int()),
  url: z.string(),
  decidedAt: z.string(),
}) satisfies z.ZodMiniType<Decision>;

const ExportSchema = z.object({
  app: z.literal('nianbao-lint'),
  version: z.literal(1),
  exportedAt: z.string(),
  history: z.array(HistoryEntrySchema),
  decisions: z.array(DecisionSchema),
});
export interface SeasonExport {
  app: 'nianbao-lint';
  version: 1;
  exportedAt: string;
  history: HistoryEntry[];
  decisions: Decision[];
}

/**
 * Warn above 8 MB: Chrome gives an extension's storage.local 10 MB without the
 * unlimitedStorage permission (which would need asking for). A report's snapshot is 3–6 kB, so
 * this is well over a thousand reports, more than one reviewer's season.
 */
export const STORE_WARN_BYTES = 8 * 1024 * 1024;

const HISTORY = 'h:';
const DECISION = 'd:';

/** Reports are kept under their body as matched across years (docs/report-model.md, "Across years"). */
export const historyKey = (agency: string, year: number): string => `${HISTORY}${bodyKey(agency)}|${year}`;

export interface StoreContents {
  history: HistoryEntry[];
  decisions: Decision[];
  /** the JSON size of everything kept, in bytes (what counts against the quota, near enough) */
  bytes: number;
}

export function createSeasonStore(area: StorageArea) {
  async function all(): Promise<StoreContents> {
    const items = await area.get(null);
    const history: HistoryEntry[] = [];
    const decisions: Decision[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (key.startsWith(HISTORY)) {
        const entry = HistoryEntrySchema.safeParse(value);
        if (entry.success) history.push(entry.data as HistoryEntry);
      } else if (key.startsWith(DECISION)) {
        const decision = DecisionSchema.safeParse(value);
        if (decision.success) decisions.push(decision.data);
      }
    }
    history.sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || a.year - b.year);
    return { history, decisions, bytes: new TextEncoder().encode(JSON.stringify(items)).length };
  }

  return {
    /** The same body's report of `year`, if one was checked. */
    async report(agency: string, year: number): Promise<HistoryEntry | null> {
      const key = historyKey(agency, year);
      const entry = HistoryEntrySchema.safeParse((await area.get(key))[key]);
      return entry.success ? (entry.data as HistoryEntry) : null;
    },
    /** Keep a checked report (the latest check of a body's year replaces the one before). */
    async remember(entry: HistoryEntry): Promise<void> {
      await area.set({ [historyKey(entry.agency, entry.year)]: entry });
    },
    async forget(agency: string, year: number): Promise<void> {
      await area.remove(historyKey(agency, year));
    },
    /** The decisions kept under these fingerprints. */
    async decisions(fingerprints: readonly string[]): Promise<Map<string, Decision>> {
      if (fingerprints.length === 0) return new Map();
      const items = await area.get(fingerprints.map((f) => DECISION + f));
      const out = new Map<string, Decision>();
      for (const value of Object.values(items)) {
        const decision = DecisionSchema.safeParse(value);
        if (decision.success) out.set(decision.data.fingerprint, decision.data);
      }
      return out;
    },
    /** Every decision on one body's report of one year: the export lists those whose finding has gone as 已不存在. */
    async decisionsOf(agency: string | null, year: number | null): Promise<Decision[]> {
      const body = bodyKey(agency);
      return (await all()).decisions.filter((d) => bodyKey(d.agency) === body && d.year === year);
    },
    async decide(decision: Decision): Promise<void> {
      await area.set({ [DECISION + decision.fingerprint]: decision });
    },
    async undecide(fingerprint: string): Promise<void> {
      await area.remove(DECISION + fingerprint);
    },
    all,
    async clear(): Promise<void> {
      const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith(HISTORY) || k.startsWith(DECISION));
      if (keys.length > 0) await area.remove(keys);
    },
    async exportAll(now = new Date()): Promise<SeasonExport> {
      const { history, decisions } = await all();
      return { app: 'nianbao-lint', version: 1, exportedAt: now.toISOString(), history, decisions };
    },
    /**
     * Add what a file exported holds: its reports and decisions replace those under the same
     * keys, the rest is kept. Anything else is refused whole, with the reason.
     */
    async importAll(data: unknown): Promise<{ history: number; decisions: number }> {
      const parsed = ExportSchema.safeParse(data);
      if (!parsed.success) throw new Error('不是年报校验导出的文件，或文件已损坏');
      const items: Record<string, unknown> = {};
      for (const entry of parsed.data.history as HistoryEntry[]) items[historyKey(entry.agency, entry.year)] = entry;
      for (const decision of parsed.data.decisions) items[DECISION + decision.fingerprint] = decision;
      await area.set(items);
      return { history: parsed.data.history.length, decisions: parsed.data.decisions.length };
    },
  };
}

export type SeasonStore = ReturnType<typeof createSeasonStore>;
