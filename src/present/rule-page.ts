import type { Rule } from '../analyze/rule.js';
import type { Model } from '../resolve/model.js';

/** What a rule page needs of a model: its name and its own rule severities. */
export type RulePageModel = Pick<Model, 'id' | 'label' | 'ruleSeverities'>;

function yamlBlock(text: string): string {
  return ['```yaml', text.replace(/\s+$/, ''), '```'].join('\n');
}

/**
 * docs/rules/<id>.md, which SARIF's help URI points to: the rule's page, marked as generated.
 * `npm run generate` writes the files; a test keeps them equal.
 */
export function generatedRulePage(rule: Rule, models: readonly RulePageModel[]): string {
  return `<!-- Generated from the rule's definition by \`npm run generate\`: do not edit by hand. -->\n\n${rulePage(rule, models)}`;
}

/** A rule's page as Markdown, as `carechart explain` prints it. Pure: the models come in as a parameter. */
export function rulePage(rule: Rule, models: readonly RulePageModel[]): string {
  const out: string[] = [
    `# \`${rule.id}\``,
    '',
    rule.summary,
    '',
  ];
  out.push(`**Default severity:** ${rule.severity}`);
  const differing = models.filter((m) => {
    const s = m.ruleSeverities[rule.id];
    return s !== undefined && s !== rule.severity;
  });
  if (differing.length > 0) {
    out.push('', 'The models set their own severity:', '', '| Model | Severity |', '|---|---|');
    for (const m of models) out.push(`| ${m.label} (\`${m.id}\`) | ${m.ruleSeverities[rule.id] ?? rule.severity} |`);
  }
  out.push(
    '',
    'A `.carechart.yaml` config can set it to `off`, `info`, `warning` or `error`.',
    '',
    '## Why',
    '',
    rule.docs.why,
    '',
    '## The question to ask',
    '',
    `> ${rule.question}`,
    '',
    '## Source',
    '',
    rule.docs.source,
    '',
    '## Fails',
    '',
    yamlBlock(rule.docs.fails),
    '',
    '## Passes',
    '',
    yamlBlock(rule.docs.passes),
    '',
  );
  return out.join('\n');
}
