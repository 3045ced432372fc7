import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTeamFile } from '../../src/pipeline/check-team-file.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { readYaml } from '../../src/load/read-yaml.js';
import { fastTeam } from '../../src/validate/fast-team.generated.js';
import { TEAM_FALLBACKS } from '../../src/validate/load-team.js';
import { teamSchema } from '../../src/validate/team-schema.js';
import { validate } from '../../src/validate/validate.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Team files with what YAML allows and team files do not use: tags, anchors and aliases (within a
 * section and across sections, before and after their anchor), keys that are mappings or lists.
 */
const EXAMPLE = readFileSync('examples/rivera-after-questions.yaml', 'utf8').split('\n').filter((line) => !line.startsWith('#'));
const TAGGED = ['!!binary aGVsbG8=', '!!binary ""', '!!set {}', '!!set { ana, luis }', '!!omap []', '!!omap [ { a: 1 } ]', '!!pairs [ { a: 1 } ]', '!!timestamp 2026-01-01',
  '!!timestamp 2001-12-14t21:59:43.10-05:00', '!!str 555', '!!int "7"', '!!js/function "f"', '!custom x', '! x', '!!map {}', '!!seq []'];
const VALUE_LINE = /^( *)(- )?([a-z-]+):( .*)?$/;

type Edit = { kind: 'anchor' | 'alias' | 'tag' | 'key' | 'flow'; at: number; name: number; tag: number };

const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('anchor', 'anchor', 'alias', 'alias', 'tag', 'key', 'flow'),
  at: fc.nat(),
  name: fc.nat({ max: 2 }),
  tag: fc.nat({ max: TAGGED.length }),
});

/** The lines `key: value` or `key:` (a block below), where a value can be anchored, aliased or tagged. */
const valueLines = EXAMPLE.flatMap((line, i) => (VALUE_LINE.test(line) ? [i] : []));

function apply(edits: Edit[]): string {
  const lines = [...EXAMPLE];
  for (const e of edits) {
    const i = valueLines[e.at % valueLines.length]!;
    const [, indent, dash = '', key, value = ''] = VALUE_LINE.exec(lines[i]!) ?? [];
    if (key === undefined) continue;
    const head = `${indent}${dash}${key}:`;
    if (e.kind === 'anchor') lines[i] = `${head} &a${e.name}${value}`;
    else if (e.kind === 'alias') lines[i] = `${head} *a${e.name}`;
    else if (e.kind === 'tag') lines[i] = `${head} ${TAGGED[e.tag] ?? `!!binary${value}`}`;
    else if (e.kind === 'flow') lines[i] = lines[i]!.replace(/([[{] ?)/, e.name === 0 ? `$1*a${e.tag % 3}, ` : e.name === 1 ? `$1&a${e.tag % 3} ` : `$1${TAGGED[e.tag] ?? '!!str'} `);
    else lines[i] = e.name === 0 ? `${indent}${dash}? ${key}:${value}` : `${indent}${dash}{ ${key}: x }:${value}`;
  }
  return lines.join('\n');
}

const hostileTeam = fc.array(edit, { minLength: 1, maxLength: 4 }).map(apply);

describe('fuzzed tags, anchors, aliases and collection keys', () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  beforeEach(() => void process.on('warning', onWarning));
  afterEach(() => void process.off('warning', onWarning));
  const dir = mkdtempSync(join(tmpdir(), 'carechart-fuzz-'));

  it('no run error, the same JSON from both engines, the parsed data unchanged by validation', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTeam, async (text) => {
        const file = join(dir, 'team.yaml');
        writeFileSync(file, text);
        const options = { today: '2026-11-23', cwd: dir };
        const fast = await checkTeamFile(file, 'team.yaml', { ...options, engine: 'fast' });
        const reference = await checkTeamFile(file, 'team.yaml', { ...options, engine: 'reference' });
        expect(fast.runError).toBeUndefined();
        expect(JSON.stringify(fast.result)).toBe(JSON.stringify(reference.result));
        expect(warnings).toEqual([]);
        for (const parsed of [parseYaml(text), await readYaml(text)]) {
          if (parsed.data === undefined) continue;
          const before = structuredClone(parsed.data);
          validate(teamSchema, parsed.data, parsed.locator, TEAM_FALLBACKS);
          fastTeam(parsed.data);
          expect(parsed.data).toStrictEqual(before);
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  }, 240_000);

  it('each kind of refusal is a located yaml-syntax finding', async () => {
    const cases: Record<string, RegExp> = {
      'members:\n  - id: ana\n    contact: !!binary aGVsbG8=': /YAML tags \(here !!binary\)/,
      'decisions: &a\n  funding: { decides: ana }\nmembers:\n  - id: ana\n    contact: *a': /repeats a value from "decisions" here in "members"/,
      'members:\n  - id: ana\n    contact: *a\ndecisions: &a\n  funding: { decides: ana }': /has no anchor \(&a\) before it/,
      '? contact:': /A key here is itself a mapping/,
      'responsibilities: &r\n  plan: *r': /repeats a value that contains it/,
    };
    for (const [body, message] of Object.entries(cases)) {
      const parsed = parseYaml(`carechart: 1\nchild: { name: Sam }\n${body}\n`);
      expect(parsed.data, body).toBeUndefined();
      expect(parsed.findings.map((f) => f.message).join('\n'), body).toMatch(message);
      expect(parsed.findings.every((f) => f.rule === 'yaml-syntax' && f.line >= 3), body).toBe(true);
    }
  });

  it('one refused file never stops the batch, in either engine', async () => {
    const good = EXAMPLE.join('\n');
    writeFileSync(join(dir, 'good.yaml'), good);
    const binaryText = good.replace(/contact: \{ phone: "555-0101".*\}/, 'contact: !!binary aGVsbG8=');
    const tagLine = binaryText.split('\n').findIndex((line) => line.includes('!!binary')) + 1;
    writeFileSync(join(dir, 'binary.yaml'), binaryText);
    for (const engine of ['fast', 'reference']) {
      const run = await runCli(['check', 'binary.yaml', 'good.yaml', '-f', 'json', '--today', '2026-11-23'], { cwd: dir, env: { CARECHART_ENGINE: engine } });
      expect(run.stderr, engine).toBe('');
      expect(run.status, engine).toBe(1);
      const [binary, rest] = JSON.parse(run.stdout).results;
      expect(binary.findings.map((f: { rule: string; line: number }) => `${f.rule} ${f.line}`), engine).toEqual([`yaml-syntax ${tagLine}`]);
      expect(rest.errorCount, engine).toBe(0);
    }
  });

  it('an alias shared within a section is checked as written at each place (validation edits a copy)', async () => {
    const shared = EXAMPLE.join('\n').replace('contact: { phone: "555-0110"', 'contact: &reach { phone: "555-0110"').replace('updates: { every: 1 week, via: phone }', 'updates: *reach');
    writeFileSync(join(dir, 'shared.yaml'), shared);
    const run = await runCli(['check', 'shared.yaml', '-f', 'json', '--today', '2026-11-23'], { cwd: dir });
    const rules = JSON.parse(run.stdout).results[0].findings.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`);
    expect(rules.some((r: string) => r.startsWith('schema'))).toBe(true);
    expect(rules.filter((r: string) => r.startsWith('contact-missing'))).toEqual([]);
  });
});
