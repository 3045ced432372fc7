import { resolve } from 'node:path';
import type { AuditReport } from '../analyze/audit/audit-tables.js';
import type { AuditedTeam } from '../analyze/audit/audit-tally.js';
import { AUDIT_FORMATS } from '../present/audit/audit-formats.js';
import { builtinLabels } from '../present/audit/audit-labels.js';
import { AUDIT_WORDS } from '../present/audit/audit-words.js';
import type { AuditOptions } from './audit-command.js';
import { UsageError } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';

/** The audit in its format, to stdout or (atomically, never onto an input) to `--output`. */
export async function writeAudit(report: AuditReport, teams: readonly AuditedTeam[], opts: AuditOptions, io: Io, inputs: readonly string[]): Promise<void> {
  const text = AUDIT_FORMATS[opts.format](report, teams, { words: AUDIT_WORDS, labels: await builtinLabels() });
  if (!opts.output) {
    io.stdout(text);
    return;
  }
  const { atomicWrite, WriteRefused } = await import('../write/atomic-write.js');
  try {
    await atomicWrite(resolve(io.cwd, opts.output), text, inputs);
  } catch (error) {
    if (error instanceof WriteRefused) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UsageError(`The audit cannot be written to ${opts.output}: the system says ${code}`);
    throw error;
  }
}
