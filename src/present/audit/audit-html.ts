import type { AuditReport, AuditTables, DutyHolders } from '../../analyze/audit/audit-tables.js';
import { escapeHtml as x } from '../html-escape.js';
import { AUDIT_STYLE } from './audit-style.js';
import { cadenceRows, dutiesOf, holderParts, leadRows, someFiles, teamRows, type AuditContext } from './audit-view.js';
import { barChart, legend, NOBODY_FILL, stackedBars } from './svg-charts.js';

/** The audit as one standalone HTML page: no script, no outside request, plots as inline SVG, printable. */
export function auditHtml(report: AuditReport, context: AuditContext): string {
  const { words } = context;
  const fills = fillsFor(report);
  const sections = [tables(report, context, fills, 'all', 2, report.today)];
  if (report.by) {
    sections.push(`<h2>${x(words.byHeading[report.by]!)}</h2>`);
    report.groups.forEach((g, i) => {
      sections.push(`<section class="group"><h3>${x(g.name ?? words.noName[report.by!]!)} (${x(words.teams(g.teams.total))})</h3>${tables(g, context, fills, `g${i}`, 4, report.today)}</section>`);
    });
  }
  const title = x(words.title(report.teams.total));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${AUDIT_STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${x(words.asOf(report.today))}</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** Every holder keeps one fill across the page: `family` the darkest, `nobody` an empty outline, the rest by how often they hold. */
function fillsFor(report: AuditReport): Map<string, number> {
  const totals = new Map<string, number>();
  for (const d of report.duties) for (const [k, n] of Object.entries(d.holders)) totals.set(k, (totals.get(k) ?? 0) + n);
  const order = [...totals].filter(([k]) => k !== 'family' && k !== 'nobody').sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const fills = new Map<string, number>([['family', 0], ['nobody', NOBODY_FILL]]);
  order.forEach(([k], i) => fills.set(k, 1 + (i % (NOBODY_FILL - 1))));
  return fills;
}

function tables(t: AuditTables, context: AuditContext, fills: Map<string, number>, id: string, level: number, today: string): string {
  const { words } = context;
  const h = (text: string) => `<h${level}>${x(text)}</h${level}>`;
  const out = [h(words.teamsHeading), countTable(words.counted, words.teamsCaption, teamRows(t, context), words.count)];
  out.push(h(words.rulesHeading));
  if (t.rules.length === 0) out.push(`<p>${x(words.noGaps)}</p>`);
  else {
    const bars = t.rules.map((r) => ({ label: r.rule, value: r.teams, text: words.ofTeams(r.teams, t.teams.total) }));
    out.push(`<figure>${barChart(`${id}-rules`, words.rulesChart, bars, t.teams.total)}</figure>`);
    const rows = t.rules.map((r) => {
      const { shown, more } = someFiles(r.files, words);
      return `<tr><th scope="row">${x(r.rule)}</th><td class="n">${x(words.ofTeams(r.teams, t.teams.total))}</td><td>${[...shown.map(x), ...(more ? [x(more)] : [])].join(', ')}</td></tr>`;
    });
    out.push(table(words.rulesCaption, [words.rule, words.count, words.files], rows));
  }
  for (const kind of ['responsibility', 'decision'] as const) {
    const duties = dutiesOf(t, kind);
    if (duties.length > 0) out.push(holdersSection(duties, kind, context, fills, `${id}-${kind}`, h));
  }
  out.push(h(words.leadHeading), countTable(words.counted, words.leadCaption, leadRows(t, context), words.count));
  out.push(h(words.reviewHeading), countTable(words.every, words.reviewCaption, cadenceRows(t, context), words.count));
  const { shown, more } = someFiles(t.review.overdueFiles, words);
  out.push(`<p>${x(words.overdue(t.review.overdue, today))}${shown.length ? ` (${[...shown.map(x), ...(more ? [x(more)] : [])].join(', ')})` : ''}.</p>`);
  return out.join('\n');
}

function holdersSection(duties: DutyHolders[], kind: DutyHolders['kind'], context: AuditContext, fills: Map<string, number>, id: string, h: (t: string) => string): string {
  const { words, labels } = context;
  const rows = duties.map((d) => ({ label: labels.duty(d.id), parts: holderParts(d, context) }));
  const keys = new Map<string, string>();
  for (const r of rows) for (const p of r.parts) keys.set(p.key, p.label);
  const items = [...keys].map(([key, label]) => ({ key, label })).sort((a, b) => (fills.get(a.key) ?? 0) - (fills.get(b.key) ?? 0));
  const chart = stackedBars(id, words.holdersChart(kind === 'responsibility' ? words.responsibility.toLowerCase() : words.decision.toLowerCase()), rows.map((r) => ({ label: r.label, segments: r.parts })), fills);
  const cells = rows.map((r) => `<tr><th scope="row">${x(r.label)}</th><td>${r.parts.map((p) => `${x(p.label)} ${p.count}${p.detail ? ` ${x(words.familyDetail(p.detail))}` : ''}`).join(' · ')}</td></tr>`);
  return [
    h(kind === 'responsibility' ? words.dutiesHeading : words.decisionsHeading),
    `<p>${x(kind === 'responsibility' ? words.dutiesIntro : words.decisionsIntro)}</p>`,
    `<figure>${chart}${legend(`${id}-key`, words.legend, items, fills)}</figure>`,
    table(kind === 'responsibility' ? words.dutiesHeading : words.decisionsHeading, [kind === 'responsibility' ? words.responsibility : words.decision, words.holders], cells),
  ].join('\n');
}

function countTable(first: string, caption: string, rows: [string, number][], count: string): string {
  return table(caption, [first, count], rows.map(([label, n]) => `<tr><th scope="row">${x(label)}</th><td class="n">${n}</td></tr>`));
}

function table(caption: string, head: string[], rows: string[]): string {
  return `<table><caption>${x(caption)}</caption><thead><tr>${head.map((c) => `<th scope="col">${x(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
