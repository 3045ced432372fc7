import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../../core/finding.js';

/**
 * A result's file as CI tools want it: relative to `root` (the working folder unless given),
 * with forward slashes. `file` is as the CLI shows it (as given, or relative to the working
 * folder when found by walking); an absolute path below `root` is made relative too. Pure: path
 * arithmetic only, no file system.
 */
export function reportPath(file: string, cwd: string, root = cwd): string {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(root, absolute);
  // A path on another drive (Windows) cannot be made relative: keep it as it is.
  const shown = rel === '' ? file : isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/').replace(/\\/g, '/');
}

/** Line and column as 1-based numbers, the end never before the start. */
export function region(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const pos = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
  const line = pos(f.line);
  const column = pos(f.column);
  let endLine = pos(f.endLine);
  let endColumn = pos(f.endColumn);
  if (endLine < line) endLine = line;
  if (endLine === line && endColumn < column) endColumn = column;
  return { line, column, endLine, endColumn };
}

/** The message, ended with a full stop when it has no end mark of its own. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;]$/.test(trimmed) || trimmed === '' ? trimmed : `${trimmed}.`;
}

/** The finding's message and, after it, the question to ask at the meeting. */
export function messageWithQuestion(f: Finding): string {
  return `${sentence(f.message)} Ask: ${f.question.trim()}`;
}
