/**
 * list-page: is this page a portal's column of 年报 links — one link per body and year — rather
 * than a report? Then the extension can say "本页列出 N 份年度报告" and check them all.
 *
 * The heuristic, in short:
 * 1. A report link is one whose text (or title) names the annual disclosure report
 *    (年度报告/年报/工作报告 with 信息公开) and a year, or whose URL is a document inside the 年报
 *    column (zfxxgknb, xxgknb, gknb, xxgkndbg); never one that names another yearly document
 *    (预算, 决算, 工作总结, 统计公报 …), an article's 上一篇/下一篇, or a link in script/template/noscript.
 * 2. Links are deduplicated by absolute URL: portals print a static list and a script-rendered copy.
 * 3. The page is a list when some element holds at least MIN_REPORTS distinct report links that
 *    are at least MIN_SHARE of the distinct links it holds: a news page's sidebar with a 年报 link
 *    among its other links is no list. A page printing a report's tables is the report: its
 *    相关 and 上一篇/下一篇 links are its navigation, never a list.
 * 4. The reports are those of the element holding the most, in document order; each with the year
 *    its text or URL names and the date printed in its row.
 * 5. The next page is a 下一页-like link, else the TRS page bar a script writes with createPageHTML.
 */
import { compact, tidyText } from './text';

export interface ListedReport {
  /** the link's text, whitespace tidied */
  text: string;
  /** absolute URL (resolved against the page URL / <base>) */
  href: string;
  /** the report year the link text or URL names (2023年度 / 2023年 / …), else null */
  year: number | null;
  /** a date printed beside the link in the same list item/row (YYYY-MM-DD), else null */
  date: string | null;
  /** same origin as the page */
  sameSite: boolean;
  /** 'page' for an HTML page, 'file' for a link to .pdf/.doc/.docx/.wps/.ofd/.xls(x)/.zip etc */
  kind: 'page' | 'file';
}

export interface ReportList {
  reports: ListedReport[];
  /** absolute URL of the list's next page (下一页 link, or the portal's createPageHTML-style page bar), null when none */
  next: string | null;
}

/** One report link is a sidebar entry or a "see also"; two distinct ones can be a list. */
const MIN_REPORTS = 2;
/**
 * The share of an element's distinct links that must be reports. A 年报 column is nothing but
 * reports (the real ones here: 80–100%, a 自查报告 or 工作要点 slipped in); a news page's sidebar or
 * a report's 相关链接 block mixes them with other links.
 */
const MIN_SHARE = 0.5;
/** How far above its link a row may start: a → dd → dl, a → td → tr, a → span → li. */
const MAX_ROW_DEPTH = 3;

/** The report's name: 政府信息公开(工作)年度报告, 信息公开年报, and the pre-2019 …信息公开工作报告. */
const REPORT_WORDS = /信息公开.{0,12}(?:年度报告|年报|工作报告)|(?:年度报告|年报).{0,4}信息公开/;
/** Other yearly documents a 信息公开 column also lists, and pages about a report that are not it. */
const OTHER_DOCUMENT = /预算|决算|工作总结|统计公报|工作要点|工作计划|解读|图解/;
/** The 年报 column in a portal's URL (TRS and most CMSs name folders by pinyin initials). */
const REPORT_FOLDER = /\/(?:zfxxgknb|xxgknb|gknb|xxgkndbg)\//i;
/** A column's own index page is the column, not a report in it. */
const INDEX_PAGE = /^(?:index(?:_\d+)?\.\w+)?$/i;
/** A year in a URL, where the folder or file names one: nb2023, 2023nb, ndbg_2023. */
const URL_YEAR = /(?:nb|ndbg)[_-]?((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})[_-]?(?:nb|ndbg)/i;
/** An article's neighbours, which a report page links: they are its navigation, not a list. */
const ARTICLE_NAVIGATION = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)/;
const NEXT_PAGE = /^(?:(?:下一页|下页|后页)[>›»]*|[›>])$/;
const FILE_EXTENSION = /\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar|7z)$/i;
/** Zero-width characters CMS editors leave inside titles: dropped, not turned into spaces. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const DATE = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** The 条例 took effect in 2008: no report covers an earlier year. */
const FIRST_YEAR = 2008;
const LAST_YEAR = 2100;

