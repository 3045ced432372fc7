import type { AuditTables, DutyHolders } from '../../analyze/audit/audit-tables.js';
import type { AuditLabels } from './audit-labels.js';
import type { AuditWords } from './audit-words.js';

/** What md and html both show, worked out once: rows of words and numbers. */
export interface AuditContext {
  words: AuditWords;
  labels: AuditLabels;
}

export function teamRows(t: AuditTables, { words, labels }: AuditContext): [string, number][] {
  return [
    [words.total, t.teams.total],
    [words.withErrors, t.teams.withErrors],
    [words.withWarnings, t.teams.withWarnings],
    [words.clean, t.teams.clean],
    ...Object.entries(t.teams.byModel).map(([m, n]): [string, number] => [words.modelRow(m === 'unread' ? words.unreadModel : labels.model(m)), n]),
  ];
}

export interface HolderPart {
  key: string;
  label: string;
  count: number;
  /** For `family`: which family members, in words ("parent 2, natural support 1"). */
  detail?: string;
}

export function holderParts(duty: DutyHolders, { words, labels }: AuditContext): HolderPart[] {
  return Object.entries(duty.holders).map(([key, count]) => {
    const label = words.holderWords[key] ?? labels.role(key);
    if (key !== 'family') return { key, label, count };
    const detail = Object.entries(duty.family).map(([role, n]) => `${labels.role(role)} ${n}`).join(', ');
    return { key, label, count, detail };
  });
}

export function leadRows(t: AuditTables, { words }: AuditContext): [string, number][] {
  return [
    [words.leadExpected, t.lead.expected],
    [words.leadPresent, t.lead.present],
    [words.leadMissing, t.lead.missing],
    [words.leadFamily, t.lead.leftToFamily],
  ];
}

export function cadenceRows(t: AuditTables, { words }: AuditContext): [string, number][] {
  const rows = t.review.cadences.map((c): [string, number] => [c.every, c.teams]);
  return t.review.notSet > 0 ? [...rows, [words.notSet, t.review.notSet]] : rows;
}

export const dutiesOf = (t: AuditTables, kind: DutyHolders['kind']) => t.duties.filter((d) => d.kind === kind);

/** At most `limit` names, then "and N more": a job summary stays small whatever the program's size. */
export function someFiles(files: readonly string[], words: AuditWords, limit = 10): { shown: readonly string[]; more: string | null } {
  return files.length <= limit ? { shown: files, more: null } : { shown: files.slice(0, limit), more: words.andMore(files.length - limit) };
}
