/**
 * npm run bench: detection on a large non-report page, and the whole check of each real page,
 * beside the floor of a bare walk over the same page's cells (querySelectorAll('td') + text).
 * Node with linkedom; medians over repeated runs after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { detect } from '../../src/core/extract/detect';
import { decodeHtml, parseHtmlDocument } from '../../src/cli/html';
import { portalHomePage } from './portal-home';

const FIXTURES = join(process.cwd(), 'test', 'fixtures');

function median(run: () => unknown, minRuns = 30, minMs = 300): number {
  for (let i = 0; i < 5; i += 1) run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function cellWalk(doc: Document): number {
  let chars = 0;
  for (const td of Array.from(doc.querySelectorAll('td'))) chars += (td.textContent ?? '').length;
  return chars;
}

const ms = (n: number) => n.toFixed(n < 0.1 ? 4 : 2);

const home = parseHtmlDocument(portalHomePage());
const rows: string[][] = [];
const homeDetect = median(() => detect(home, 'https://www.example.gov.cn/'));
const homeFloor = median(() => cellWalk(home));
rows.push(['portal home page (~100 kB), detect', ms(homeDetect), ms(homeFloor), (homeDetect / homeFloor).toFixed(2)]);

const pages = [
  ...readdirSync(join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.html')).map((f) => ['corpus', f]),
  ...readdirSync(join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.html')).map((f) => ['seeds', f]),
];
for (const [dir, file] of pages) {
  const doc = parseHtmlDocument(decodeHtml(new Uint8Array(readFileSync(join(FIXTURES, dir!, file!)))));
  const check = median(() => checkDocument(doc, ''));
  const floor = median(() => cellWalk(doc));
  rows.push([`${dir}/${file}, full check`, ms(check), ms(floor), (check / floor).toFixed(2)]);
}

const header = ['case', 'median ms', 'floor ms (td walk)', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, linkedom DOM\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows) console.log(line(r));
