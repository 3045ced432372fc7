import type { Part, RoleChange, TeamDiff } from '../analyze/team-diff.js';
import { roleLabel, type Model } from '../resolve/model.js';
import type { Colors } from './colors.js';
import { terminalSafe } from '../core/terminal-text.js';

const PART_WORDS: Record<string, string> = {
  accountable: 'answers for',
  responsible: 'does',
  backup: 'backs up',
  consulted: 'is asked about',
  informed: 'is told about',
  decides: 'decides',
  agree: 'must agree on',
  recommends: 'recommends on',
  input: 'gives input on',
};

function describe(model: Model, p: Part): string {
  const label = model.responsibilities.get(p.id)?.label ?? model.decisions.get(p.id)?.label ?? p.id;
  return `${PART_WORDS[p.part] ?? p.part} ${label.toLowerCase()}`;
}

const who = (m: { name: string; title?: string | null }) => terminalSafe(m.title ? `${m.name} (${m.title})` : m.name);

/** "Jordan Lee is now counted as care coordinator (was: case manager)", and what their duties now make them act as. */
function roleLines(model: Model, ch: RoleChange): string[] {
  const { before, after } = ch;
  const lines: string[] = [];
  const roleChanged = before.role !== after.role;
  if (roleChanged) lines.push(`  ${terminalSafe(ch.name)} is now counted as ${roleLabel(model, after.role)} (was: ${roleLabel(model, before.role)})`);
  // A new role acted as itself (or a family role, which acts as nothing) is said by the line above.
  const actsAsSaid = roleChanged && (after.actsAs === null || after.actsAs === after.role);
  if (before.actsAs !== after.actsAs && !actsAsSaid && after.actsAs) {
    lines.push(`  ${terminalSafe(ch.name)} now acts as ${roleLabel(model, after.actsAs)}${before.actsAs ? ` (was: ${roleLabel(model, before.actsAs)})` : ''}`);
  }
  return lines;
}

/** `carechart diff` for people: who joined and left, who gained and lost what, which gaps moved. */
export function diffText(diff: TeamDiff, model: Model, c: Colors): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(c.bold(title), ...lines, '');
  };
  section('Team', [
    ...diff.joined.map((m) => c.green(`  + ${who(m)} joined`)),
    ...diff.left.map((m) => c.red(`  - ${who(m)} left`)),
  ]);
  section('Roles', diff.roles.flatMap((ch) => roleLines(model, ch)));
  for (const [title, changes] of [['Responsibilities', diff.responsibilities], ['Decisions', diff.decisions]] as const) {
    section(
      title,
      changes.flatMap((ch) => [
        `  ${terminalSafe(ch.name)}`,
        ...ch.gained.map((p) => c.green(`    + now ${describe(model, p)}`)),
        ...ch.lost.map((p) => c.red(`    - no longer ${describe(model, p)}`)),
      ]),
    );
  }
  section(`Gaps closed (${diff.gapsClosed.length})`, diff.gapsClosed.map((f) => c.green(`  ✔ ${terminalSafe(f.message)}`)));
  section(`Gaps opened (${diff.gapsOpened.length})`, diff.gapsOpened.map((f) => c.red(`  ✖ ${f.severity}: ${terminalSafe(f.message)}`)));
  if (out.length === 0) out.push('No changes in the team, its roles, its duties, its decisions or its gaps.', '');
  return out.join('\n');
}
