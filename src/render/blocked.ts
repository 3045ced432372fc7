import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import type { TeamCheck } from '../pipeline/check-team-file.js';
import { fileResult } from '../core/finding.js';
import { UNRENDERABLE_RULES } from '../analyze/rule-registry.js';
import type { Io } from '../core/io.js';
import { carechartVersion } from '../core/version.js';
import { colors, useColor } from '../present/colors.js';
import { stylish } from '../present/formatters/stylish.js';

/** Files whose syntax, schema or references are broken, or that still hold example text: a chart of them would be a guess. */
export function blockedFiles(checks: readonly TeamCheck[]): TeamCheck[] {
  return checks.filter((c) => !c.team || !c.model || c.result.findings.some((f) => UNRENDERABLE_RULES.has(f.rule)));
}

/** Their errors on stderr, as `check` prints them, and a line saying they were not rendered. */
export function reportBlocked(blocked: readonly TeamCheck[], opts: { color?: boolean; lang?: string }, io: Io): void {
  const results = blocked.map((c) => fileResult(c.result.file, c.result.model, c.result.findings.filter((f) => f.severity === 'error')));
  const c = colors(useColor(io, io.stderrIsTTY, opts.color));
  const say = loadMessages(opts.lang ?? DEFAULT_LANG);
  io.stderr(stylish(results, { cwd: io.cwd, colors: c, version: carechartVersion(), say }));
  for (const r of results) io.stderr(`carechart: ${say.t('render.not-rendered', { file: r.file })}\n`);
}
