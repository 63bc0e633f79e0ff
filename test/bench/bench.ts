/**
 * npm run bench: side by side, in Node (linkedom) and in Debian's Chromium (the core loaded as
 * a script into each page): detection on a ~100 kB portal home page, the whole check of each
 * bundled report page, and as the floor a bare walk of the same page's cells
 * (querySelectorAll('td') + text), each reported as a ratio to the floor; then the check's cost
 * as the number of tables grows from 1 to 200; and, in Chromium, where the time goes: the check
 * cut after each of its steps, each timed against the floor the same way; what error localization
 * (suspect-cell) adds to the whole check; and what a person waits for, from the toolbar click to the
 * panel drawn, in Chromium and Firefox beside an empty injected script (click-to-panel.ts).
 *
 * Steady state, measured in pairs: each case first runs the check and the floor in turn for
 * WARM_MS (V8 optimizes the check's larger functions only after many calls; a short warm-up
 * measured a mix of tiers), then times alternating batches of the two, so that both see the same
 * moment of a shared machine, and reports the median batch of each. In Chromium the first, cold
 * run of each page is reported too: the script is injected afresh on every click, so that is what
 * a person waits for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { checkDocument } from '../../src/core/check';
import { detect } from '../../src/core/extract/detect';
import { decodeHtml, parseHtmlDocument } from '../../src/cli/html';
import { RULES } from '../../src/core/rules';
import { batchRows, parseOnly, pdfTimings, stepCosts } from './batch';
import { clickToPanel } from './click-to-panel';
import { listCheck } from './list-check';
import { portalHomePage } from './portal-home';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Case { name: string; html: string; kind: 'detect' | 'check' }

const WARM_MS = 2000;

interface Paired { check: number; floor: number }

/**
 * Median ms of the check and of the floor, timed in alternating batches after a warm-up. Plain
 * JavaScript with no outside names: Chromium runs the same function, injected into each page.
 * Batches last at least 2 ms because performance.now() is coarsened (to 0.1 ms in pages).
 */
function pairedMedians(check: () => unknown, floor: () => unknown, warmMs: number, minRounds: number, minMs: number): Paired {
  const now = () => performance.now();
  for (const start = now(); now() - start < warmMs;) {
    check();
    floor();
  }
  const batchOf = (run: () => unknown) => {
    for (let n = 1; ; n *= 2) {
      const t0 = now();
      for (let i = 0; i < n; i += 1) run();
      if (now() - t0 >= 2) return n;
    }
  };
  const checkBatch = batchOf(check);
  const floorBatch = batchOf(floor);
  const checks: number[] = [];
  const floors: number[] = [];
  for (const start = now(); checks.length < minRounds || now() - start < minMs;) {
    let t0 = now();
    for (let i = 0; i < checkBatch; i += 1) check();
    checks.push((now() - t0) / checkBatch);
    t0 = now();
    for (let i = 0; i < floorBatch; i += 1) floor();
    floors.push((now() - t0) / floorBatch);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { check: median(checks), floor: median(floors) };
}

/** The floor: a bare walk of the page's cells. Also injected into each Chromium page as is. */
function cellWalk(doc: Document): number {
  let chars = 0;
  for (const td of Array.from(doc.querySelectorAll('td'))) chars += (td.textContent ?? '').length;
  return chars;
}

/** A report page with `count` copies of a real 表三 (test-city): for the scaling curve. */
function pageWithTables(count: number): string {
  const html = readFileSync(join(FIXTURES, 'corpus', 'test-city-2025-clean.html'), 'utf8');
  const requests = html.slice(html.indexOf('<table>', html.indexOf('三、收到和处理')), html.indexOf('</table>', html.indexOf('三、收到和处理')) + 8);
  return html.replace('</body>', `${Array.from({ length: count }, () => requests).join('<p>续</p>')}</body>`);
}

const cases: Case[] = [
  { name: 'portal home page (~100 kB), detect', html: portalHomePage(), kind: 'detect' },
  ...[['corpus', readdirSync(join(FIXTURES, 'corpus'))], ['seeds', readdirSync(join(FIXTURES, 'seeds'))]].flatMap(([dir, files]) =>
    (files as string[]).filter((f) => f.endsWith('.html')).sort().map((f): Case => ({
      name: `${dir}/${f}, full check`,
      html: decodeHtml(new Uint8Array(readFileSync(join(FIXTURES, dir as string, f)))),
      kind: 'check',
    }))),
];
const curve = [1, 10, 50, 100, 200].map((n) => ({ tables: n, html: pageWithTables(n) }));

/**
 * Where the time goes: the check cut after each step, each timed against the floor like the
 * whole check, on a table-heavy seed, two portal pages and the text-heavy Shanghai page.
 */
const STAGE_PAGES = ['seeds/002_27ba472c7186d65d.html', 'corpus/pingtan-2024-page.html', 'corpus/hongze-2023-pdf-text.html', 'corpus/shanghai-bangongting-2019-fragment.html'];
const STAGES = ['read the DOM', '+ grid and the three tables', '+ article, title, dates (no rules)', '+ the rules (the full check)'] as const;

const ms = (n: number) => n.toFixed(n < 0.1 ? 3 : 2);
const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
};

