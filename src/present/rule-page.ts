import { ruleQuestion, type Rule } from '../analyze/rule.js';
import type { Messages } from '../i18n/messages.js';
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
export function generatedRulePage(rule: Rule, models: readonly RulePageModel[], say: Messages): string {
  return `<!-- Generated from the rule's definition by \`npm run generate\`: do not edit by hand. -->\n\n${rulePage(rule, models, say)}`;
}

/** A rule's page as Markdown, as `carechart explain` prints it. Pure: the models come in as a parameter. */
export function rulePage(rule: Rule, models: readonly RulePageModel[], say: Messages): string {
  const out: string[] = [
    `# \`${rule.id}\``,
    '',
    rule.summary,
    '',
  ];
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  out.push(t('default-severity', { severity: rule.severity }));
  const differing = models.filter((m) => {
    const s = m.ruleSeverities[rule.id];
    return s !== undefined && s !== rule.severity;
  });
  if (differing.length > 0) {
    out.push('', t('models-differ'), '', t('models-table'), '|---|---|');
    for (const m of models) out.push(`| ${m.label} (\`${m.id}\`) | ${m.ruleSeverities[rule.id] ?? rule.severity} |`);
  }
  out.push(
    '',
    t('config-can-set'),
    '',
    `## ${t('why')}`,
    '',
    rule.docs.why,
    '',
    `## ${t('question')}`,
    '',
    `> ${ruleQuestion(rule.id, say)}`,
    '',
    `## ${t('source')}`,
    '',
    rule.docs.source,
    '',
    `## ${t('fails')}`,
    '',
    yamlBlock(rule.docs.fails),
    '',
    `## ${t('passes')}`,
    '',
    yamlBlock(rule.docs.passes),
    '',
  );
  return out.join('\n');
}
