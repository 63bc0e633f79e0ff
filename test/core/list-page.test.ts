/**
 * reportListOf: real 年报 columns of the Pingtan portal (test/fixtures/lists, see its README) give
 * their reports as printed; report pages, articles and mixed columns give null; small pages pin
 * each rule (other yearly documents, sidebars, scripts, hrefs, origins, files, next pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reportListOf, type ListedReport } from '../../src/core/extract/list-page';
import { parseHtmlDocument } from '../../src/cli/html';
import { fixturePath, loadDocument } from '../helpers';

const PORTAL = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm';
/** A column's URL, as the portal serves it (its index page). */
const column = (body: string) => `${PORTAL}/${body}/zfxxgknb/`;
const listOf = (fixture: string, url: string) => reportListOf(loadDocument('lists', fixture), url);
const entry = (r: ListedReport) => ({ text: r.text, href: r.href, year: r.year, date: r.date });

describe('real 年报 columns', () => {
  it('自然资源与生态环境局: the ten reports of page 1, newest first, with the dates beside them', () => {
    const url = column('ptzhsyqzrz');
    const list = listOf('ptzhsyqzrz-zfxxgknb.html', url)!;
    expect(list.reports).toHaveLength(10);
    expect(entry(list.reports[0]!)).toEqual({
      text: '平潭综合实验区自然资源与生态环境局2025年政府信息公开工作年度报告',
      href: `${url}202601/t20260130_104872.htm`, year: 2025, date: '2026-01-30',
    });
    // the 2021 report is titled …年度政府信息公开工作报告, without 年度报告
    expect(entry(list.reports[4]!)).toEqual({
      text: '平潭综合实验区自然资源与生态环境局2021年度政府信息公开工作报告',
      href: `${url}202201/t20220111_80612.htm`, year: 2021, date: '2022-01-11',
    });
    // published in 2019, reporting on 2018: the year is the title's, the date the list's
    expect(entry(list.reports[7]!)).toEqual({
      text: '平潭综合实验区环境与国土资源局2018年政府信息公开年度报告',
      href: `${url}201902/t20190213_80550.htm`, year: 2018, date: '2019-02-14',
    });
    expect(entry(list.reports[9]!)).toEqual({
      text: '平潭综合实验区环境与国土资源局2016年度政府信息公开年度报告',
      href: `${url}201701/t20170111_80472.htm`, year: 2016, date: '2017-01-12',
    });
    expect(list.reports.map((r) => r.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(list.reports.every((r) => r.sameSite && r.kind === 'page')).toBe(true);
  });

  it('财政金融局: nine reports; the 自查报告 filed in the same column is not one', () => {
    const url = column('ptzhsyqczj');
    const list = listOf('ptzhsyqczj-zfxxgknb.html', url)!;
    expect(list.reports).toHaveLength(9);
    expect(list.reports.some((r) => r.text.includes('自查报告'))).toBe(false);
    expect(entry(list.reports[3]!)).toEqual({
      text: '平潭综合实验区财政金融局2022年度 政府信息公开工作年度报告',
      href: `${url}202301/t20230105_80614.htm`, year: 2022, date: '2023-01-05',
    });
    expect(entry(list.reports[7]!)).toEqual({
      text: '平潭综合实验区财政金融局2018 年政府信息公开工作年度报告',
      href: `${url}201901/t20190109_80527.htm`, year: 2018, date: '2019-01-09',
    });
    expect(entry(list.reports[8]!)).toEqual({
      text: '平潭综合实验区财政金融局2017 年政府信息公开工作年度报告',
      href: `${url}201801/t20180105_80495.htm`, year: 2017, date: '2018-01-05',
    });
  });

  it('公安局: eight reports; its 政务公开工作要点落实情况 and 报送…工作情况的函 are not', () => {
    const url = column('ptzhsyqgaj');
    const list = listOf('ptzhsyqgaj-zfxxgknb.html', url)!;
    expect(list.reports.map((r) => r.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018]);
    expect(entry(list.reports[1]!)).toEqual({
      text: '平潭综合实验区公安局2024年政府信息公开工作年度报告',
      href: `${url}202501/t20250120_96806.htm`, year: 2024, date: '2025-01-20',
    });
    expect(entry(list.reports[7]!)).toEqual({
      text: '平潭综合实验区公安局2018年政府信息公开工作报告',
      href: `${url}201901/t20190116_80532.htm`, year: 2018, date: '2019-01-16',
    });
    expect(list.reports.some((r) => /工作要点|的函/.test(r.text))).toBe(false);
  });

  it('管委会办公室: ten reports, 2025 back to 2016', () => {
    const url = column('ptzhsyqgwh');
    const list = listOf('ptzhsyqgwh-zfxxgknb.html', url)!;
    expect(list.reports).toHaveLength(10);
    expect(entry(list.reports[0]!)).toEqual({
      text: '平潭综合实验区管委会办公室2025年度政府信息公开工作年度报告',
      href: `${url}202601/t20260131_104919.htm`, year: 2025, date: '2026-01-30',
    });
    expect(entry(list.reports[6]!)).toEqual({
      text: '平潭综合实验区管委会办公室2019年度政府信息公开工作年度报告',
      href: `${url}202001/t20200122_80577.htm`, year: 2019, date: '2020-01-22',
    });
  });

  it('has no next page to follow: the portal\'s list2.trsapi bar serves page 2 (公安局: 16 records, 10 a page) from its search API', () => {
    for (const body of ['ptzhsyqzrz', 'ptzhsyqczj', 'ptzhsyqgaj', 'ptzhsyqgwh']) {
      expect(listOf(`${body}-zfxxgknb.html`, column(body))!.next).toBeNull();
    }
  });

  it('counts the list once when the script-rendered copy carries the same links', () => {
    const html = readFileSync(fixturePath('lists', 'ptzhsyqzrz-zfxxgknb.html'), 'utf8');
    const start = html.indexOf('<dl>', html.indexOf('ms-visible="showStatic"'));
    const end = html.indexOf('<div class="rules_tabs_01 rules_tabs_no_bg" ms-visible="!showStatic"');
    const rendered = html.replace('<div ms-if="list.length==0">', `${html.slice(start, end)}<div ms-if="list.length==0">`);
    const url = column('ptzhsyqzrz');
    const list = reportListOf(parseHtmlDocument(rendered), url)!;
    expect(rendered.split('t20260130_104872.htm').length - 1).toBe(2);
    expect(list.reports.map(entry)).toEqual(listOf('ptzhsyqzrz-zfxxgknb.html', url)!.reports.map(entry));
  });
});

describe('pages that are not lists of reports', () => {
  it.each(['corpus', 'seeds'].flatMap((dir) => readdirSync(fixturePath(dir)).filter((f) => f.endsWith('.html')).map((f) => [dir, f])))(
    '%s/%s (a report page) is none', (dir, page) => {
      expect(reportListOf(loadDocument(dir, page), `https://example.gov.cn/xxgk/gknb/${page}`)).toBeNull();
    });

  it('the 工作进展情况 column: 75 links to 工作总结, 抽查情况 and a 年度…工作情况的报告, no 年报', () => {
    expect(listOf('ghxx-gzjzqk-list.html', 'https://www.pingtan.gov.cn/zwgk/ghxx/gzjzqk/')).toBeNull();
  });

  it('an article (a 2022年工作总结) with the portal\'s navigation', () => {
    expect(listOf('ghxx-gzjzqk-83420-article.html', 'https://www.pingtan.gov.cn/zwgk/ghxx/gzjzqk/202312/t20231218_83420.htm')).toBeNull();
  });
});

const PAGE = 'https://www.example.gov.cn/xxgk/gknb/index.html';
const report = (year: number, href = `./${year}/t${year}0120_1.html`) => `<li><a href="${href}">某县人民政府${year}年政府信息公开工作年度报告</a><span>${year + 1}-01-20</span></li>`;
const listHtml = (...items: string[]) => `<html><body><ul class="list">${items.join('')}</ul></body></html>`;
const listed = (html: string, url = PAGE) => reportListOf(parseHtmlDocument(html), url);
const news = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/news/${i}.html">新闻动态第${i}条</a></li>`).join('');

describe('which links are reports', () => {
  it('a list of two reports is a list; one report is not', () => {
    expect(listed(listHtml(report(2023), report(2022)))!.reports.map((r) => r.year)).toEqual([2023, 2022]);
    expect(listed(listHtml(report(2023)))).toBeNull();
  });

  it('other yearly documents are not reports: 预算, 决算, 工作总结, 统计公报, 工作要点, 解读', () => {
    const others = ['2023年部门预算', '2022年度部门决算', '2023年政府信息公开工作总结', '2023年国民经济和社会发展统计公报',
      '2024年政务公开工作要点', '《2023年政府信息公开工作年度报告》解读']
      .map((t, i) => `<li><a href="/xxgk/${i}.html">${t}</a><span>2024-01-0${i + 1}</span></li>`);
    expect(listed(listHtml(...others))).toBeNull();
    // beside three reports, two of them are left out of the list
    expect(listed(listHtml(...others.slice(0, 2), report(2023), report(2022), report(2021)))!.reports.map((r) => r.year)).toEqual([2023, 2022, 2021]);
    // a column of other documents with two reports among them is no 年报 list
    expect(listed(listHtml(...others, report(2023), report(2022)))).toBeNull();
  });

  it('the column\'s own link (政府信息公开年报, no year) is not a report', () => {
    expect(listed(listHtml('<li><a href="/xxgk/gknb/">政府信息公开年报</a></li>', report(2023)))).toBeNull();
  });

  it('a link in the 年报 folder counts by a year and a report in its text, or a year alone', () => {
    const list = listed(listHtml(
      '<li><a href="/xxgk/zfxxgknb/2023.html">2023年度</a></li>',
      '<li><a href="/xxgk/zfxxgknb/2022.html">某县2022年度报告</a></li>',
      '<li><a href="/xxgk/zfxxgknb/zc.html">关于政务公开工作的自查报告</a></li>',
      '<li><a href="/xxgk/zfxxgknb/">更多</a></li>',
    ), 'https://www.example.gov.cn/xxgk/')!;
    expect(list.reports.map((r) => [r.text, r.year])).toEqual([['2023年度', 2023], ['某县2022年度报告', 2022]]);
  });

  it('reads years written in Chinese numerals and years in the URL', () => {
    const list = listed(listHtml(
      '<li><a href="/a/1.html">某局二〇二三年度政府信息公开工作年度报告</a></li>',
      '<li><a href="/a/nb2022.html">某局政府信息公开年报</a></li>',
    ))!;
    expect(list.reports.map((r) => r.year)).toEqual([2023, 2022]);
  });

  it('drops zero-width characters editors leave in titles', () => {
    const list = listed(listHtml(report(2023).replace('某县', '某\u200b县'), report(2022)))!;
    expect(list.reports[0]!.text).toBe('某县人民政府2023年政府信息公开工作年度报告');
  });

  it('classifies a truncated link by its title attribute (the browser keeps it)', () => {
    const item = (y: number) => `<li><a href="/a/${y}.html" title="某县人民政府${y}年政府信息公开工作年度报告">某县人民政府${y}年政府信息…</a></li>`;
    const doc = parseHTML(listHtml(item(2023), item(2022))).document as unknown as Document;
    expect(reportListOf(doc, PAGE)!.reports.map((r) => [r.text, r.year])).toEqual([['某县人民政府2023年政府信息…', 2023], ['某县人民政府2022年政府信息…', 2022]]);
  });
});

describe('where the reports stand', () => {
  it('a news page with one 年报 link in its sidebar is not a list', () => {
    const page = `<html><body><div class="main"><ul>${news(12)}</ul></div><div class="side"><ul>${report(2023)}<li><a href="/zt/1.html">专题专栏</a></li></ul></div></body></html>`;
    expect(listed(page)).toBeNull();
  });

  it('two 年报 links among a sidebar\'s news links are not a list (under half its links)', () => {
    const page = `<html><body><div class="side"><ul>${news(6)}${report(2023)}${report(2022)}</ul></div></body></html>`;
    expect(listed(page)).toBeNull();
  });

  it('a list keeps its reports and leaves out a stray 年报 link elsewhere on the page', () => {
    const page = `<html><body><div class="nav"><ul>${news(8)}<li><a href="/other/x.html">某市2021年政府信息公开工作年度报告</a></li></ul></div>${listHtml(report(2023), report(2022), report(2021))}</body></html>`;
    expect(listed(page)!.reports.map((r) => r.href)).toEqual([2023, 2022, 2021].map((y) => `https://www.example.gov.cn/xxgk/gknb/${y}/t${y}0120_1.html`));
  });

  it('a report page\'s 上一篇/下一篇 are its navigation, not a list', () => {
    const page = `<html><body><div class="article">正文</div><div class="pager"><p>上一篇：<a href="/a/2022.html">某县2022年政府信息公开工作年度报告</a></p><p>下一篇：<a href="/a/2024.html">某县2024年政府信息公开工作年度报告</a></p></div></body></html>`;
    expect(listed(page)).toBeNull();
  });

  it('a page printing a report\'s tables is the report, whatever it links', () => {
    const tables = '<table><tr><td>本年新收政府信息公开申请数量</td><td>5</td></tr></table><table><tr><td>行政复议</td><td>行政诉讼</td></tr></table>';
    const page = `<html><body>${tables}<div class="related"><h3>相关年报</h3><ul>${report(2022)}${report(2021)}${report(2020)}</ul></div></body></html>`;
    expect(listed(page)).toBeNull();
    expect(listed(page.replace(tables, ''))!.reports).toHaveLength(3);
  });

  it('reads a table of reports: the date in the row, after the link', () => {
    const row = (y: number) => `<tr><td>${y + 1 - 2020}</td><td><a href="/nb/${y}.html">某县${y}年度政府信息公开工作年度报告</a></td><td>${y + 1}年1月${20 + y - 2020}日</td></tr>`;
    const list = listed(`<html><body><table><tbody>${row(2021)}${row(2022)}</tbody></table></body></html>`)!;
    expect(list.reports.map((r) => r.date)).toEqual(['2022-01-21', '2023-01-22']);
  });

  it('gives no date when the row prints none', () => {
    const list = listed(listHtml('<li><a href="/a/1.html">某县2023年政府信息公开工作年度报告</a></li>', '<li><a href="/a/2.html">某县2022年政府信息公开工作年度报告</a></li>'))!;
    expect(list.reports.map((r) => r.date)).toEqual([null, null]);
  });
});

describe('links', () => {
  it('ignores links inside script, template and noscript', () => {
    const hidden = `<script>document.write('<a href="/s/2020.html">某县2020年政府信息公开工作年度报告</a>')</script>`
      + `<template><ul>${report(2019)}${report(2018)}</ul></template><noscript><ul>${report(2017)}${report(2016)}</ul></noscript>`;
    expect(listed(`<html><body>${hidden}<ul>${report(2023)}</ul></body></html>`)).toBeNull();
    expect(listed(`<html><body>${hidden}${listHtml(report(2023), report(2022))}</body></html>`)!.reports.map((r) => r.year)).toEqual([2023, 2022]);
  });

  it('ignores javascript:, "#" and empty hrefs', () => {
    expect(listed(listHtml(report(2023, 'javascript:void(0)'), report(2022, '#'), report(2021, '')))).toBeNull();
  });

  it('resolves against <base href> and marks links to other sites', () => {
    const page = `<html><head><base href="https://www.example.gov.cn/xxgk/"></head><body>${listHtml(report(2023, 'nb/2023.html'), report(2022, 'https://other.gov.cn/nb/2022.html'))}</body></html>`;
    const list = listed(page, 'https://www.example.gov.cn/somewhere/else.html')!;
    expect(list.reports.map((r) => [r.href, r.sameSite])).toEqual([
      ['https://www.example.gov.cn/xxgk/nb/2023.html', true],
      ['https://other.gov.cn/nb/2022.html', false],
    ]);
  });

  it('tells files from pages', () => {
    const list = listed(listHtml(report(2023, '/up/2023.pdf'), report(2022, '/up/2022.DOCX'), report(2021, '/up/2021.wps'), report(2020, '/up/2020.ofd'), report(2019, '/a/2019.shtml')))!;
    expect(list.reports.map((r) => r.kind)).toEqual(['file', 'file', 'file', 'file', 'page']);
  });
});

describe('the next page', () => {
  const withPager = (pager: string) => `<html><body>${listHtml(report(2023), report(2022))}<div class="page">${pager}</div></body></html>`;

  it('is the 下一页 link', () => {
    expect(listed(withPager('<a href="index.html">上一页</a><a href="index_2.html">下一页</a>'))!.next).toBe('https://www.example.gov.cn/xxgk/gknb/index_2.html');
    expect(listed(withPager('<a href="?page=2">&gt;</a>'))!.next).toBe('https://www.example.gov.cn/xxgk/gknb/index.html?page=2');
  });

  it('is none when 下一页 is disabled, "#", javascript: or this page', () => {
    for (const pager of ['<a class="btn disabled" href="index_1.html">下一页</a>', '<a href="#">下一页</a>',
      '<a href="javascript:goPage(2)">下一页</a>', `<a href="${PAGE}">下一页</a>`]) {
      expect(listed(withPager(pager))!.next).toBeNull();
    }
  });

  it('follows the TRS page bar a script writes: createPageHTML(pages, current from 0, name, ext)', () => {
    expect(listed(withPager('<script>createPageHTML(5, 0, "index", "html");</script>'))!.next).toBe('https://www.example.gov.cn/xxgk/gknb/index_1.html');
    expect(listed(withPager("<script>createPageHTML('page_div', 5, 2, 'index', 'shtml', 48);</script>"), 'https://www.example.gov.cn/xxgk/gknb/index_2.shtml')!.next)
      .toBe('https://www.example.gov.cn/xxgk/gknb/index_3.shtml');
    expect(listed(withPager('<script>createPageHTML(3, 2, "index", "html");</script>'))!.next).toBeNull();
  });
});
