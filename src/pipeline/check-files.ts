import { localizeFindings } from '../i18n/keyed-finding.js';
import { loadMessages } from '../i18n/load-locale.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTeamFile, newRunCache, type CheckOptions, type TeamCheck } from './check-team-file.js';
import { fileResult } from '../core/finding.js';
import { findTeamFiles, PathError, sniffTeamFile, type TeamFileRef } from '../load/find-team-files.js';
import { LIMITS } from '../load/limits.js';
import { syntaxFinding } from '../load/syntax-finding.js';
import { UsageError } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';

/** The paths' team files, and the options every file is checked with. */
export interface CheckPlan {
  paths: string[];
  /** Found files; those found by walking are sniffed when checked. */
  files: TeamFileRef[];
  options: CheckOptions;
}

/** Discovery: the files to check, or a UsageError saying why there are none. */
export async function planChecks(paths: string[], opts: Omit<CheckOptions, 'cwd'>, io: Io): Promise<CheckPlan> {
  if (opts.config && !existsSync(resolve(io.cwd, opts.config))) throw new UsageError(`The config file ${opts.config} does not exist`);
  let files: TeamFileRef[];
  try {
    files = await findTeamFiles(paths, io.cwd, paths.includes('-') ? await stdinFile(io) : undefined);
  } catch (error) {
    if (error instanceof PathError) throw new UsageError(error.message);
    throw error;
  }
  if (files.length === 0) throw noTeamFile(paths);
  const engine = io.env.CARECHART_ENGINE === 'reference' ? 'reference' : 'fast';
  return { paths, files, options: { ...opts, config: opts.config && resolve(io.cwd, opts.config), cwd: io.cwd, cache: newRunCache(), engine } };
}

/**
 * One file checked; a file that cannot be read is a finding, not a failure of the run. Undefined
 * for a file found by walking that turns out not to be a team file.
 */
export async function checkOne(file: TeamFileRef, options: CheckOptions): Promise<TeamCheck | undefined> {
  let bytes = file.bytes;
  if (file.sniff) {
    const sniffed = sniffTeamFile(file.path);
    if (!sniffed.isTeamFile) return undefined;
    bytes = sniffed.bytes;
  }
  try {
    return await checkTeamFile(file.path, file.display, options, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const at = { path: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
    // One file that trips a bug must not cost the report of every other file in the batch.
    const bug = !code || !['EACCES', 'EISDIR', 'ENOENT', 'EPERM', 'ELOOP', 'EIO'].includes(code);
    const reason = code === 'EISDIR' ? 'folder' : code === 'ENOENT' ? 'gone' : 'other';
    const finding = bug
      ? syntaxFinding(at, { key: 'load.bug', values: { detail: String((error as Error)?.message ?? error) } })
      : syntaxFinding(at, { key: 'load.unreadable', values: { reason, code } });
    const say = options.lang ? loadMessages(options.lang) : undefined;
    return { result: fileResult(file.display, null, say ? localizeFindings([finding], say) : [finding]) };
  }
}

/** Each file checked in turn, in order, when the caller asks for the next: none of them kept here. */
export async function* checkInTurn(plan: CheckPlan): AsyncGenerator<{ file: TeamFileRef; check: TeamCheck | undefined }> {
  for (const file of plan.files) yield { file, check: await checkOne(file, plan.options) };
}

/** `check -`: one team file read from stdin, shown as `<stdin>`; its config is found from the current folder. */
async function stdinFile(io: Io): Promise<TeamFileRef> {
  if (!io.readStdin) throw new UsageError('- (stdin) cannot be read here');
  return { path: resolve(io.cwd, '<stdin>'), display: '<stdin>', bytes: await io.readStdin(LIMITS.maxFileBytes + 1) };
}

export function noTeamFile(paths: string[]): UsageError {
  return new UsageError(`No team file found in ${paths.join(', ') || 'the current folder'}: a team file is a .yaml file that starts with "carechart: 1"`);
}