// ---- Node ---------------------------------------------------------------------------------
function nodeRows(): string[][] {
  return cases.map((c) => {
  const doc = parseHtmlDocument(c.html);
  const { check, floor } = pairedMedians(c.kind === 'detect' ? () => detect(doc, '') : () => checkDocument(doc, ''), () => cellWalk(doc), WARM_MS, 15, 600);
  return [c.name, ms(check), ms(floor), (check / floor).toFixed(2)];
  });
}
/** The whole check beside the same check without error localization (the pipeline before it). */
const WITHOUT_LOCALIZATION = RULES.filter((r) => r.id !== 'suspect-cell');
function localizationRows(): string[][] {
  return cases.filter((c) => c.kind === 'check').map((c) => {
  const doc = parseHtmlDocument(c.html);
  const suspects = checkDocument(doc, '').findings.filter((f) => f.ruleId === 'suspect-cell').length;
  const { check, floor } = pairedMedians(() => checkDocument(doc, ''), () => checkDocument(doc, '', { rules: WITHOUT_LOCALIZATION }), WARM_MS, 15, 600);
  return [c.name, String(suspects), ms(check), ms(floor), `${(check / floor).toFixed(2)}×`];
  });
}
function nodeCurve(): string[][] {
  return curve.map(({ tables, html }) => {
  const doc = parseHtmlDocument(html);
  const cells = doc.querySelectorAll('td').length;
  const { check, floor } = pairedMedians(() => checkDocument(doc, ''), () => cellWalk(doc), WARM_MS, 5, 200);
  return [String(tables), String(cells), ms(check), ms(floor), (check / floor).toFixed(2), ((check / cells) * 1000).toFixed(1)];
  });
}

