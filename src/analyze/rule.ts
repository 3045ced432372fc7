import type { KeyPath, Part } from '../core/locator.js';
import type { Model } from '../resolve/model.js';
import type { Team } from '../resolve/team.js';
import type { Messages } from '../i18n/messages.js';
import type { Severity } from '../core/finding.js';

export interface RuleContext {
  team: Team;
  model: Model;
  /** The file as read, before validation set invalid entries aside. */
  raw: unknown;
  /** YYYY-MM-DD: what `review-overdue` compares with. */
  today: string;
  /**
   * The run's language: a rule writes every message through it, by key, `rule.RULE-ID.NAME` in
   * locales/*.yaml (docs/translating.md).
   */
  say: Messages;
}

/** What a rule reports; the runner locates it and settles its severity. */
export interface RuleHit {
  message: string;
  subject: string | null;
  at: KeyPath;
  part?: Part;
  /** Replaces the rule's own question (`rule.RULE-ID.question`), when the catalog has a better one. */
  question?: string;
  /** Where the severity depends on the case (a required or a recommended duty). */
  severity?: Severity;
}

export interface RuleDocs {
  /** Why the rule exists, in words a parent can follow. */
  why: string;
  source: string;
  /** A part of a team file that triggers the rule, and the same part fixed. */
  fails: string;
  passes: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line: when the rule fires. */
  summary: string;
  docs: RuleDocs;
  /** Absent for yaml-syntax and schema, which the loader and the validator report. */
  check?: (context: RuleContext) => RuleHit[];
}

const questions = new WeakMap<Messages, Map<string, string>>();

/** The question a rule's findings ask, in the run's language (kept: it is asked again for every file). */
export function ruleQuestion(ruleId: string, say: Messages): string {
  let known = questions.get(say);
  if (!known) questions.set(say, (known = new Map()));
  let question = known.get(ruleId);
  if (question === undefined) known.set(ruleId, (question = say.t(`rule.${ruleId}.question`)));
  return question;
}
