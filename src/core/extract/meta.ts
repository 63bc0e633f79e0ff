/**
 * The report's own facts: title, reporting body, year reported on, and dates it states.
 */
import type { RawPage } from './raw';
import { toHalfWidth, tidyText } from './text';

export interface Meta {
  title: string | null;
  agency: string | null;
  year: number | null;
  publishedAt: string | null;
}

const REPORT_TITLE = /政府信息公开|政务公开|信息公开/;
const REPORT_KIND = /年度报告|年报|工作报告|情况报告/;
const TITLE_SEPARATORS = /\s*[_|｜]\s*|\s+[-–—]\s+|-(?=[^-]*$)/;

/** The title: the CMS's ArticleTitle, the document title without the site name, or a heading. */
export function readTitle(page: RawPage): string | null {
  const candidates: string[] = [];
  if (page.metaTags.ArticleTitle) candidates.push(page.metaTags.ArticleTitle);
  candidates.push(...page.title.split(TITLE_SEPARATORS));
  for (const block of page.blocks.slice(0, 12)) {
    if (block.text.length <= 80) candidates.push(block.text);
  }
  const report = candidates.map(tidyText).find((t) => REPORT_TITLE.test(t) && REPORT_KIND.test(t) && t.length <= 80);
  if (report) return report;
  const first = tidyText(page.title.split(TITLE_SEPARATORS)[0] ?? '');
  return first === '' ? null : first;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;

export function readYear(title: string | null, page: RawPage): number | null {
  const fromTitle = title ? YEAR_IN_TITLE.exec(toHalfWidth(title)) : null;
  if (fromTitle) return Number(fromTitle[1]);
  // A stated statistical period: "统计期限为2025年1月1日至12月31日".
  for (const block of page.blocks.slice(0, 40)) {
    const period = /统计期限[^0-9]{0,8}((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(toHalfWidth(block.text));
    if (period) return Number(period[1]);
  }
  return null;
}

/**
 * The body named in the title: the words before the year ("砟子镇人民政府2019年…"), or between the
 * year and 政府信息公开 ("2019年上海市人民政府办公厅政府信息公开…"). Null when the title names none.
 */
export function readAgency(title: string | null): string | null {
  if (!title) return null;
  const text = toHalfWidth(title).replace(/\s+/g, '');
  const year = YEAR_IN_TITLE.exec(text);
  const clean = (s: string) => s.replace(/^关于/, '').replace(/的$/, '').replace(/[《》“”"]/g, '').trim();
  if (year) {
    const before = clean(text.slice(0, year.index));
    if (before.length >= 2) return before;
    const after = text.slice(year.index + year[0].length).replace(/^度/, '');
    const end = after.search(/(?:政府)?信息公开|政务公开/);
    const between = clean(end >= 0 ? after.slice(0, end) : '');
    return between.length >= 2 ? between : null;
  }
  const end = text.search(/(?:政府)?信息公开|政务公开/);
  const before = clean(end > 0 ? text.slice(0, end) : '');
  return before.length >= 2 ? before : null;
}

/** A date written in any of the usual ways, as ISO YYYY-MM-DD; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(toHalfWidth(text));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_LABEL = /(?:发布|公开|成文|印发)(?:日期|时间)\s*[:：]?\s*/;
const SIGNATURE_DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

export interface DatedSource {
  /** ISO date */
  date: string;
  /** a signature line at the end of the article, or a publication date the page states */
  kind: 'signature' | 'publication';
  /** where it was read, as printed: a quote for findings */
  quote: string;
}

/**
 * Dates the page states for its publication or signature: the CMS's PubDate, labelled lines
 * (发布日期：…) in the text or the metadata table, a date-only line at the end of the article,
 * and URL segments like t20240115_.
 */
export function readDates(page: RawPage, tableTexts: string[][]): DatedSource[] {
  const dates: DatedSource[] = [];
  const add = (text: string, kind: DatedSource['kind'], quote: string) => {
    const date = parseDate(text);
    if (date && !dates.some((d) => d.date === date && d.kind === kind)) dates.push({ date, kind, quote });
  };
  for (const name of ['PubDate', 'pubdate', 'publishdate', 'PublishDate', 'firstpublishedtime', 'article:published_time']) {
    const value = page.metaTags[name];
    if (value) add(value, 'publication', `<meta name="${name}" content="${value}">`);
  }
  for (const block of page.blocks) {
    if (block.kind !== 'text' && block.kind !== 'heading') continue;
    const labelled = DATE_LABEL.exec(block.text);
    if (labelled) {
      const at = labelled.index + labelled[0].length;
      add(block.text.slice(at, at + 30), 'publication', tidyText(block.text.slice(labelled.index, at + 20)));
    }
  }
  for (const cells of tableTexts) {
    cells.forEach((text, i) => {
      if (!text.includes('日期') && !text.includes('时间')) return; // most cells: no date label
      const label = text.replace(/\s+/g, '');
      if (/^(?:发布|公开|成文)(?:日期|时间)[:：]?$/.test(label) && cells[i + 1]) add(cells[i + 1]!, 'publication', `${label}：${tidyText(cells[i + 1]!)}`);
    });
  }
  const textBlocks = page.blocks.filter((b) => b.kind === 'text' || b.kind === 'heading');
  for (const block of textBlocks.slice(-4)) {
    const line = toHalfWidth(block.text.replace(/\s+/g, ''));
    if (SIGNATURE_DATE.test(line)) add(line, 'signature', tidyText(block.text));
  }
  const fromUrl = /[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_/.exec(page.url);
  if (fromUrl) add(`${fromUrl[1]}-${fromUrl[2]}-${fromUrl[3]}`, 'publication', page.url);
  return dates;
}

/** The earliest stated date: the safest for the deadline and period checks. */
export const earliestDate = (dates: DatedSource[]): string | null =>
  dates.map((d) => d.date).sort()[0] ?? null;