// ---- Chromium -----------------------------------------------------------------------------
async function chromiumRows(): Promise<{ rows: string[][]; curve: string[][]; stages: string[][] } | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (npm test's pretest installs it)`;
  await build({
    configFile: false, logLevel: 'silent',
    build: { outDir: join(ROOT, 'dist', 'bench'), emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'test', 'bench', 'browser-entry.ts'), formats: ['iife'], name: 'nianbaoBench', fileName: () => 'core.js' } },
  });
  const core = join(ROOT, 'dist', 'bench', 'core.js');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort()); // the pages' own scripts and images stay offline
  const measure = async (html: string, kind: 'detect' | 'check', minRounds = 15, minMs = 600) => {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ path: core });
    await page.addScriptTag({ content: `window.pairedMedians = ${pairedMedians.toString()}; window.cellWalk = ${cellWalk.toString()};` });
    return page.evaluate(({ kind, minRounds, minMs, warmMs }) => {
      const w = window as unknown as {
        nianbaoBench: { detect(d: Document, u: string): unknown; checkDocument(d: Document, u: string): unknown };
        pairedMedians: typeof pairedMedians;
        cellWalk: typeof cellWalk;
      };
      const check = kind === 'detect' ? () => w.nianbaoBench.detect(document, '') : () => w.nianbaoBench.checkDocument(document, '');
      const coldStart = performance.now();
      check();
      const cold = performance.now() - coldStart;
      return { cold, ...w.pairedMedians(check, () => w.cellWalk(document), warmMs, minRounds, minMs), cells: document.querySelectorAll('td').length };
    }, { kind, minRounds, minMs, warmMs: WARM_MS });
  };
  const stageRows: string[][] = [];
  for (const name of STAGE_PAGES) {
    const html = cases.find((c) => c.name.startsWith(`${name},`))!.html;
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ path: core });
    await page.addScriptTag({ content: `window.pairedMedians = ${pairedMedians.toString()}; window.cellWalk = ${cellWalk.toString()};` });
    const ratios = await page.evaluate(({ warmMs }) => {
      const w = window as unknown as {
        nianbaoBench: typeof import('./browser-entry');
        pairedMedians: typeof pairedMedians;
        cellWalk: typeof cellWalk;
      };
      const core = w.nianbaoBench;
      const stages = [
        () => core.readDom(document, ''),
        () => core.extractTables(core.readDom(document, '').tables.map(core.toGrid), null),
        () => core.checkPage(core.readDom(document, ''), core.detect(document, ''), { rules: [] }),
        () => core.checkDocument(document, ''),
      ];
      return stages.map((stage) => {
        const { check, floor } = w.pairedMedians(stage, () => w.cellWalk(document), warmMs, 15, 600);
        return check / floor;
      });
    }, { warmMs: WARM_MS });
    stageRows.push([name, ...ratios.map((r) => `${r.toFixed(2)}×`)]);
  }
  const rows: string[][] = [];
  for (const c of cases) {
    const { cold, check, floor } = await measure(c.html, c.kind);
    rows.push([c.name, ms(cold), ms(check), ms(floor), (check / floor).toFixed(2)]);
  }
  const curveRows: string[][] = [];
  for (const { tables, html } of curve) {
    const { check, floor, cells } = await measure(html, 'check', 5, 200);
    curveRows.push([String(tables), String(cells), ms(check), ms(floor), (check / floor).toFixed(2), ((check / cells) * 1000).toFixed(1)]);
  }
  await browser.close();
  return { rows, curve: curveRows, stages: stageRows };
}