/** Elements whose content is not the page's: a list inside them is a script's template or fallback. */
const NOT_CONTENT = new Set(['SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

interface Link {
  el: Element;
  href: string;
  text: string;
  report: boolean;
}

const tidy = (text: string): string => tidyText(text.replace(ZERO_WIDTH, ''));

function insideNonContent(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (NOT_CONTENT.has(p.tagName.toUpperCase())) return true;
  return false;
}

/** The URL relative links resolve against: <base href>, itself resolved against the page URL. */
function baseOf(doc: Document, url: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (!base) return url;
  try {
    return new URL(base, url || undefined).href;
  } catch {
    return url;
  }
}

/** The absolute URL a link leads to, without its fragment; null for "#", javascript: and the like. */
function resolve(raw: string | null, base: string): URL | null {
  const href = raw?.trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(href)) return null;
  try {
    const resolved = new URL(href, base || undefined);
    if (!/^(?:https?|file):$/.test(resolved.protocol)) return null;
    resolved.hash = '';
    return resolved;
  } catch {
    return null;
  }
}

/** 2023 from "2023", "2023年度", "二〇二三年" (years as 政府 writes them in titles). */
function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(text) ?? /([〇零一二三四五六七八九]{4})年/.exec(text);
  if (!m) return null;
  const digits = m[1]!.replace(/零/g, '〇').replace(/[〇一二三四五六七八九]/g, (c) => String(CHINESE_DIGITS.indexOf(c)));
  const year = Number(digits);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

function yearInUrl(url: URL): number | null {
  const m = URL_YEAR.exec(url.pathname);
  const year = m ? Number(m[1] ?? m[2]) : NaN;
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** A document inside the 年报 column (not the column's index, nor the folder itself). */
function inReportFolder(url: URL): boolean {
  const m = REPORT_FOLDER.exec(url.pathname);
  return m !== null && !INDEX_PAGE.test(url.pathname.slice(m.index + m[0].length));
}

/**
 * Every document of the 年报 column sits in its folder, the 自查报告 and 工作要点 some bodies file
 * there too: a link in the folder counts when its text names a year and a report, or only a year.
 */
const REPORT_OR_YEAR = /报告|年报|^(?:19|20)\d{2}年度?$/;

function isReportLink(text: string, title: string, url: URL): boolean {
  const words = compact(`${text} ${title}`);
  if (!words || OTHER_DOCUMENT.test(words) || NEXT_PAGE.test(compact(text))) return false;
  // a year tells a report from the column's own link ("政府信息公开年报")
  if (REPORT_WORDS.test(words)) return yearIn(words) !== null || yearInUrl(url) !== null || inReportFolder(url);
  return inReportFolder(url) && yearIn(words) !== null && REPORT_OR_YEAR.test(words);
}

/** The text of `root` outside `skip`, where a row prints its date and an article its 上一篇. */
function textOutside(root: Element, skip: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === skip) continue;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(root);
  return out;
}

/** Links in `el` that lead elsewhere than `href`: a row holds one link (and maybe its copies). */
function holdsOtherLinks(el: Element, href: string, base: string): boolean {
  return Array.from(el.getElementsByTagName('a')).some((a) => {
    const url = resolve(a.getAttribute('href'), base);
    return url !== null && url.href !== href;
  });
}

/** The list item or table row a link stands in, up to MAX_ROW_DEPTH levels above it. */
function rowOf(link: Link, base: string): Element {
  let row: Element = link.el;
  for (let depth = 0; depth < MAX_ROW_DEPTH; depth += 1) {
    const parent = row.parentElement;
    if (!parent || holdsOtherLinks(parent, link.href, base)) break;
    row = parent;
    if (/^(?:LI|TR|DL)$/.test(row.tagName.toUpperCase())) break;
  }
  return row;
}

/** "上一篇：2022年…年度报告": a report page's link to its neighbour, printed before or in the link. */
const isArticleNavigation = (link: Link, base: string): boolean =>
  ARTICLE_NAVIGATION.test(compact(`${textOutside(rowOf(link, base), link.el)}${link.text}`));

function dateIn(text: string): string | null {
  const m = DATE.exec(compact(text));
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function linksOf(doc: Document, base: string): Link[] {
  return Array.from(doc.getElementsByTagName('a')).flatMap((el) => {
    const url = resolve(el.getAttribute('href'), base);
    if (!url || insideNonContent(el)) return [];
    const text = tidy(el.textContent ?? '');
    return [{ el, href: url.href, text, report: isReportLink(text, el.getAttribute('title') ?? '', url) }];
  });
}

/**
 * The element whose links are most reports and mostly reports: for every ancestor of a report
 * link, the distinct report URLs and distinct URLs it holds.
 */
function listContainer(links: Link[]): Element | null {
  const all = new Map<Element, Set<string>>();
  const reports = new Map<Element, Set<string>>();
  const add = (map: Map<Element, Set<string>>, el: Element, href: string) => {
    const set = map.get(el) ?? new Set<string>();
    set.add(href);
    map.set(el, set);
  };
  for (const link of links) {
    for (let p = link.el.parentElement; p; p = p.parentElement) {
      add(all, p, link.href);
      if (link.report) add(reports, p, link.href);
    }
  }
  let best: Element | null = null;
  let bestCount = 0;
  for (const [el, hrefs] of reports) {
    const share = hrefs.size / all.get(el)!.size;
    if (hrefs.size >= MIN_REPORTS && share >= MIN_SHARE && hrefs.size > bestCount) {
      best = el;
      bestCount = hrefs.size;
    }
  }
  return best;
}

function listedReport(link: Link, base: string, page: URL | null): ListedReport {
  const url = new URL(link.href);
  return {
    text: link.text,
    href: link.href,
    year: yearIn(compact(`${link.text} ${link.el.getAttribute('title') ?? ''}`)) ?? yearInUrl(url),
    date: dateIn(textOutside(rowOf(link, base), link.el)),
    sameSite: page !== null && url.protocol === page.protocol && url.host === page.host,
    kind: FILE_EXTENSION.test(url.pathname) ? 'file' : 'page',
  };
}

/** Report links in document order, one per URL; a later copy fills what the first lacks. */
function distinctReports(links: Link[], base: string, page: URL | null): ListedReport[] {
  const byHref = new Map<string, ListedReport>();
  for (const link of links) {
    const report = listedReport(link, base, page);
    const first = byHref.get(link.href);
    if (!first) byHref.set(link.href, report);
    else byHref.set(link.href, { ...first, text: first.text || report.text, year: first.year ?? report.year, date: first.date ?? report.date });
  }
  return [...byHref.values()];
}

/** A 下一页/›/> link that leads somewhere: not disabled, not "#", not javascript:, not this page. */
function nextLink(links: Link[], page: URL | null): string | null {
  const next = links.find((l) => NEXT_PAGE.test(compact(l.text)) && !/\bdisabled\b/i.test(l.el.getAttribute('class') ?? '')
    && !l.el.hasAttribute('disabled') && l.el.getAttribute('aria-disabled') !== 'true' && l.href !== page?.href);
  return next?.href ?? null;
}

/**
 * The TRS page bar: createPageHTML(pageCount, currentIndex, "index", "html") (optionally after a
 * container id, and with a record count after). Pages are index.html, index_1.html, …: the index
 * counts from 0, so the next page is index_{current+1} in the same folder, while one remains.
 * (Pingtan's list2.trsapi bar serves pages past maxStaticIndex from an API: no URL to follow.)
 */
const PAGE_BAR = /createPageHTML\(\s*(?:(["'])[^"']*\1\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*(["'])([\w.-]+)\4\s*,\s*(["'])(\w+)\6/;

function pageBarNext(doc: Document, base: string): string | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const m = PAGE_BAR.exec(script.textContent ?? '');
    if (!m) continue;
    const [count, current] = [Number(m[2]), Number(m[3])];
    return current + 1 < count ? resolve(`${m[5]}_${current + 1}.${m[7]}`, base)?.href ?? null : null;
  }
  return null;
}

/** 表三's first row, and 表四's two heads: a page printing them is a report (its links: 相关, 上一篇). */
const REPORT_TABLE = /本年新收政府信息公开申请数量|行政复议.*行政诉讼/;
const MAX_TABLES_TO_SCAN = 40;

function hasReportTables(doc: Document): boolean {
  return Array.from(doc.getElementsByTagName('table')).slice(0, MAX_TABLES_TO_SCAN)
    .some((table) => REPORT_TABLE.test(compact(table.textContent ?? '')));
}

/** The reports a page lists, or null when it is not a list of reports. */
export function reportListOf(doc: Document, url: string): ReportList | null {
  if (hasReportTables(doc)) return null;
  const base = baseOf(doc, url);
  const page = resolve(url, '');
  const links = linksOf(doc, base).map((l) => (l.report && isArticleNavigation(l, base) ? { ...l, report: false } : l));
  const container = listContainer(links);
  if (!container) return null;
  const inList = links.filter((l) => l.report && container.contains(l.el));
  return { reports: distinctReports(inList, base, page), next: nextLink(links, page) ?? pageBarNext(doc, base) };
}
