/** What the panel shows, computed from an analysis: plain data, no DOM, no extension APIs. */
import type { Analysis } from '../core/check';
import { cellMarks, suspectNumbers } from '../core/marks';
import { cellLabel, FORMAT_NAMES, SEVERITY_NAMES, type TableId } from '../core/model/forms';
import type { CellRef, Finding, Severity } from '../core/model/schema';
import { groupBy } from '../core/group-by';
import { countsText, findingGroup, isSuspect, severityCounts } from '../core/report';
import { RULES } from '../core/rules';
import { fingerprint } from '../core/fingerprint';
import { toReview, VERDICT_NAMES, type Decision, type Verdict } from '../core/review';
import { previews, type Preview } from './preview';

export interface FindingView {
  /** stable within one analysis: index in the findings list */
  index: number;
  /** a suspect finding's number (①, ②…), the one its cells' badges show */
  number?: number;
  /** a suspect-cell finding: stated first, as the conclusion */
  suspect: boolean;
  ruleId: string;
  messageId: string;
  severity: Severity;
  title: string;
  description: string;
  message: string;
  /** "（七）总计·自然人 = 1、（七）总计·其他 = 11" when the finding knows the values that fix it */
  fix?: string;
  /** value cells, with what the page prints in them */
  cells: { ref: CellRef; label: string; text: string }[];
  /** the page's own labels it is about (format rules), as printed */
  labels: string[];
  quotes: string[];
  /** the table of its first cell, if any: the preview to show with it */
  table?: TableId;
  /** the PDF pages its cells are on (a PDF's cells cannot be marked in the viewer: the finding says where) */
  pages: number[];
  /** what the reviewer's decision is kept under (src/core/fingerprint.ts) */
  fingerprint: string;
  /** the reviewer's decision, if any */
  decision: { verdict: Verdict; comment: string } | null;
}

/** A file the report page links: checked here when it is a PDF or DOCX of the same site. */
export interface AttachmentView {
  text: string;
  href: string;
  /** why it cannot be checked here, or null when it can */
  blocked: string | null;
}

export interface PanelModel {
  detected: boolean;
  reason: string;
  title: string;
  facts: { label: string; value: string }[];
  /** what is left once ignored findings are set aside */
  counts: Record<Severity, number>;
  /** findings no decision has settled (none, or 存疑): 待复核 */
  toReview: number;
  /** findings the reviewer ignored: folded away unless shown */
  ignored: number;
  /** the conclusion, first: the most probable wrong cells (suspect-cell) */
  suspects: FindingView[];
  /** every other finding, grouped by the table of its first cell */
  groups: { title: string; findings: FindingView[] }[];
  previews: Preview[];
  attachments: AttachmentView[];
}

/** The PDF page a handle of the PDF reader names ({ page, box }), if it is one. */
const pageOf = (handle: unknown): number | null => {
  const page = (handle as { page?: unknown } | null)?.page;
  return typeof page === 'number' ? page : null;
};

/** What can be checked of a linked file, judged by its address (the file's own signature decides when it is read). */
function attachmentView(text: string, href: string, pageUrl: string): AttachmentView {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return { text, href, blocked: '地址无法识别' };
  }
  const ext = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  const blocked = pageUrl && url.origin !== new URL(pageUrl).origin ? `在其他网站（${url.host}），不读取`
    : ext === 'doc' || ext === 'wps' ? '旧版 Word/WPS 文件：请另存为 PDF 或 DOCX 后再检查'
      : ext === 'pdf' || ext === 'docx' ? null
        : '不是 PDF 或 DOCX 文件';
  return { text: text || url.pathname.split('/').pop() || href, href: url.href, blocked };
}

const printedText = (analysis: Analysis, ref: CellRef): string => {
  const cell = analysis.extraction.tables[ref.table]?.cells.get(ref.row, ref.column);
  if (!cell) return '';
  return cell.kind === 'blank' ? '空白' : cell.value !== null && !cell.unit ? String(cell.value) : cell.text;
};

/** The findings shown and marked: all but the ignored ones, unless those are asked for too. */
export function shownFindings(analysis: Pick<Analysis, 'findings' | 'meta'>, decisions: ReadonlyMap<string, Decision>, showIgnored: boolean): Finding[] {
  if (showIgnored || decisions.size === 0) return analysis.findings;
  const { agency, year } = analysis.meta;
  return analysis.findings.filter((f) => decisions.get(fingerprint(f, agency, year))?.verdict !== 'ignored');
}

