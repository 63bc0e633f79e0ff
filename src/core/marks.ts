/**
 * What the page and the panel's previews mark, from the findings: per cell the most severe
 * finding's severity, every rule id and message, and how strongly to mark it —
 * - a suspect (named by a suspect-cell finding): the strongest mark, with that finding's number;
 * - an operand: a cell only the failing identities name (the suspect explains them): a light mark;
 * - otherwise the severity's own mark.
 * Findings about the page's labels (format rules) mark those label cells instead of value cells.
 */
import type { Analysis } from './check';
import { IDENTITY_KINDS } from './identities';
import { cellKey, SEVERITY_RANK, type TableId } from './model/forms';
import type { Finding, Severity } from './model/schema';
import { isSuspect, pointsAtCells } from './report';

export interface Mark {
  severity: Severity;
  ruleIds: string[];
  messages: string[];
  /** the number (1, 2, …) of the suspect-cell finding that names this cell */
  suspect?: number;
  /** named only by failing identities that a suspect finding explains: marked lightly */
  operand: boolean;
}

export interface CellMark extends Mark {
  table: TableId;
  row: string;
  column: string;
}

const IDENTITY_RULES = new Set<string>(IDENTITY_KINDS);

/**
 * The number each suspect finding that points at cells has in the panel (①, ②…) and on its
 * cells' badges. One that names a whole row or column has none: its cells get the error mark.
 */
export function suspectNumbers(findings: readonly Finding[]): Map<Finding, number> {
  return new Map(findings.filter(pointsAtCells).map((f, i) => [f, i + 1]));
}

const newMark = (finding: Finding): Mark => ({ severity: finding.severity, ruleIds: [], messages: [], operand: true });

/** Add a finding to a mark (made by `create` the first time). */
function addTo<M extends Mark>(marks: Map<unknown, M>, key: unknown, finding: Finding, number: number | undefined, create: () => M): void {
  let mark = marks.get(key);
  if (!mark) {
    mark = create();
    marks.set(key, mark);
  }
  if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
  if (!mark.ruleIds.includes(finding.ruleId)) mark.ruleIds.push(finding.ruleId);
  if (!mark.messages.includes(finding.message)) mark.messages.push(finding.message);
  if (number !== undefined) mark.suspect ??= number;
  if (!IDENTITY_RULES.has(finding.ruleId)) mark.operand = false;
}

/** The cells of the three tables that findings name (not those about labels), by cellKey. */
export function cellMarks(findings: readonly Finding[], hasLabels: (f: Finding) => boolean = () => false): Map<string, CellMark> {
  const numbers = suspectNumbers(findings);
  const explained = findings.some(isSuspect);
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    if (hasLabels(finding)) continue;
    for (const ref of finding.cells) {
      if (ref.table === 'text') continue;
      addTo(marks, cellKey(ref), finding, numbers.get(finding), () => ({ ...newMark(finding), table: ref.table, row: ref.row, column: ref.column }));
    }
  }
  for (const mark of marks.values()) if (!explained || mark.suspect !== undefined) mark.operand = false;
  return marks;
}

/** Every element of the page to mark, with its mark: value cells by their keys, and label cells. */
export function markTargets(analysis: Pick<Analysis, 'findings' | 'locate' | 'labelsOf'>): { handle: unknown; mark: Mark }[] {
  const hasLabels = (f: Finding) => analysis.labelsOf(f).length > 0;
  const out: { handle: unknown; mark: Mark }[] = [];
  for (const mark of cellMarks(analysis.findings, hasLabels).values()) {
    const handle = analysis.locate(mark);
    if (handle) out.push({ handle, mark });
  }
  const labels = new Map<unknown, Mark>();
  for (const finding of analysis.findings) {
    for (const label of analysis.labelsOf(finding)) addTo(labels, label.source.cell.handle, finding, undefined, () => newMark(finding));
  }
  for (const [handle, mark] of labels) {
    mark.operand = false;
    if (handle) out.push({ handle, mark });
  }
  return out;
}
