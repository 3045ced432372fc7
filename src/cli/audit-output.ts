import { resolve } from 'node:path';
import type { AuditReport } from '../analyze/audit/audit-tables.js';
import type { AuditedTeam } from '../analyze/audit/audit-tally.js';
import { AUDIT_FORMATS } from '../present/audit/audit-formats.js';
import { builtinLabels } from '../present/audit/audit-labels.js';
import { AUDIT_WORDS } from '../present/audit/audit-words.js';
import type { AuditOptions } from './audit-command.js';
import type { Io } from '../core/io.js';

/** The audit in its format, to stdout or (atomically, never onto an input) to `--output`. */
export async function writeAudit(report: AuditReport, teams: readonly AuditedTeam[], opts: AuditOptions, io: Io, inputs: readonly string[]): Promise<void> {
  const text = AUDIT_FORMATS[opts.format](report, teams, { words: AUDIT_WORDS, labels: await builtinLabels() });
  if (!opts.output) {
    io.stdout(text);
    return;
  }
  // A refusal or a failure says why, naming the path as given, as for check and render (cli/main.ts).
  const { atomicWrite } = await import('../write/atomic-write.js');
  await atomicWrite(resolve(io.cwd, opts.output), text, inputs, opts.output);
}
