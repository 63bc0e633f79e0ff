/**
 * The whole check as plain functions: detect → read DOM → grid → report model → rules.
 * The same code runs in the content script, in vitest and in the Node CLI.
 */
import { detect, type Detection } from './extract/detect';
import { toGrid } from './extract/grid';
import { readArticle, type Article } from './extract/article';
import { earliestDate, readAgency, readDates, readTitle, readYear, type Meta } from './extract/meta';
import type { RawPage } from './extract/raw';
import { readDom } from './extract/read-dom';
import { extractTables, type Extraction } from './extract/tables';
import { SEVERITY_RANK, type Format, type TableId } from './model/forms';
import type { CellRef, Finding, ReportJson } from './model/schema';
import { reportJson } from './report';
import { HISTORY_RULES, RULES } from './rules';
import { compareYears, fillTemplate, type CheckInput, type PageLabel, type Problem, type Rule } from './rules/support/rule';
import { snapshotOf, type ReportSnapshot } from './snapshot';

/** Whether the page is checked as a report, and why, in words a reader is shown. */
export interface Verdict {
  isReport: boolean;
  reason: string;
}

export interface Analysis {
  /** the page is an annual report (its title or tables say so): `verdict.isReport` */
  detected: boolean;
  /** the page's address (or the file's), as given */
  url: string;
  /** the words around the tables, as the text rules read them (attachments and images included; what a history snapshot keeps of them) */
  article: Article;
  verdict: Verdict;
  meta: Meta;
  format: Format | null;
  extraction: Extraction;
  findings: Finding[];
  /** the CLI's JSON contract, built when first read (the panel needs it only to copy it) */
  readonly json: ReportJson;
  /** the element a cell reference came from (a <td> in the page), if any */
  locate(ref: Pick<CellRef, 'table' | 'row' | 'column'>): unknown;
  /** the page's label cells a finding is about, marked instead of its value cells (format rules) */
  labelsOf(finding: Finding): readonly PageLabel[];
}

const MAX_REPORT_ATTACHMENTS = 3;

/** The messageId of the finding that stands for a rule that threw (not a key of any rule's messages). */
export const RULE_ERROR_MESSAGE_ID = 'rule-error';

