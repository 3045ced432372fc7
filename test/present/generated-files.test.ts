import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/generated-files.js';
import { jsonSchema } from '../../src/present/json-schema.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLES = ['rivera-enrollment', 'rivera-after-questions', 'csa-wraparound-clean', 'csa-wraparound-gaps', 'garcia-familia', 'wraparound-peer-partner'];

function validator(name: 'team-file' | 'model-file') {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(jsonSchema(name)));
}

describe('JSON Schema', () => {
  it('committed files equal the generator (run `npm run generate` after changing a schema)', async () => {
    for (const [path, text] of Object.entries(await generatedFiles())) {
      expect(readFileSync(path, 'utf8'), path).toBe(text);
    }
  });

  it('`carechart schema` prints the team file schema, draft 2020-12', async () => {
    const run = await runCli(['schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toContain('carechart');
    expect(JSON.parse((await runCli(['schema', '--model-file'])).stdout).required).toContain('carechart-model');
  });

  it.each(EXAMPLES)('accepts the example %s', (name) => {
    const validate = validator('team-file');
    const data = parse(readFileSync(`examples/${name}.yaml`, 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a misspelled key, a bad duration and a phone number without quotes', () => {
    const validate = validator('team-file');
    const data = parse(readFileSync('examples/rivera-after-questions.yaml', 'utf8'));
    const typo = structuredClone(data);
    typo.responsibilities['crisis-plan'].acountable = typo.responsibilities['crisis-plan'].accountable;
    delete typo.responsibilities['crisis-plan'].accountable;
    expect(validate(typo)).toBe(false);
    expect(validate({ ...data, program: { review: { every: '90' } } })).toBe(false);
    const phone = structuredClone(data);
    phone.members[0].contact = { phone: 5550100 };
    expect(validate(phone)).toBe(false);
  });

  it('accepts the built-in models', () => {
    const validate = validator('model-file');
    for (const name of ['case-management', 'wraparound']) {
      expect(validate(parse(readFileSync(`models/${name}.yaml`, 'utf8'))), name).toBe(true);
    }
  });
});
