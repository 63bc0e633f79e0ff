/** The rule catalogue document (docs/rules.md), generated from the rules' metadata. */
import { RULES } from './rules';

const SEVERITY_NAMES = { error: 'error 错误', warning: 'warning 警告', info: 'info 提示' } as const;

export function catalogueMarkdown(): string {
  const lines = [
    '# Rule catalogue 规则目录',
    '',
    '<!-- Generated from src/core/rules/*.ts by `npm run docs`; a test fails when it is stale. -->',
    '',
    'Every finding carries one of these stable ids. Severity: `error` — the report is wrong;',
    '`warning` — probably wrong, a person should look; `info` — worth knowing.',
    '',
    '| id | severity | title |',
    '|---|---|---|',
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.title} |`),
    '',
  ];
  for (const rule of RULES) {
    lines.push(`## ${rule.id}`, '', `**${rule.title}** · ${SEVERITY_NAMES[rule.severity]}`
      + (rule.tables.length ? ` · needs ${rule.tables.join(', ')}` : ''), '', rule.description, '', 'Messages:', '');
    for (const [id, template] of Object.entries(rule.messages)) lines.push(`- \`${id}\`: ${template}`);
    lines.push('');
  }
  return lines.join('\n');
}