/** A problem as the finding it becomes: the rule's id and severity, its message filled in. */
function toFinding(rule: Rule, problem: Problem): Finding {
  const template = rule.messages[problem.messageId];
  // a programming error, not a property of the page: fail loudly instead of printing the id
  if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId "${problem.messageId}"`);
  const finding: Finding = {
    ruleId: rule.id,
    messageId: problem.messageId,
    severity: problem.severity ?? rule.severity,
    message: fillTemplate(template, problem.data),
    cells: problem.cells,
  };
  if (problem.fix) finding.fix = problem.fix;
  return finding;
}

/** A rule's problems; a rule that throws is one warning that says so, never a lost check. */
function problemsOf(rule: Rule, check: () => Problem[]): Problem[] | Finding {
  try {
    return check();
  } catch (error) {
    return {
      ruleId: rule.id,
      messageId: RULE_ERROR_MESSAGE_ID,
      severity: 'warning',
      message: `规则 ${rule.id} 运行出错，未能完成检查：${error instanceof Error ? error.message : String(error)}`,
      cells: [],
    };
  }
}

const bySeverity = (findings: Finding[]): Finding[] => findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

/**
 * Every applicable rule's findings, most severe first. `labels` receives, per finding, the page's
 * label cells its problem named (the format rules'), for marking and listing.
 */
export function runRules(input: CheckInput, rules: readonly Rule[] = RULES, labels?: Map<Finding, PageLabel[]>): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.tables.some((t) => !input.extraction.tables[t])) continue; // not applicable
    const problems = problemsOf(rule, () => rule.check(input));
    if (!Array.isArray(problems)) {
      findings.push(problems);
      continue;
    }
    for (const problem of problems) {
      const finding = toFinding(rule, problem);
      if (problem.labels && labels) labels.set(finding, problem.labels);
      findings.push(finding);
    }
  }
  return bySeverity(findings);
}

/**
 * The history-* rules' findings for a report checked without its predecessor, from both
 * snapshots: what `checkPage` with `previous` adds. Merged by `withHistory`, the findings are the
 * same as that check's (the history rules come last in the catalogue).
 */
export function historyFindings(current: ReportSnapshot, previous: ReportSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const rule of HISTORY_RULES) {
    if (rule.tables.some((t) => !current.tables[t])) continue;
    const problems = problemsOf(rule, () => compareYears(rule, current, previous));
    if (Array.isArray(problems)) findings.push(...problems.map((p) => toFinding(rule, p)));
    else findings.push(problems);
  }
  return findings;
}

/** A report's findings with history findings added, in the order one check would list them. */
export const withHistory = (findings: readonly Finding[], history: readonly Finding[]): Finding[] => bySeverity([...findings, ...history]);

/** The same analysis with other findings (its JSON contract built anew when read). */
export function withFindings(analysis: Analysis, findings: Finding[]): Analysis {
  let json: ReportJson | undefined;
  const { detected, url, verdict, meta, format, extraction, article, locate, labelsOf } = analysis;
  return {
    detected, url, verdict, meta, format, extraction, article, findings, locate, labelsOf,
    get json() {
      return (json ??= reportJson(detected, meta, format, extraction, findings));
    },
  };
}

/**
 * A report compared with the same body's report of the year before (the extension's history):
 * the history-* findings added, as a check with `previous` would list them.
 */
export function comparedWith(analysis: Analysis, previous: ReportSnapshot): Analysis {
  if (!analysis.detected) return analysis;
  const history = historyFindings(snapshotOf(analysis, analysis.url), previous);
  return history.length === 0 ? analysis : withFindings(analysis, withHistory(analysis.findings, history));
}

const TABLE_SHORT_NAMES: Record<TableId, string> = { active: '表二', requests: '表三', review: '表四' };

/**
 * The one verdict on a page, from what was read: its tables decide; a page without them is a
 * report only when the detector said so and it has report text or links the report as one to
 * three files (more links than that is a list of reports; a title alone is a list or a notice).
 */
export function verdictOf(page: RawPage, detection: Detection, extraction: Extraction, force = false): Verdict {
  if (force) return { isReport: true, reason: '按“仍然检查”检查' };
  const found = (Object.keys(extraction.tables) as TableId[]).map((t) => TABLE_SHORT_NAMES[t]);
  if (found.length > 0) return { isReport: true, reason: `找到统计表：${found.join('、')}` };
  const attachments = page.blocks.filter((b) => b.kind === 'attachment').length;
  const text = page.blocks.map((b) => b.text).join('');
  const reportText = text.length >= 300 && /总体情况|主动公开|依申请/.test(text);
  if (detection.isReport && attachments >= 1 && attachments <= MAX_REPORT_ATTACHMENTS) return { isReport: true, reason: `${detection.reason}；报告以附件发布` };
  if (detection.isReport && reportText) return { isReport: true, reason: `${detection.reason}；有报告正文，没有找到统计表` };
  const missing = '没有找到表三（收到和处理政府信息公开申请情况）、表二、表四等统计表';
  if (!detection.isReport) return { isReport: false, reason: `${missing}，标题、栏目和网址也不像政府信息公开工作年度报告` };
  const why = attachments > MAX_REPORT_ATTACHMENTS ? `链接了 ${attachments} 个文件，像是年报列表` : '也没有报告正文或附件，可能是年报列表或通知';
  return { isReport: false, reason: `${missing}；${detection.reason.replace(/：.*/, '')}像年度报告，但${why}` };
}

export interface CheckOptions {
  /** check even when the page does not look like a report ("仍然检查") */
  force?: boolean;
  rules?: readonly Rule[];
  /** the same body's report of the year before, for the history-* rules (see snapshotOf) */
  previous?: ReportSnapshot;
}

export function checkPage(page: RawPage, detection: Detection, options: CheckOptions = {}): Analysis {
  const rules = options.rules ?? RULES;
  const title = readTitle(page);
  const year = readYear(title, page);
  const grids = page.tables.map(toGrid);
  const extraction = extractTables(grids, year);
  const tableTexts = grids.map((g) => g.cells.map((c) => c.text));
  const dates = readDates(page, tableTexts);
  const meta: Meta = { title, agency: readAgency(title), year, publishedAt: earliestDate(dates) };
  const verdict = verdictOf(page, detection, extraction, options.force);
  const detected = verdict.isReport;
  const article = readArticle(page.blocks);
  const input: CheckInput = { detected, meta, dates, format: extraction.format, extraction, article, url: page.url };
  if (options.previous) input.previous = options.previous;
  const labels = new Map<Finding, PageLabel[]>();
  const findings = detected ? runRules(input, rules, labels) : [];
  let json: ReportJson | undefined;
  return {
    detected, url: page.url, verdict, meta, format: extraction.format, extraction, article, findings,
    get json() {
      return (json ??= reportJson(detected, meta, extraction.format, extraction, findings));
    },
    locate: (ref) => extraction.tables[ref.table as TableId]?.cells.get(ref.row, ref.column)?.source.cell.handle,
    labelsOf: (finding) => labels.get(finding) ?? [],
  };
}

export function checkDocument(doc: Document, url = '', options: CheckOptions = {}): Analysis {
  return checkPage(readDom(doc, url), detect(doc, url), options);
}
