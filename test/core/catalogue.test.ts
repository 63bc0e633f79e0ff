/** The catalogue's conventions (after ESLint's and axe-core's): kept by a test, not by memory. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_RULES, RULES } from '../../src/core/rules';
import { RULE_CATEGORIES } from '../../src/core/rules/support/rule';
import { catalogueMarkdown } from '../../src/core/catalogue';

const ROOT = join(import.meta.dirname, '..', '..');
const RULE_DIR = join(ROOT, 'src', 'core', 'rules');

describe('rule catalogue', () => {
  // every file directly in rules/ but the index is a rule; what rules share lives in rules/support/
  const files = readdirSync(RULE_DIR, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && f.name !== 'index.ts')
    .map((f) => f.name.replace(/\.ts$/, ''));

  it('registers every rule file, once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('lists the rules category by category, in the order of RULE_CATEGORIES; history rules are those compared across years', () => {
    const order = Object.keys(RULE_CATEGORIES);
    const ranks = RULES.map((r) => order.indexOf(r.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(RULES.filter((r) => r.category === 'history')).toEqual(HISTORY_RULES);
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
