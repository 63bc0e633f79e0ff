/**
 * The Firefox store zip that `npm run zip` makes (npm test makes it before the tests run) passes
 * Mozilla's own linter, web-ext lint, as addons.mozilla.org would run it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface Message { code: string; file?: string; message: string }

/**
 * The warnings that stay, each explained: Preact's innerHTML branch (the panel never takes it:
 * page text is rendered as text nodes), and in pdf.js — only in the file reader and the file
 * page's chunks — its font compiler's Function constructor (off: isEvalSupported false, and MV3's
 * CSP forbids it anyway) and its import() of a worker by URL (not taken: the fake worker is used).
 */
function explained(w: Message): boolean {
  // (Preact is bundled into the checker, and shared by the file page and the options page in a chunk)
  const preact = /^(content-scripts\/content\.js|chunks\/(check|jsxRuntime)-[\w-]+\.js)$/.test(w.file ?? '');
  const pdfjs = /^(content-scripts\/file-reader\.js|chunks\/pdf(\.worker)?-[\w-]+\.js)$/.test(w.file ?? '');
  return (w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.message.includes('innerHTML') && preact)
    || (pdfjs && (w.code === 'DANGEROUS_EVAL' || (w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.message.includes('import'))));
}

it('the Firefox zip passes web-ext lint: no error, no notice, and only the warnings explained above', () => {
  const zip = join(ROOT, '.output', `nianbao-lint-${version}-firefox.zip`);
  // (it exits 1 on an error; the report is read either way)
  const { stdout } = spawnSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', zip, '--output', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(stdout) as { errors: Message[]; warnings: Message[]; notices: Message[] };
  expect(report.errors).toEqual([]);
  expect(report.notices).toEqual([]);
  expect(report.warnings.filter((w) => !explained(w)).map((w) => `${w.code} ${w.file}: ${w.message}`)).toEqual([]);
  // the HTML checker itself has only Preact's
  expect(report.warnings.filter((w) => w.file === 'content-scripts/content.js').map((w) => w.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
});
