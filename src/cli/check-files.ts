import { localizeFindings } from '../i18n/keyed-finding.js';
import { loadMessages } from '../i18n/load-locale.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTeamFile, newRunCache, type CheckOptions, type TeamCheck } from '../analyze/check-team-file.js';
import { fileResult } from '../analyze/finding.js';
import { findTeamFiles, PathError, sniffTeamFile, type TeamFileRef } from '../load/find-team-files.js';
import { syntaxFinding } from '../load/syntax-finding.js';
import { collectorByGrowth, FILES_PER_LOOK, FIRST_LOOK } from './collect-garbage.js';
import { UsageError } from './exit-codes.js';
import { reportPart, type ReportHow, type ReportPart } from './report-part.js';
import type { Io } from './io.js';

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
    files = await findTeamFiles(paths, io.cwd);
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
  let bytes: Uint8Array | undefined;
  if (file.sniff) {
    const sniffed = sniffTeamFile(file.path);
    if (!sniffed.isTeamFile) return undefined;
    bytes = sniffed.bytes;
  }
  try {
    return await checkTeamFile(file.path, file.display, options, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !['EACCES', 'EISDIR', 'ENOENT', 'EPERM', 'ELOOP', 'EIO'].includes(code)) throw error;
    const reason = code === 'EISDIR' ? 'folder' : code === 'ENOENT' ? 'gone' : 'other';
    const at = { path: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
    const finding = syntaxFinding(at, { key: 'load.unreadable', values: { reason, code } });
    const say = options.lang ? loadMessages(options.lang) : undefined;
    return { result: fileResult(file.display, null, say ? localizeFindings([finding], say) : [finding]) };
  }
}

/** Each file checked in turn, in order, and reported as soon as it is: nothing kept. */
export async function* checkInTurn(plan: CheckPlan, how: ReportHow): AsyncGenerator<{ file: TeamFileRef; part: ReportPart }> {
  const collectIfGrown = collectorByGrowth();
  for (const [i, file] of plan.files.entries()) {
    if (i >= FIRST_LOOK && i % FILES_PER_LOOK === 0) collectIfGrown();
    const check = await checkOne(file, plan.options);
    yield { file, part: reportPart(check ? [check] : [], how) };
  }
}

export function noTeamFile(paths: string[]): UsageError {
  return new UsageError(`No team file found in ${paths.join(', ') || 'the current folder'}: a team file is a .yaml file that starts with "carechart: 1"`);
}
