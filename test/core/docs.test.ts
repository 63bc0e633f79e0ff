/**
 * Docs that cannot drift: the JSON examples of docs/report-model.md are parsed by the contract's
 * own schemas, and every rule id the docs name is in the catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingSchema, ReportJsonSchema } from '../../src/core/model/schema';
import { RULES } from '../../src/core/rules';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const read = (name: string) => readFileSync(join(DOCS, name), 'utf8');
const jsonBlocks = (markdown: string) => [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
const RULE_IDS = new Set(RULES.map((r) => r.id));

describe('docs/report-model.md', () => {
  const blocks = jsonBlocks(read('report-model.md'));

  it('has a whole report and a finding as examples, both valid by the schemas', () => {
    const report = blocks.find((b) => 'findings' in b)!;
    expect(ReportJsonSchema.safeParse(report).error?.issues ?? []).toEqual([]);
    const findings = [...(report.findings as unknown[]), ...blocks.filter((b) => 'ruleId' in b)];
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const finding of findings) expect(FindingSchema.safeParse(finding).error?.issues ?? []).toEqual([]);
  });

  it('names only rules of the catalogue', () => {
    const named = [...read('report-model.md').matchAll(/"ruleId":\s*"([\w-]+)"|`((?:history|suspect|cell|requests|review|table|format|text|section|meta|content|active|label)-[\w-]+)`/g)].map((m) => m[1] ?? m[2]!);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((id) => !RULE_IDS.has(id))).toEqual([]);
  });
});

describe('docs/domain.md', () => {
  it('keeps no rule catalogue of its own: it links to the generated docs/rules.md', () => {
    const domain = read('domain.md');
    expect(domain).toContain('(rules.md)');
    expect(domain).not.toMatch(/^\| `[\w-]+` \|/m);
  });
});
