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

it('the Firefox zip passes web-ext lint: no error; the one warning is Preact\'s innerHTML branch, which the panel never takes', () => {
  const zip = join(ROOT, '.output', `nianbao-lint-${version}-firefox.zip`);
  // (it exits 1 on an error; the report is read either way)
  const { stdout } = spawnSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', zip, '--output', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(stdout) as { errors: Message[]; warnings: Message[]; notices: Message[] };
  expect(report.errors).toEqual([]);
  expect(report.notices).toEqual([]);
  expect(report.warnings.map((w) => `${w.code} ${w.file}`)).toEqual(['UNSAFE_VAR_ASSIGNMENT content-scripts/content.js']);
});
