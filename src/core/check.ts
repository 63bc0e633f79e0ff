/**
 * The whole check as plain functions: detect → read DOM → grid → report model → rules.
 * The same code runs in the content script, in vitest and in the Node CLI.
 */
import { detect, type Detection } from './extract/detect';
import { toGrid } from './extract/grid';
import { readArticle } from './extract/article';
import { earliestDate, readAgency, readDates, readTitle, readYear, type Meta } from './extract/meta';
import type { RawPage } from './extract/raw';
import { readDom } from './extract/read-dom';
import { extractTables, type Extraction } from './extract/tables';
import { SEVERITY_RANK, type Format, type TableId } from './model/forms';
import type { CellRef, Finding, ReportJson } from './model/schema';
import { reportJson } from './report';
import { RULES } from './rules';
import { fillTemplate, type CheckInput, type Rule } from './rules/rule';

export interface Analysis {
  /** the page is an annual report (its title or tables say so) */
  detected: boolean;
  detection: Detection;
  meta: Meta;
  format: Format | null;
  extraction: Extraction;
  findings: Finding[];
  /** the CLI's JSON contract, built when first read (the panel needs it only to copy it) */
  readonly json: ReportJson;
  /** the element a cell reference came from (a <td> in the page), if any */
  locate(ref: Pick<CellRef, 'table' | 'row' | 'column'>): unknown;
}

const MAX_REPORT_ATTACHMENTS = 3;

export function runRules(input: CheckInput, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.tables.some((t) => !input.extraction.tables[t])) continue; // not applicable
    try {
      for (const problem of rule.check(input)) {
        const template = rule.messages[problem.messageId] ?? problem.messageId;
        findings.push({
          ruleId: rule.id,
          severity: problem.severity ?? rule.severity,
          message: fillTemplate(template, problem.data),
          cells: problem.cells,
        });
      }
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: 'warning',
        message: `规则 ${rule.id} 运行出错，未能完成检查：${error instanceof Error ? error.message : String(error)}`,
        cells: [],
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * A page only titled like a report (a list page, a notice) is not one unless it has report text,
 * or links the report as a file.
 */
function looksLikeReport(page: RawPage): boolean {
  // One report as one to three files (PDF, Word, …); more links than that is a list of reports.
  const attachments = page.blocks.filter((b) => b.kind === 'attachment').length;
  if (attachments >= 1 && attachments <= MAX_REPORT_ATTACHMENTS) return true;
  const text = page.blocks.map((b) => b.text).join('');
  return text.length >= 300 && /总体情况|主动公开|依申请/.test(text);
}

export interface CheckOptions {
  /** check even when the page does not look like a report ("仍然检查") */
  force?: boolean;
  rules?: readonly Rule[];
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
  const detected = options.force === true || Object.keys(extraction.tables).length > 0 || (detection.isReport && looksLikeReport(page));
  const input: CheckInput = { detected, meta, dates, format: extraction.format, extraction, article: readArticle(page.blocks), url: page.url };
  const findings = detected ? runRules(input, rules) : [];
  let json: ReportJson | undefined;
  return {
    detected, detection, meta, format: extraction.format, extraction, findings,
    get json() {
      return (json ??= reportJson(detected, meta, extraction.format, extraction, findings));
    },
    locate: (ref) => extraction.tables[ref.table as TableId]?.cells.get(ref.row, ref.column)?.source.cell.handle,
  };
}

export function checkDocument(doc: Document, url = '', options: CheckOptions = {}): Analysis {
  return checkPage(readDom(doc, url), detect(doc, url), options);
}
