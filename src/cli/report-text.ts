/** The CLI's readable report: the report's facts, counts by severity, findings grouped by table. */
import type { Analysis } from '../core/check';
import { TABLE_TITLES, type TableId } from '../core/model/layout';
import type { Finding } from '../core/model/schema';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const SEVERITY_MARKS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
const FORMAT_NAMES = { '2019': '2019 年试行格式', '2021': '2021 年修订格式' } as const;

function groupOf(finding: Finding): string {
  const first = finding.cells[0];
  if (!first) return '整体';
  return first.table === 'text' ? '正文' : TABLE_TITLES[first.table as TableId];
}

export function formatReport(analysis: Analysis): string {
  const { json } = analysis;
  if (!analysis.detected) return `不是政府信息公开工作年度报告：${analysis.detection.reason}\n`;
  const m = json.meta;
  const lines = [
    m.title ?? '（无标题）',
    `机关：${m.agency ?? '—'} · 年度：${m.year ?? '—'} · 格式：${m.format ? FORMAT_NAMES[m.format] : '未能判断'} · 日期：${m.publishedAt ?? '—'}`,
  ];
  const count = (s: Finding['severity']) => json.findings.filter((f) => f.severity === s).length;
  lines.push(`${SEVERITY_NAMES.error} ${count('error')} · ${SEVERITY_NAMES.warning} ${count('warning')} · ${SEVERITY_NAMES.info} ${count('info')}`);
  const groups = new Map<string, Finding[]>();
  for (const finding of json.findings) {
    const group = groupOf(finding);
    groups.set(group, [...(groups.get(group) ?? []), finding]);
  }
  for (const [group, findings] of groups) {
    lines.push('', group);
    for (const f of findings) lines.push(`  ${SEVERITY_MARKS[f.severity]} ${SEVERITY_NAMES[f.severity]} ${f.ruleId}  ${f.message}`);
  }
  if (json.findings.length === 0) lines.push('', '没有发现问题。');
  return `${lines.join('\n')}\n`;
}
