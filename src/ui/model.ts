/** What the panel shows, computed from an analysis: plain data, no DOM, no extension APIs. */
import type { Analysis } from '../core/check';
import { layOutTables } from '../core/export/official-layout';
import { cellMarks, type CellMark } from '../core/marks';
import { cellLabel, FORMAT_NAMES, SEVERITY_NAMES, type TableId } from '../core/model/forms';
import type { CellRef, Severity } from '../core/model/schema';
import { groupBy } from '../core/group-by';
import { countsText, findingGroup, severityCounts } from '../core/report';
import { RULES } from '../core/rules';

export interface FindingView {
  /** stable within one analysis: index in the findings list */
  index: number;
  ruleId: string;
  severity: Severity;
  title: string;
  description: string;
  message: string;
  cells: { ref: CellRef; label: string }[];
  quotes: string[];
}

export interface PreviewCell {
  text: string;
  mark?: Pick<CellMark, 'severity' | 'ruleIds'>;
}

export interface PanelModel {
  detected: boolean;
  reason: string;
  title: string;
  facts: { label: string; value: string }[];
  counts: Record<Severity, number>;
  groups: { title: string; findings: FindingView[] }[];
  previews: { id: TableId; title: string; rows: PreviewCell[][] }[];
}

export function panelModel(analysis: Analysis): PanelModel {
  const { findings, meta } = analysis;
  const rules = new Map(RULES.map((r) => [r.id, r]));
  const views = findings.map((finding, index): FindingView => {
    const rule = rules.get(finding.ruleId);
    return {
      index,
      ruleId: finding.ruleId,
      severity: finding.severity,
      title: rule?.title ?? finding.ruleId,
      description: rule?.description ?? '',
      message: finding.message,
      cells: finding.cells.flatMap((ref) => (ref.table === 'text' ? [] : [{ ref, label: cellLabel(ref.table, ref.row, ref.column) }])),
      quotes: finding.cells.flatMap((ref) => (ref.table === 'text' ? [ref.quote] : [])),
    };
  });
  const groups = groupBy(views, (view) => findingGroup(findings[view.index]!));
  const marks = cellMarks(findings);
  const previews = layOutTables(analysis.extraction).map((table) => ({
    id: table.id,
    title: table.title,
    rows: table.rows.map((row, r) => row.map((text, c) => {
      const key = table.keys[r]![c];
      const mark = key ? marks.get(key) : undefined;
      return mark ? { text, mark: { severity: mark.severity, ruleIds: mark.ruleIds } } : { text };
    })),
  }));
  return {
    detected: analysis.detected,
    reason: analysis.detection.reason,
    title: meta.title ?? '（无标题）',
    facts: [
      { label: '机关', value: meta.agency ?? '未写明' },
      { label: '年度', value: meta.year === null ? '未知' : String(meta.year) },
      { label: '格式', value: analysis.format ? FORMAT_NAMES[analysis.format] : '未能判断' },
      { label: '日期', value: meta.publishedAt ?? '未找到' },
    ],
    counts: severityCounts(findings),
    groups: [...groups].map(([title, findings]) => ({ title, findings })),
    previews,
  };
}

/** The findings as a plain list, for the clipboard. */
export function findingsText(model: PanelModel): string {
  const lines = [model.title, model.facts.map((f) => `${f.label}：${f.value}`).join(' · '),
    countsText(model.counts), ''];
  for (const group of model.groups) {
    lines.push(group.title);
    for (const f of group.findings) lines.push(`- [${SEVERITY_NAMES[f.severity]}] ${f.title}（${f.ruleId}）：${f.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
