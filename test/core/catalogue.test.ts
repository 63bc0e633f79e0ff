/** The catalogue's conventions (after ESLint's and axe-core's): kept by a test, not by memory. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { catalogueMarkdown } from '../../src/core/rules/catalogue';

const ROOT = join(import.meta.dirname, '..', '..');
const RULE_DIR = join(ROOT, 'src', 'core', 'rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts', 'catalogue.ts', 'text-support.ts', 'identity-support.ts', 'format-support.ts']);

describe('rule catalogue', () => {
  const files = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule file, once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a title, a description that says why, and messages (docs/rules.md is made of them)', (_id, rule) => {
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