const CLICK_PAGES = ['seeds/002_27ba472c7186d65d.html', 'corpus/shanghai-bangongting-2019-fragment.html', 'corpus/pingtan-2024-page.html'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `npm run bench -- click` runs only that section; all of them by default. */
const SECTIONS = ['node', 'chromium', 'localization', 'batch', 'pdf', 'click', 'list'];
const asked = process.argv.slice(2);
const wanted = (section: string) => asked.length === 0 || asked.includes(section);

console.log(`# nianbao-lint benchmark\n\nNode ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; ${new Date().toISOString().slice(0, 10)}\n`);
if (asked.some((a) => !SECTIONS.includes(a))) console.log(`(sections: ${SECTIONS.join(', ')})\n`);
if (wanted('node')) {
  console.log('## Node (linkedom DOM)\n');
  console.log(table(['case', 'median ms', 'floor ms (td walk)', 'ratio'], nodeRows()));
  console.log('\nScaling: copies of a real 表三 on one report page\n');
  console.log(table(['tables', 'cells', 'check ms', 'floor ms', 'ratio', 'µs per cell'], nodeCurve()));
}
if (wanted('chromium')) {
  const browserResult = await chromiumRows();
  if (typeof browserResult === 'string') console.log(`\n## Chromium\n\n${browserResult}`);
  else {
    console.log('\n## Chromium (Debian, headless; the core loaded as a script into each page)\n');
    console.log(table(['case', 'first run ms', 'median ms', 'floor ms (td walk)', 'ratio'], browserResult.rows));
    console.log('\nScaling: copies of a real 表三 on one report page\n');
    console.log(table(['tables', 'cells', 'check ms', 'floor ms', 'ratio', 'µs per cell'], browserResult.curve));
    console.log('\nWhere the time goes: the check cut after each step, as a ratio to the floor (each step includes those before it)\n');
    console.log(table(['page', ...STAGES], browserResult.stages));
  }
}
if (wanted('localization')) {
  console.log('\n## Error localization (Node): the whole check, with and without suspect-cell\n');
  console.log(table(['page', 'suspect findings', 'with ms', 'without ms', 'with / without'], localizationRows()));
}
if (wanted('click')) {
  const clicks = await clickToPanel(CLICK_PAGES, FIXTURES);
  console.log('\n## Click to panel: the first toolbar click in a tab until the panel is drawn, beside an empty injected script\n');
  console.log(table(['browser', 'page', 'panel median ms', 'empty script median ms', 'ratio', 'panel runs ms'],
    clicks.times.map((t) => [t.browser, t.page, String(median(t.panel)), String(median(t.empty)), `${(median(t.panel) / median(t.empty)).toFixed(1)}×`, t.panel.join(' ')])));
  for (const note of clicks.notes) console.log(`\n${note}`);
}
if (wanted('batch')) {
  // fresh CLI processes over copies of the bundled pages, beside parsing only
  const pagePaths = ['corpus', 'seeds'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).sort().map((f) => join(FIXTURES, dir, f)));
  const batchSizes = (process.env.BENCH_BATCH_SIZES ?? '300,3000').split(',').map(Number);
  const batch = batchRows(ROOT, pagePaths, batchSizes);
  const parsed = parseOnly(pagePaths, 10);
  const steps = stepCosts(pagePaths, 10);
  console.log(`\n## Batch: \`check dir/ --json\` over copies of the ${pagePaths.length} bundled pages (${cpus().length} worker threads)\n`);
  if (typeof batch === 'string') console.log(batch);
  else console.log(table(['inputs', 'seconds', 'pages/s', 'pages/s per core (CPU time)', 'peak memory MB'], batch.map((r) => [String(r.inputs), r.seconds.toFixed(1), r.pagesPerSecond.toFixed(1), r.perCore.toFixed(1), r.peakMb.toFixed(0)])));
  console.log(`\nOnly decoding and parsing the same pages with linkedom, one thread: ${parsed.toFixed(1)} pages/s.\n`);
  console.log('Where the time of one check goes, one thread (ms a page):\n');
  console.log(table(['step', 'ms'], Object.entries(steps).map(([step, ms]) => [step, ms.toFixed(2)])));
}
if (wanted('pdf')) {
  const pdf = pdfTimings(ROOT, join(FIXTURES, 'binary', 'huaian-shi-zhengfu-2024.pdf'), 5);
  console.log('\n## A 6-page PDF (淮安市人民政府 2024) in a fresh process, median of 5\n');
  console.log(table(['case', 'ms'], [['nianbao-lint check file.pdf --json (read + check)', pdf.check.toFixed(0)], ["pdf.js's own getTextContent of every page (the floor)", pdf.floor.toFixed(0)]]));
}

if (wanted('list')) {
  const list = await listCheck([...new Set([...CLICK_PAGES, ...STAGE_PAGES, 'corpus/pingtan-2020-page.html', 'corpus/jinjing-2020-page.html'])], FIXTURES);
  console.log(`\n## A list page of ${list.reports} report pages in Chromium: 全部检查 until every row is in, beside fetching the same pages alone (median of ${list.check.length} rounds)\n`);
  const per = (ms: number) => (ms / list.reports).toFixed(1);
  console.log(table(['case', 'total ms', 'ms a report', 'rounds'], [
    ['fetch, parse, check, summary (the extension)', String(median(list.check)), per(median(list.check)), list.check.join(' ')],
    ['fetch alone, as many at a time (the floor)', median(list.fetchOnly).toFixed(0), per(median(list.fetchOnly)), list.fetchOnly.map((t) => t.toFixed(0)).join(' ')],
  ]));
  console.log(`\nLongest main-thread task while checking, each round (0: none of 50 ms or more): ${list.longestTask.map((t) => t.toFixed(0)).join(' ')} ms`);
}