export function panelModel(analysis: Analysis, decisions: ReadonlyMap<string, Decision> = new Map(), showIgnored = false): PanelModel {
  const { findings, meta } = analysis;
  const rules = new Map(RULES.map((r) => [r.id, r]));
  const prints = findings.map((f) => fingerprint(f, meta.agency, meta.year));
  const shown = new Set(shownFindings(analysis, decisions, showIgnored));
  const numbers = suspectNumbers(findings.filter((f) => shown.has(f)));
  const view = (finding: Finding, index: number): FindingView => {
    const rule = rules.get(finding.ruleId);
    const cells = finding.cells.flatMap((ref) => (ref.table === 'text' ? [] : [{ ref, label: cellLabel(ref.table, ref.row, ref.column), text: printedText(analysis, ref) }]));
    const labels = analysis.labelsOf(finding).map((l) => l.text);
    const handles = [...finding.cells.flatMap((ref) => (ref.table === 'text' ? [] : [analysis.locate(ref)])), ...analysis.labelsOf(finding).map((l) => l.source.cell.handle)];
    const pages = [...new Set(handles.map(pageOf).filter((p): p is number => p !== null))].sort((a, b) => a - b);
    return {
      index,
      ...(numbers.has(finding) ? { number: numbers.get(finding)! } : {}),
      suspect: isSuspect(finding),
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity: finding.severity,
      title: rule?.title ?? finding.ruleId,
      description: rule?.description ?? '',
      message: finding.message,
      ...(finding.fix ? { fix: finding.fix.map(({ cell, value }) => `${cellLabel(cell.table, cell.row, cell.column)} = ${value}`).join('、') } : {}),
      // a finding about labels lists the labels, not the value cells it keys them by
      cells: labels.length > 0 ? [] : cells,
      labels,
      quotes: finding.cells.flatMap((ref) => (ref.table === 'text' ? [ref.quote] : [])),
      ...(cells[0] ? { table: cells[0].ref.table } : {}),
      pages,
      fingerprint: prints[index]!,
      decision: decisionOf(decisions.get(prints[index]!)),
    };
  };
  const views = findings.map(view).filter((v) => shown.has(findings[v.index]!));
  const others = views.filter((v) => !v.suspect);
  const marks = cellMarks([...shown], (f) => analysis.labelsOf(f).length > 0);
  const kept = findings.filter((_, i) => decisions.get(prints[i]!)?.verdict !== 'ignored');
  return {
    detected: analysis.detected,
    reason: analysis.verdict.reason,
    title: meta.title ?? '（无标题）',
    facts: [
      { label: '机关', value: meta.agency ?? '未写明' },
      { label: '年度', value: meta.year === null ? '未知' : String(meta.year) },
      { label: '格式', value: analysis.format ? FORMAT_NAMES[analysis.format] : '未能判断' },
      { label: '日期', value: meta.publishedAt ?? '未找到' },
    ],
    counts: severityCounts(kept),
    toReview: toReview(prints, decisions),
    ignored: findings.length - kept.length,
    suspects: views.filter((v) => v.suspect),
    groups: [...groupBy(others, (v) => findingGroup(findings[v.index]!))].map(([title, list]) => ({ title, findings: list })),
    previews: previews(analysis.extraction, marks),
    attachments: analysis.article.attachments.map((a) => attachmentView(a.text, a.href, analysis.url)),
  };
}

const decisionOf = (d: Decision | undefined): FindingView['decision'] => (d ? { verdict: d.verdict, comment: d.comment } : null);

/** The findings as a plain list, for the clipboard: the most probable errors first, with their fixes. */
export function findingsText(model: PanelModel): string {
  const lines = [model.title, model.facts.map((f) => `${f.label}：${f.value}`).join(' · '), countsText(model.counts), ''];
  const decided = (f: FindingView) => (f.decision ? ` 〔${VERDICT_NAMES[f.decision.verdict]}${f.decision.comment ? `：${f.decision.comment}` : ''}〕` : '');
  const item = (f: FindingView) => `- [${SEVERITY_NAMES[f.severity]}] ${f.title}（${f.ruleId}）：${f.message}${f.fix ? `（改为：${f.fix}）` : ''}${decided(f)}`;
  if (model.suspects.length > 0) lines.push('最可能的错误', ...model.suspects.map(item), '');
  for (const group of model.groups) lines.push(group.title, ...group.findings.map(item), '');
  return lines.join('\n');
}
