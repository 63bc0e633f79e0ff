/** The built bin in a child process, for the CLI tests: exit code, stdout, stderr. */
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'nianbao-lint.mjs');

export function buildCli(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], { cwd: ROOT });
}

export interface CliResult { code: number | null; out: string; err: string }

/** Runs without blocking this process (a test's HTTP server must keep answering). */
export function cli(args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: options.timeout ?? 60_000, cwd: options.cwd ?? ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
    });
  });
}
