/**
 * Where code may run is where it lives (architecture.md, "Layout"): src/core runs anywhere and
 * imports only zod and itself; src/ui and src/page run in a page and use no extension API. A test,
 * so that a stray import fails here instead of in a browser or in the CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const core = join(ROOT, 'src', 'core');
const rules = join(core, 'rules');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically (type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const outside = (file: string, spec: string, root: string) =>
  spec.startsWith('.') && relative(root, resolve(dirname(file), spec)).startsWith('..');

/** A relative import of a file directly in src/core/rules (a rule, or the index that lists them). */
function importsRule(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = resolve(dirname(file), spec);
  return target === rules || dirname(target) === rules;
}

describe('layout rules', () => {

  it('src/core imports only zod and itself', () => {
    const wrong = sources(core).flatMap((file) => importsOf(file)
      .filter((spec) => (spec.startsWith('.') ? outside(file, spec, core) : !/^zod(\/|$)/.test(spec)))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('src/ui and src/page use no extension API (props in, callbacks out)', () => {
    const wrong = ['ui', 'page'].flatMap((dir) => sources(join(ROOT, 'src', dir))).flatMap((file) => importsOf(file)
      .filter((spec) => /^wxt|webextension|^\.\.\/extension\//.test(spec))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('no rule imports a rule: what rules share lives in rules/support/', () => {
    const wrong = sources(rules).filter((file) => file !== join(rules, 'index.ts')).flatMap((file) => importsOf(file)
      .filter((spec) => importsRule(file, spec))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('finds the imports it checks (the test can fail)', () => {
    expect(importsOf(join(core, 'check.ts'))).toContain('./rules');
    expect(importsOf(join(core, 'model', 'schema.ts'))).toContain('zod/mini');
    const index = join(rules, 'index.ts');
    expect(importsOf(index).filter((spec) => importsRule(index, spec))).toContain('./section-missing');
    expect(importsRule(join(rules, 'support', 'text.ts'), '..')).toBe(true);
  });
});
