import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * Tools that read YAML 1.1 (PyYAML, and so pre-commit's check-yaml and many schema checkers) turn
 * an unquoted 2026-11-01 into a date, which the JSON Schema's string refuses: the examples and
 * `init`'s starter file quote their dates, so that they pass those tools as written.
 */
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schema/team-file.schema.json', 'utf8')));
const asYaml11 = (text: string) => parse(text, { schema: 'yaml-1.1' });

const work = mkdtempSync(join(tmpdir(), 'carechart-dates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dates in quotes', () => {
  // Team files only: a .carechart.yaml beside them has a schema of its own.
  const teamFiles = globSync('examples/**/*.yaml').filter((file) => /^carechart:/m.test(readFileSync(file, 'utf8')));
  it('finds the examples', () => expect(teamFiles.length).toBeGreaterThanOrEqual(4));
  it.each(teamFiles)('%s passes the schema when read as YAML 1.1', (file) => {
    const data = asYaml11(readFileSync(file, 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("init's starter file does too", async () => {
    expect((await runCli(['init', 'team.yaml'], { cwd: work })).status).toBe(0);
    const text = readFileSync(join(work, 'team.yaml'), 'utf8');
    expect(text).toMatch(/^as-of: "\d{4}-\d{2}-\d{2}"$/m);
    expect(validate(asYaml11(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is not vacuous: an unquoted date is refused', () => {
    expect(validate(asYaml11('carechart: 1\nas-of: 2026-11-01\nchild: { name: S }\nmembers: [{ id: a, name: A }]\n'))).toBe(false);
  });
});
