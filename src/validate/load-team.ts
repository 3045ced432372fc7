import type { LoadedYaml } from './load-yaml.js';
import { decodeSource, readSource } from '../load/read-source.js';
import { readYaml } from '../load/read-yaml.js';
import { fastTeam } from './fast-team.js';
import type { TeamFile } from './team-schema.js';

/** What a file lacking these keys is read as, so that the rest of it can still be checked. */
export const TEAM_FALLBACKS = { carechart: 1, child: { name: 'the child' } };

/**
 * `loadYaml(file, teamSchema, TEAM_FALLBACKS)` by the fast way: the fast reader and validator where
 * they apply, yaml and zod (loaded then) for the rest. The same result either way.
 */
export async function loadTeamFile(file: string, bytes?: Uint8Array): Promise<LoadedYaml<TeamFile>> {
  const source = bytes ? decodeSource(bytes) : await readSource(file);
  if (!source.ok) return { value: undefined, raw: undefined, locator: undefined, findings: [source.finding] };
  return loadTeamText(source.text);
}

export async function loadTeamText(text: string): Promise<LoadedYaml<TeamFile>> {
  const parsed = await readYaml(text);
  if (parsed.data === undefined && parsed.findings.length > 0) {
    return { value: undefined, raw: undefined, locator: parsed.locator, findings: parsed.findings };
  }
  const value = fastTeam(parsed.data ?? null);
  if (value) return { value, raw: parsed.data, locator: parsed.locator, findings: parsed.findings };
  const [{ validate }, { teamSchema }] = await Promise.all([import('./validate.js'), import('./team-schema.js')]);
  const checked = validate(teamSchema, parsed.data ?? null, parsed.locator, TEAM_FALLBACKS);
  return { value: checked.value, raw: parsed.data, locator: parsed.locator, findings: [...parsed.findings, ...checked.findings] };
}
