import type { Locator } from '../core/locator.js';
import type { Model, SeveritySetting } from '../resolve/model.js';
import type { Finding } from '../core/finding.js';
import { ruleQuestion, type RuleContext } from './rule.js';
import { RULES } from './rule-registry.js';

/** Severity for a finding: the config's setting, else the model's, else the case's, else the rule's. */
function severityOf(
  ruleId: string,
  fallback: Finding['severity'],
  model: Model | undefined,
  overrides: Record<string, SeveritySetting>,
): SeveritySetting {
  return overrides[ruleId] ?? model?.ruleSeverities[ruleId] ?? fallback;
}

export function runRules(context: RuleContext, locator: Locator, overrides: Record<string, SeveritySetting>): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check || overrides[rule.id] === 'off') continue;
    for (const hit of rule.check(context)) {
      const severity = severityOf(rule.id, hit.severity ?? rule.severity, context.model, overrides);
      if (severity === 'off') continue;
      // Named, not spread: a spread builds each finding key by key, the most of this loop's own time.
      const { path, line, column, endLine, endColumn } = locator.at(hit.at, hit.part);
      findings.push({
        rule: rule.id,
        severity,
        message: hit.message,
        question: hit.question ?? ruleQuestion(rule.id, context.say),
        subject: hit.subject,
        path,
        line,
        column,
        endLine,
        endColumn,
      });
    }
  }
  return findings;
}

/** Config overrides apply to the loader's findings too (a config may turn `schema` into a warning). */
export function applyOverrides(findings: Finding[], overrides: Record<string, SeveritySetting>): Finding[] {
  return findings.flatMap((f) => {
    const setting = overrides[f.rule];
    if (setting === undefined) return [f];
    return setting === 'off' ? [] : [{ ...f, severity: setting }];
  });
}
