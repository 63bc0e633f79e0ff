/**
 * npm run bench: side by side, in Node (linkedom) and in Debian's Chromium (the core loaded as
 * a script into each page): detection on a ~100 kB portal home page, the whole check of each
 * bundled report page, and as the floor a bare walk of the same page's cells
 * (querySelectorAll('td') + text), each reported as a ratio to the floor; then the check's cost
 * as the number of tables grows from 1 to 200.
 *
 * Medians in the steady state: each function first runs for WARM_MS, because V8 optimizes the
 * check's larger functions only after many calls, and a short warm-up measured a mix of
 * interpreted and optimized code (the same check timed again later ran 30-40 % faster). In
 * Chromium the first, cold run of each page is reported too: the script is injected afresh on
 * every click, so that is what a person waits for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { checkDocument } from '../../src/core/check';
import { detect } from '../../src/core/extract/detect';
import { decodeHtml, parseHtmlDocument } from '../../src/cli/html';
import { portalHomePage } from './portal-home';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Case { name: string; html: string; kind: 'detect' | 'check' }

const WARM_MS = 1000;

function median(run: () => unknown, minRuns = 30, minMs = 300): number {
  for (let start = performance.now(), i = 0; i < 5 || performance.now() - start < WARM_MS; i += 1) run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

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

const ms = (n: number) => n.toFixed(n < 0.1 ? 3 : 2);
const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
};

// ---- Node ---------------------------------------------------------------------------------
const nodeRows = cases.map((c) => {
  const doc = parseHtmlDocument(c.html);
  const t = median(c.kind === 'detect' ? () => detect(doc, '') : () => checkDocument(doc, ''));
  const floor = median(() => cellWalk(doc));
  return [c.name, ms(t), ms(floor), (t / floor).toFixed(2)];
});
const nodeCurve = curve.map(({ tables, html }) => {
  const doc = parseHtmlDocument(html);
  const cells = doc.querySelectorAll('td').length;
  const t = median(() => checkDocument(doc, ''), 5, 200);
  const floor = median(() => cellWalk(doc), 5, 200);
  return [String(tables), String(cells), ms(t), ms(floor), (t / floor).toFixed(2), ((t / cells) * 1000).toFixed(1)];
});

// ---- Chromium -----------------------------------------------------------------------------
async function chromiumRows(): Promise<{ rows: string[][]; curve: string[][] } | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (npm test's pretest installs it)`;
  await build({
    configFile: false, logLevel: 'silent',
    build: { outDir: join(ROOT, 'dist', 'bench'), emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'test', 'bench', 'browser-entry.ts'), formats: ['iife'], name: 'nianbaoBench', fileName: () => 'core.js' } },
  });
  const core = join(ROOT, 'dist', 'bench', 'core.js');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort()); // the pages' own scripts and images stay offline
  const measure = async (html: string, kind: 'detect' | 'check', minRuns = 30, minMs = 300) => {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ path: core });
    return page.evaluate(({ kind, minRuns, minMs, warmMs }) => {
      const bench = (window as unknown as { nianbaoBench: { detect(d: Document, u: string): unknown; checkDocument(d: Document, u: string): unknown } }).nianbaoBench;
      const check = kind === 'detect' ? () => bench.detect(document, '') : () => bench.checkDocument(document, '');
      const coldStart = performance.now();
      check();
      const cold = performance.now() - coldStart;
      // performance.now() is coarsened (to 0.1 ms here): time batches of runs long enough to
      // measure, and take the median batch's mean.
      const median = (run: () => unknown) => {
        for (let start = performance.now(), i = 0; i < 5 || performance.now() - start < warmMs; i += 1) run();
        let batch = 1;
        for (let t0 = performance.now(); ; batch *= 2, t0 = performance.now()) {
          for (let i = 0; i < batch; i += 1) run();
          if (performance.now() - t0 >= 5) break;
        }
        const times: number[] = [];
        const start = performance.now();
        while (times.length < Math.min(minRuns, 15) || performance.now() - start < minMs) {
          const t0 = performance.now();
          for (let i = 0; i < batch; i += 1) run();
          times.push((performance.now() - t0) / batch);
        }
        return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      };
      const walk = () => { let n = 0; for (const td of Array.from(document.querySelectorAll('td'))) n += (td.textContent ?? '').length; return n; };
      return { cold, t: median(check), floor: median(walk), cells: document.querySelectorAll('td').length };
    }, { kind, minRuns, minMs, warmMs: WARM_MS });
  };
  const rows: string[][] = [];
  for (const c of cases) {
    const { cold, t, floor } = await measure(c.html, c.kind);
    rows.push([c.name, ms(cold), ms(t), ms(floor), (t / floor).toFixed(2)]);
  }
  const curveRows: string[][] = [];
  for (const { tables, html } of curve) {
    const { t, floor, cells } = await measure(html, 'check', 5, 200);
    curveRows.push([String(tables), String(cells), ms(t), ms(floor), (t / floor).toFixed(2), ((t / cells) * 1000).toFixed(1)]);
  }
  await browser.close();
  return { rows, curve: curveRows };
}

const browserResult = await chromiumRows();
console.log(`# nianbao-lint benchmark\n\nNode ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('## Node (linkedom DOM)\n');
console.log(table(['case', 'median ms', 'floor ms (td walk)', 'ratio'], nodeRows));
console.log('\nScaling: copies of a real 表三 on one report page\n');
console.log(table(['tables', 'cells', 'check ms', 'floor ms', 'ratio', 'µs per cell'], nodeCurve));
if (typeof browserResult === 'string') console.log(`\n## Chromium\n\n${browserResult}`);
else {
  console.log('\n## Chromium (Debian, headless; the core loaded as a script into each page)\n');
  console.log(table(['case', 'first run ms', 'median ms', 'floor ms (td walk)', 'ratio'], browserResult.rows));
  console.log('\nScaling: copies of a real 表三 on one report page\n');
  console.log(table(['tables', 'cells', 'check ms', 'floor ms', 'ratio', 'µs per cell'], browserResult.curve));
}
