/** The rule catalogue document (docs/rules.md), generated from the rules' metadata. */
import { RULES } from './rules';
import { RULE_CATEGORIES, type Rule } from './rules/support/rule';

const SEVERITY_NAMES = { error: 'error 错误', warning: 'warning 警告', info: 'info 提示' } as const;

export function catalogueMarkdown(): string {
  const lines = [
    '# Rule catalogue 规则目录',
    '',
    '<!-- Generated from src/core/rules/*.ts by `npm run docs`; a test fails when it is stale. -->',
    '',
    'Every finding carries one of these stable ids. Severity: `error` — the report is wrong;',
    '`warning` — probably wrong, a person should look; `info` — worth knowing. The rules are',
    'grouped by what they look at (`category`), in the order findings are listed.',
    '',
  ];
  for (const [category, { name, about }] of Object.entries(RULE_CATEGORIES)) {
    const rules = RULES.filter((r) => r.category === category);
    lines.push(`## ${name}`, '', about, '', '| id | severity | title |', '|---|---|---|',
      ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.title} |`), '');
    for (const rule of rules) lines.push(...ruleSection(rule));
  }
  return lines.join('\n');
}

function ruleSection(rule: Rule): string[] {
  return [
    `### ${rule.id}`, '',
    `**${rule.title}** · ${SEVERITY_NAMES[rule.severity]}` + (rule.tables.length ? ` · needs ${rule.tables.join(', ')}` : ''), '',
    rule.description, '',
    'Messages:', '',
    ...Object.entries(rule.messages).map(([id, template]) => `- \`${id}\`: ${template}`),
    '',
  ];
}
