import type { AuditReport, AuditTables } from '../../analyze/audit/audit-tables.js';
import { escapeMarkdown as e } from '../markdown-escape.js';
import { cadenceRows, dutiesOf, holderParts, leadRows, someFiles, teamRows, type AuditContext } from './audit-view.js';

/** The audit as GitHub-flavored Markdown, for a job summary ($GITHUB_STEP_SUMMARY) or a pull request. */
export function auditMarkdown(report: AuditReport, context: AuditContext): string {
  const { words } = context;
  const out = [`# ${e(words.title(report.teams.total))}`, '', e(words.asOf(report.today)), '', ...tables(report, context, 2, report.today)];
  if (report.by) {
    out.push(`## ${e(words.byHeading[report.by])}`, '');
    for (const group of report.groups) {
      out.push(`### ${e(group.name ?? words.noName[report.by])} (${words.teams(group.teams.total)})`, '', ...tables(group, context, 4, report.today));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function tables(t: AuditTables, context: AuditContext, level: number, today: string): string[] {
  const { words, labels } = context;
  const h = '#'.repeat(level);
  const counts = (rows: [string, number][]) => rows.map(([label, n]) => `| ${e(label)} | ${n} |`);
  const out = [`${h} ${words.teamsHeading}`, '', `| | ${words.count} |`, '|---|---:|', ...counts(teamRows(t, context)), ''];
  out.push(`${h} ${words.rulesHeading}`, '');
  if (t.rules.length === 0) out.push(words.noGaps, '');
  else {
    out.push(`| ${words.rule} | ${words.count} | ${words.files} |`, '|---|---:|---|');
    for (const r of t.rules) {
      const { shown, more } = someFiles(r.files, words);
      out.push(`| ${e(r.rule)} | ${words.ofTeams(r.teams, t.teams.total)} | ${[...shown.map(e), ...(more ? [more] : [])].join(', ')} |`);
    }
    out.push('');
  }
  for (const kind of ['responsibility', 'decision'] as const) {
    const duties = dutiesOf(t, kind);
    if (duties.length === 0) continue;
    out.push(`${h} ${kind === 'responsibility' ? words.dutiesHeading : words.decisionsHeading}`, '');
    out.push(kind === 'responsibility' ? words.dutiesIntro : words.decisionsIntro, '');
    out.push(`| ${kind === 'responsibility' ? words.responsibility : words.decision} | ${words.holders} |`, '|---|---|');
    for (const d of duties) {
      const parts = holderParts(d, context).map((p) => `${e(p.label)} ${p.count}${p.detail ? ` ${words.familyDetail(e(p.detail))}` : ''}`);
      out.push(`| ${e(labels.duty(d.id))} | ${parts.join(' · ')} |`);
    }
    out.push('');
  }
  out.push(`${h} ${words.leadHeading}`, '', `| | ${words.count} |`, '|---|---:|', ...counts(leadRows(t, context)), '');
  out.push(`${h} ${words.reviewHeading}`, '', `| ${words.every} | ${words.count} |`, '|---|---:|', ...counts(cadenceRows(t, context)), '');
  const { shown, more } = someFiles(t.review.overdueFiles, words);
  out.push(`${e(words.overdue(t.review.overdue, today))}${shown.length ? ` (${[...shown.map(e), ...(more ? [more] : [])].join(', ')})` : ''}.`, '');
  return out;
}
