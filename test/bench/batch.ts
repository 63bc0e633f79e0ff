/**
 * The batch and PDF cases of `npm run bench`, each in fresh processes of the built CLI:
 * - `check dir/ --json` over copies of the bundled pages, as pages per second (wall clock) and per
 *   core (pages per CPU second of all threads: on a shared machine the wall clock also measures
 *   the neighbours), with the peak memory of the whole process (GNU time's maximum resident set),
 *   at two sizes to show that memory does not grow with the inputs; beside, in this process, only
 *   parsing the same pages with linkedom (the CLI's parser) and the single-threaded cost of each
 *   step of a check.
 * - a 6-page PDF read and checked by a fresh CLI process, beside a fresh process that only runs
 *   pdf.js's own getTextContent on every page of the same file (the floor).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPage } from '../../src/core/check';
import { detect } from '../../src/core/extract/detect';
import { readDom } from '../../src/core/extract/read-dom';
import { snapshotOf } from '../../src/core/snapshot';
import { decodeHtml, parseHtmlDocument } from '../../src/cli/html';

const TIME = '/usr/bin/time';

export interface BatchRow {
  inputs: number;
  seconds: number;
  pagesPerSecond: number;
  /** pages per second of CPU time (user + system, all threads): what one core does */
  perCore: number;
  peakMb: number;
}

/** `count` pages, copies of `pages` in turn, in a fresh folder. */
function copies(pages: readonly string[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  for (let i = 0; i < count; i += 1) {
    const page = pages[i % pages.length]!;
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${page.split('/').at(-1)}`), readFileSync(page));
  }
  return dir;
}

/** One run of the built CLI over a folder: wall time and peak resident memory (GNU time, Linux). */
function runBatch(root: string, dir: string, jobs: number): { seconds: number; cpuSeconds: number; peakMb: number } {
  const started = performance.now();
  const result = spawnSync(TIME, ['-f', '%M %U %S', process.execPath, join(root, 'bin', 'nianbao-lint.mjs'), 'check', `${dir}/`, '--json', '--quiet', '--jobs', String(jobs)], {
    encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  const [kb, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpuSeconds: user! + system!, peakMb: kb! / 1024 };
}

export function batchRows(root: string, pages: readonly string[], sizes: readonly number[]): BatchRow[] | string {
  if (!existsSync(TIME)) return `${TIME} not found (GNU time measures the peak memory): apt-get install time`;
  const jobs = availableParallelism();
  return sizes.map((inputs) => {
    const dir = copies(pages, inputs);
    try {
      const { seconds, cpuSeconds, peakMb } = runBatch(root, dir, jobs);
      return { inputs, seconds, pagesPerSecond: inputs / seconds, perCore: inputs / cpuSeconds, peakMb };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Milliseconds a page for each step of one check, in this one thread, over `rounds` passes of the pages. */
export function stepCosts(pages: readonly string[], rounds: number): Record<string, number> {
  const steps = { 'read the file': 0, 'decode (charset)': 0, 'parse (linkedom)': 0, 'read the DOM, detect': 0, 'check (tables, rules)': 0, 'JSON + snapshot': 0 };
  const names = Object.keys(steps) as (keyof typeof steps)[];
  for (let round = -1; round < rounds; round += 1) { // round -1 warms up
    for (const path of pages) {
      const t = [performance.now()];
      const bytes = new Uint8Array(readFileSync(path));
      t.push(performance.now());
      const html = decodeHtml(bytes);
      t.push(performance.now());
      const doc = parseHtmlDocument(html);
      t.push(performance.now());
      const page = readDom(doc, path);
      const detection = detect(doc, path);
      t.push(performance.now());
      const analysis = checkPage(page, detection);
      t.push(performance.now());
      JSON.stringify({ source: path, report: analysis.json, verdict: analysis.verdict.reason });
      JSON.stringify(snapshotOf(analysis, path));
      t.push(performance.now());
      if (round >= 0) names.forEach((name, i) => { steps[name] += t[i + 1]! - t[i]!; });
    }
  }
  const n = rounds * pages.length;
  return Object.fromEntries(names.map((name) => [name, steps[name] / n]));
}

/** Pages per second of only decoding and parsing the pages with linkedom, in this one thread. */
export function parseOnly(pages: readonly string[], rounds: number): number {
  const texts = pages.map((p) => new Uint8Array(readFileSync(p)));
  for (const bytes of texts) parseHtmlDocument(decodeHtml(bytes));
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) for (const bytes of texts) parseHtmlDocument(decodeHtml(bytes));
  return (rounds * texts.length) / ((performance.now() - started) / 1000);
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function freshProcessMs(args: string[], input?: string): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: ['pipe', 'ignore', 'ignore'], ...(input ? { input } : {}) });
  return performance.now() - started;
}

/** pdf.js alone, as the CLI loads it (legacy build, DOMMatrix stub): getTextContent of every page. */
const PDF_TEXT_FLOOR = `
globalThis.DOMMatrix ??= class { a = 1; b = 0; c = 0; d = 1; e = 0; f = 0; };
const { readFileSync } = await import('node:fs');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false }).promise;
for (let p = 1; p <= doc.numPages; p += 1) await (await doc.getPage(p)).getTextContent();
await doc.destroy();
`;

export function pdfTimings(root: string, pdf: string, runs: number): { check: number; floor: number } {
  // beside the built CLI, so that it resolves pdfjs-dist from the project's node_modules
  const floorScript = join(root, 'dist', 'cli', 'pdf-text-floor.mjs');
  writeFileSync(floorScript, PDF_TEXT_FLOOR);
  const check: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i += 1) { // alternating, so both see the same moments of a shared machine
    check.push(freshProcessMs([join(root, 'bin', 'nianbao-lint.mjs'), 'check', pdf, '--json']));
    floor.push(freshProcessMs([floorScript, pdf]));
  }
  return { check: median(check), floor: median(floor) };
}
