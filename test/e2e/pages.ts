/** The pages both end-to-end suites open: fixtures by path, and pages generated from them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { fixturePath, loadDocument } from '../helpers';

export const SEED_002 = 'seeds/002_27ba472c7186d65d.html';
export const SHANGHAI = 'corpus/shanghai-bangongting-2019-fragment.html';
export const OUTPUT = join(import.meta.dirname, '..', '..', 'test-results');
/** Screenshots a reviewer reads in the README, retaken by every run. */
export const DOCS = join(import.meta.dirname, '..', '..', 'docs');

const seedHtml = readFileSync(fixturePath(SEED_002), 'utf8');

/** A real page with one cell left blank, as the page would print it: the case error localization is for. */
function withBlankCell(fixture: string, ref: { table: 'requests'; row: string; column: string }): string {
  const doc = loadDocument(...fixture.split('/'));
  (checkDocument(doc, '').locate(ref) as Element).innerHTML = '&nbsp;';
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
export const PAGES: Record<string, string> = {
  'not-report.html': '<!doctype html><html><head><meta charset="utf-8"><title>某某市人民政府门户网站</title></head><body><h1>要闻</h1><table><tr><td><a href="/a">关于做好春节期间安全生产工作的通知</a></td><td>2026-01-20</td></tr></table></body></html>',
  // Global CSS a hostile or careless portal might ship: it must not reach the panel.
  'hostile-css.html': seedHtml.replace('</head>', `<style>
    * { font-size: 40px !important; line-height: 0 !important; color: #ff0 !important; letter-spacing: 9px !important; }
    button, header, section, div { display: none !important; }
    [data-testid], .panel, nianbao-lint-panel { display: none !important; visibility: hidden !important; }
    body > *:last-child { opacity: 0 !important; transform: scale(0) !important; }
  </style></head>`),
  // Markup as cell text: it must show as text in the panel, never run.
  'hostile-markup.html': seedHtml
    .replace('<title>', '<title>&lt;img src=x onerror="window.__pwned=1"&gt;')
    .replace(/(二、上年结转政府信息公开申请数量.*?<td[^>]*>)(.*?)(<\/td>)/s, '$1<p>&lt;img src=x onerror="window.__pwned=1"&gt;</p>$3'),
  // A CMS that renders the article by script after load.
  'late.html': `<!doctype html><html><head><meta charset="utf-8"><title>信息公开</title></head><body><div id="app">加载中…</div>
    <script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(seedHtml.slice(seedHtml.indexOf('<body>') + 6, seedHtml.indexOf('</body>'))).replace(/</g, '\\u003c')}; }, 800);</script></body></html>`,
  // 10,000 cells: a report with one more, huge table.
  'huge.html': seedHtml.replace('</body>', `<table>${Array.from({ length: 1000 }, (_, r) => `<tr>${Array.from({ length: 10 }, (_, c) => `<td>${(r * 10 + c) % 97}</td>`).join('')}</tr>`).join('')}</table></body>`),
  // A page that sabotages the DOM API its own scripts see.
  'hostile-prototypes.html': seedHtml.replace('</head>', `<script>
    Element.prototype.querySelectorAll = function () { throw new Error('hostile'); };
    Element.prototype.getAttribute = function () { return 'hostile'; };
    Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
    Node.prototype.appendChild = function () { throw new Error('hostile'); };
    Document.prototype.createElement = function () { throw new Error('hostile'); };
    Array.prototype.map = function () { return []; };
    JSON.stringify = function () { return '{}'; };
    window.getComputedStyle = null;
  </script></head>`),
  // Quirks mode (no doctype), where browsers match class names regardless of case: a navigation
  // block of class "trs_editor" comes before the real TRS_Editor container.
  'quirks.html': seedHtml.replace('<!DOCTYPE html>\n', '').replace('<div class="TRS_Editor">',
    `<div class="trs_editor"><p>${'首页 政务公开 信息公开年报 网站地图 '.repeat(12)}</p></div><div class="TRS_Editor">`),
  // Cells without any padding: marks must still leave the digits uncovered.
  'no-padding.html': seedHtml.replace('</head>', '<style>td, th { padding: 0 !important; }</style></head>'),
  'one-blank.html': withBlankCell('corpus/test-city-2025-clean.html', { table: 'requests', row: 'partiallyGranted', column: 'naturalPerson' }),
  'frame.html': `<!doctype html><html><head><meta charset="utf-8"><title>信息公开</title></head><body><p>年报</p><iframe src="/fixtures/${SEED_002}" width="1000" height="600"></iframe></body></html>`,
};
