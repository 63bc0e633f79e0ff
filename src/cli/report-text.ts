/**
 * The CLI's readable report: the report's facts, counts by severity, the most probable errors
 * first (suspect-cell, with the values that would fix them), then findings grouped by table.
 */
import type { Analysis } from '../core/check';
import { FORMAT_NAMES, SEVERITY_NAMES } from '../core/model/forms';
import type { Finding } from '../core/model/schema';
import { groupBy } from '../core/group-by';
import { countsText, findingGroup, fixText, isSuspect, severityCounts } from '../core/report';

const SEVERITY_MARKS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

const line = (f: Finding) => `  ${SEVERITY_MARKS[f.severity]} ${SEVERITY_NAMES[f.severity]} ${f.ruleId}  ${f.message}`;

const fixLine = (f: Finding) => `      改为：${fixText(f.fix!)}`;

/**
 * Control characters a page put in its text (an escape sequence clears a terminal or sets its
 * title) are shown as "�": the readable report quotes page text as is otherwise.
 */
const CONTROL = /(?![\n\t])\p{Cc}/gu;
const printable = (text: string): string => text.replace(CONTROL, '\ufffd');

/** `scannedPages`: pages of a PDF without a text layer, whose content was not read. */
export const formatReport = (analysis: Pick<Analysis, 'detected' | 'verdict' | 'json'>, scannedPages: readonly number[] = []): string =>
  printable(reportText(analysis, scannedPages));

function reportText(analysis: Pick<Analysis, 'detected' | 'verdict' | 'json'>, scannedPages: readonly number[]): string {
  const { json } = analysis;
  if (!analysis.detected) return `不是政府信息公开工作年度报告：${analysis.verdict.reason}\n`;
  const m = json.meta;
  const lines = [
    m.title ?? '（无标题）',
    `机关：${m.agency ?? '—'} · 年度：${m.year ?? '—'} · 格式：${m.format ? FORMAT_NAMES[m.format] : '未能判断'} · 日期：${m.publishedAt ?? '—'}`,
  ];
  if (scannedPages.length > 0) lines.push(`第 ${scannedPages.join('、')} 页没有文字层（扫描件），其中的内容没有读取`);
  lines.push(countsText(severityCounts(json.findings)));
  const suspects = json.findings.filter(isSuspect);
  if (suspects.length > 0) {
    lines.push('', '最可能的错误');
    for (const f of suspects) lines.push(line(f), ...(f.fix ? [fixLine(f)] : []));
  }
  for (const [group, findings] of groupBy(json.findings.filter((f) => !isSuspect(f)), findingGroup)) {
    lines.push('', group, ...findings.map(line));
  }
  if (json.findings.length === 0) lines.push('', '没有发现问题。');
  return `${lines.join('\n')}\n`;
}
