/**
 * Which cells the findings name, with the most severe finding's severity and every rule id:
 * what the page highlights and the panel's table preview marks, by cellKey.
 */
import { cellKey, SEVERITY_RANK, type TableId } from './model/forms';
import type { Finding, Severity } from './model/schema';

export interface CellMark {
  table: TableId;
  row: string;
  column: string;
  severity: Severity;
  ruleIds: string[];
  messages: string[];
}

export function cellMarks(findings: Finding[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    for (const ref of finding.cells) {
      if (ref.table === 'text') continue;
      const key = cellKey(ref);
      const mark = marks.get(key);
      if (!mark) {
        marks.set(key, { table: ref.table, row: ref.row, column: ref.column, severity: finding.severity, ruleIds: [finding.ruleId], messages: [finding.message] });
        continue;
      }
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
      if (!mark.ruleIds.includes(finding.ruleId)) mark.ruleIds.push(finding.ruleId);
      if (!mark.messages.includes(finding.message)) mark.messages.push(finding.message);
    }
  }
  return marks;
}
