import type { AuditReport } from '../../analyze/audit/audit-tables.js';
import type { AuditedTeam } from '../../analyze/audit/audit-tally.js';
import { auditCsv } from './audit-csv.js';
import { auditHtml } from './audit-html.js';
import { auditMarkdown } from './audit-md.js';
import type { AuditContext } from './audit-view.js';

/** Formats of `audit --format`: pure functions of the audit (csv: of the teams it counted). */
export const AUDIT_FORMATS = {
  md: (report, _teams, context) => auditMarkdown(report, context),
  html: (report, _teams, context) => auditHtml(report, context),
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  csv: (_report, teams) => auditCsv(teams),
} satisfies Record<string, (report: AuditReport, teams: readonly AuditedTeam[], context: AuditContext) => string>;

export type AuditFormat = keyof typeof AUDIT_FORMATS;
export const AUDIT_FORMAT_NAMES = Object.keys(AUDIT_FORMATS) as AuditFormat[];
