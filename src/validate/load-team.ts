import type { Engine } from '../core/engine.js';
import { decodeSource, readSource } from '../load/read-source.js';
import { readYaml } from '../load/read-yaml.js';
import { fastTeam, fastTeamIssues, teamKeysAt } from './fast-team.generated.js';
import type { LoadedYaml } from './load-yaml.js';
import type { TeamFile } from './team-schema.js';
import type { Checker } from './validate.js';

/** What a file lacking these keys is read as, so that the rest of it can still be checked. */
export const TEAM_FALLBACKS = { carechart: 1, child: { name: 'the child' } };

/**
 * The one way a team file is loaded: read → YAML with positions → team schema. `bytes`: its
 * content, when already read. The fast engine takes the fast reader and validator where they apply,
 * yaml and zod (loaded then) for the rest: the same result either way.
 */
export async function loadTeamFile(file: string, opts: { bytes?: Uint8Array; engine?: Engine } = {}): Promise<LoadedYaml<TeamFile>> {
  const source = opts.bytes ? decodeSource(opts.bytes) : await readSource(file);
  if (!source.ok) return { value: undefined, raw: undefined, locator: undefined, findings: [source.finding] };
  return readTeam(source.text, opts.engine ?? 'fast');
}

/** A team file's text, loaded as `loadTeamFile` loads it. */
async function readTeam(text: string, engine: Engine = 'fast'): Promise<LoadedYaml<TeamFile>> {
  const parsed = await readYaml(text, engine);
  if (parsed.data === undefined && parsed.findings.length > 0) {
    return { value: undefined, raw: undefined, locator: parsed.locator, findings: parsed.findings };
  }
  const data = parsed.data ?? null;
  const value = engine === 'fast' ? fastTeam(data) : undefined;
  if (value) return { value, raw: parsed.data, locator: parsed.locator, findings: parsed.findings };
  const { validate, validateWith } = await import('./validate.js');
  // Unknown and missing keys, the usual slips, are described without zod; anything else loads it.
  const described = engine === 'fast' ? validateWith(FAST_CHECKER, data, parsed.locator, TEAM_FALLBACKS) : undefined;
  const checked = described ?? validate((await import('./team-schema.js')).teamSchema, data, parsed.locator, TEAM_FALLBACKS, engine === 'fast' ? fastTeam : undefined);
  return { value: checked.value, raw: parsed.data, locator: parsed.locator, findings: [...parsed.findings, ...checked.findings] };
}

/** The team schema's generated checker: its value, or its issues where the generated code can tell them. */
const FAST_CHECKER: Checker<TeamFile> = {
  check(data) {
    const value = fastTeam(data);
    if (value) return { ok: true, value };
    const issues = fastTeamIssues(data);
    return issues && { ok: false, issues };
  },
  keysAt: teamKeysAt,
};
