import { RunFailure } from '../core/exit-codes.js';
import { terminalSafe } from '../core/terminal-text.js';
import type { Io } from '../core/io.js';
import { loadModel } from '../resolve/load-model.js';
import type { Model } from '../resolve/model.js';
import type { RunError, TeamCheck } from './check-team-file.js';

/** Prints the run's own failures (a bad config or model file), each file once; true when there were any. */
export function reportRunErrors(checks: readonly TeamCheck[], io: Io): boolean {
  const errors = uniqueRunErrors(checks);
  for (const e of errors) io.stderr(describeRunError(e, io.cwd));
  return errors.length > 0;
}

function uniqueRunErrors(checks: readonly TeamCheck[]): RunError[] {
  const byFile = new Map<string, RunError>();
  for (const c of checks) if (c.runError && !byFile.has(c.runError.file)) byFile.set(c.runError.file, c.runError);
  return [...byFile.values()];
}

/** A model by name or path, or a RunFailure with its located problems. */
export async function requireModel(spec: string, cwd: string): Promise<Model> {
  const load = await loadModel(spec, cwd);
  if (!load.ok) throw new RunFailure(describeRunError(load, cwd));
  return load.model;
}

export function describeRunError(e: RunError, cwd: string): string {
  const lines = [`carechart: ${e.message}`];
  const rel = e.file.startsWith(cwd + '/') ? e.file.slice(cwd.length + 1) : e.file;
  for (const f of e.findings) lines.push(`  ${rel}:${f.line}:${f.column}  ${f.severity}  ${terminalSafe(f.message)}  (${f.rule})`);
  return `${lines.join('\n')}\n`;
}
