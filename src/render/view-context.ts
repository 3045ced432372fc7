import type { Messages } from '../i18n/messages.js';
import type { Model } from '../resolve/model.js';
import type { Team } from '../resolve/team.js';
import { isolateBidi } from './bidi.js';
import { initials } from './words.js';

/** What every part of the view model reads: the team, the model, and how to print a person. */
export interface ViewContext {
  team: Team;
  model: Model;
  today: string;
  redact: boolean;
  /** The chart's language. */
  say: Messages;
  /** A member id as printed: the name, or initials under --redact; `team` is "The whole team". */
  name(id: string): string;
  /** Several members in words ("A, B and C"), or null for none. */
  names(ids: readonly string[]): string | null;
  /** Free text that may name people (a finding's message): names become initials under --redact, and a right-to-left name is set apart. */
  text(text: string): string;
  /** Free notes: dropped under --redact (they hold phone numbers and internal details). */
  notes(text: string | undefined): string | null;
}

export function viewContext(team: Team, model: Model, options: { today: string; redact: boolean; say: Messages }): ViewContext {
  const { redact, say } = options;
  const printed = (name: string) => isolateBidi(redact ? initials(name) : name);
  const name = (id: string) => (id === 'team' ? say.t('chart.whole-team') : printed(team.byId.get(id)?.name ?? id));
  const people = [...team.members.map((m) => m.name), team.file.child.name].filter((n) => n.length > 1);
  // Longest first, so that "Dr. Kim Alvarez" is replaced before a shorter name inside it.
  const byLength = [...new Set(people)].sort((a, b) => b.length - a.length);
  return {
    team,
    model,
    today: options.today,
    redact,
    say,
    name,
    names: (ids) => (ids.length === 0 ? null : say.list([...new Set(ids)].map(name))),
    text: (text) => byLength.reduce((t, n) => t.split(n).join(printed(n)), text),
    notes: (text) => (redact || !text ? null : text),
  };
}
