/** The catalogue's conventions (after ESLint's and axe-core's): kept by a test, not by memory. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { catalogueMarkdown } from '../../src/core/rules/catalogue';

const ROOT = join(import.meta.dirname, '..', '..');
const RULE_DIR = join(ROOT, 'src', 'core', 'rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts', 'catalogue.ts', 'text-support.ts', 'identity-support.ts', 'format-support.ts']);
const DOMAIN = readFileSync(join(ROOT, 'docs', 'domain.md'), 'utf8');

describe('rule catalogue', () => {
  const files = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule file, once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented in docs/domain.md with the same severity', (id, rule) => {
    const line = DOMAIN.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(line, `${id} missing from the catalogue in docs/domain.md`).toBeDefined();
    expect(line!.trim().split('|').at(-2)!.trim()).toBe(rule.severity);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => r.id))('%s has its own test file', (id) => {
    expect(existsSync(join(ROOT, 'test', 'core', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('docs/rules.md is generated from the metadata and up to date', () => {
    const path = join(ROOT, 'docs', 'rules.md');
    const generated = catalogueMarkdown();
    if (process.env.UPDATE_DOCS) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
