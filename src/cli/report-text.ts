/** The CLI's readable report: the report's facts, counts by severity, findings grouped by table. */
import type { Analysis } from '../core/check';
import { FORMAT_NAMES, SEVERITY_NAMES } from '../core/model/forms';
import { groupBy } from '../core/group-by';
import { countsText, findingGroup, severityCounts } from '../core/report';

const SEVERITY_MARKS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

export function formatReport(analysis: Analysis): string {
  const { json } = analysis;
  if (!analysis.detected) return `不是政府信息公开工作年度报告：${analysis.detection.reason}\n`;
  const m = json.meta;
  const lines = [
    m.title ?? '（无标题）',
    `机关：${m.agency ?? '—'} · 年度：${m.year ?? '—'} · 格式：${m.format ? FORMAT_NAMES[m.format] : '未能判断'} · 日期：${m.publishedAt ?? '—'}`,
  ];
  const counts = severityCounts(json.findings);
  lines.push(countsText(counts));
  for (const [group, findings] of groupBy(json.findings, findingGroup)) {
    lines.push('', group);
    for (const f of findings) lines.push(`  ${SEVERITY_MARKS[f.severity]} ${SEVERITY_NAMES[f.severity]} ${f.ruleId}  ${f.message}`);
  }
  if (json.findings.length === 0) lines.push('', '没有发现问题。');
  return `${lines.join('\n')}\n`;
}
