import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTeamFile, type TeamCheck } from '../../src/pipeline/check-team-file.js';

/** Checks a team file given as text (written to a temp folder with no config above it). */
export async function checkYaml(text: string, options: { model?: string; today?: string; engine?: 'fast' | 'reference' } = {}): Promise<TeamCheck> {
  const dir = mkdtempSync(join(tmpdir(), 'carechart-test-'));
  const file = join(dir, 'team.yaml');
  writeFileSync(file, text);
  return checkTeamFile(file, 'team.yaml', { model: options.model, today: options.today ?? '2026-11-23', cwd: dir, engine: options.engine });
}

/** `rule subject` for each finding: a compact thing to assert on. */
export function ruleSubjects(check: TeamCheck): string[] {
  return check.result.findings.map((f) => `${f.rule} ${f.subject ?? ''}`.trim());
}
