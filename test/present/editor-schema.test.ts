import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_MODELS } from '../../src/resolve/load-model.js';
import { runCli } from '../helpers/run-cli.js';
import { withYamlLanguageServer, yamlDiagnostics } from '../helpers/yaml-language-server.js';

type Node = { description?: string; properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; additionalProperties?: unknown; enum?: unknown[] };

const schema = (name: string): Node => JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8'));

/** Every property of the schema, by path, with its node: in objects, unions, lists and maps. */
function properties(node: Node, path = ''): [string, Node][] {
  const found: [string, Node][] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    found.push([at, child], ...properties(child, at));
  }
  for (const branch of node.anyOf ?? []) found.push(...properties(branch, path));
  if (node.items) found.push(...properties(node.items, `${path}[]`));
  if (node.additionalProperties && typeof node.additionalProperties === 'object') found.push(...properties(node.additionalProperties as Node, `${path}.*`));
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'carechart-editor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = readFileSync('examples/rivera-after-questions.yaml', 'utf8');

/** The seven mistakes of issue 19, each in a file of its own: the change, the bad line's text, and what the message says. */
const MISTAKES: { name: string; from: RegExp; to: string; at: string; says: RegExp }[] = [
  { name: 'misspelled model', from: /^model: case-management$/m, to: 'model: case-managment', at: 'case-managment', says: /"case-management", "wraparound"/ },
  { name: 'misspelled role', from: /^    role: parent$/m, to: '    role: case-manger', at: 'case-manger', says: /"case-manager"/ },
  { name: 'misspelled responsibility', from: /^  crisis-plan:$/m, to: '  crisis-plna:', at: 'crisis-plna', says: /crisis-plna/ },
  { name: 'two accountable members', from: /^    accountable: (\S+)$/m, to: '    accountable: [$1, ana]', at: ', ana]', says: /one member id/ },
  { name: 'a key in the wrong place', from: /^    contact: \{ phone: "555-0100"/m, to: '    phone: "555-0100"\n    contact: { phone: "555-0100"', at: '    phone:', says: /phone/ },
  { name: 'a duration without a unit', from: /^    every: 90 days$/m, to: '    every: sometimes', at: 'sometimes', says: /day\|week\|month\|year/ },
  // JSON Schema cannot compare one value with another: `carechart check` reports it (unknown-member).
  { name: 'unknown member id', from: /^    accountable: (\S+)$/m, to: '    accountable: nobody-here', at: 'nobody-here', says: /nobody-here/ },
];

describe('the editor schema (schema/team-file.schema.json)', () => {
  it('describes every property, and names the built-in models', () => {
    const all = properties(schema('team-file'));
    expect(all.length).toBeGreaterThan(45);
    expect(all.filter(([, node]) => !node.description).map(([path]) => path)).toEqual([]);
    const model = schema('team-file').properties!.model!;
    expect(model.anyOf![0]!.enum).toEqual([...BUILTIN_MODELS]);
  });

  it.each(BUILTIN_MODELS)('has a schema of the %s model alone: its role, responsibility and decision ids', (name) => {
    const one = schema(`team-file.${name}`) as Node & { allOf: Node[] };
    const model = readFileSync(`models/${name}.yaml`, 'utf8');
    const catalog = one.allOf[0]!.properties!;
    const roles = catalog.members!.items!.properties!.role!.enum as string[];
    for (const id of roles) expect(model).toContain(`- id: ${id}`);
    expect(Object.keys(catalog.responsibilities!.properties!)).toContain('crisis-plan');
    expect(Object.keys(catalog.decisions!.properties!)).toContain('crisis-activation');
    expect(catalog.responsibilities!.additionalProperties).toBe(false);
  });

  it('yaml-language-server, through the $schema modeline of files two folders down, flags 6 of the 7 mistakes and nothing in a good file', async () => {
    cpSync('schema', join(work, 'schema'), { recursive: true });
    const folder = join(work, 'teams', 'county');
    mkdirSync(folder, { recursive: true });
    const modeline = '# yaml-language-server: $schema=../../schema/team-file.schema.json\n';
    const files = [{ path: join(folder, 'good.yaml'), text: modeline + GOOD }];
    for (const [i, mistake] of MISTAKES.entries()) {
      expect(GOOD, mistake.name).toMatch(mistake.from);
      files.push({ path: join(folder, `mistake-${i}.yaml`), text: modeline + GOOD.replace(mistake.from, mistake.to) });
    }
    const perModel = { path: join(folder, 'per-model.yaml'), text: GOOD.replace(/^/, '# yaml-language-server: $schema=../../schema/team-file.case-management.schema.json\n').replace(MISTAKES[2]!.from, MISTAKES[2]!.to) };
    const diagnostics = await yamlDiagnostics([...files, perModel]);

    expect(diagnostics.get(files[0]!.path)).toEqual([]);
    const flagged = MISTAKES.filter((mistake, i) => {
      const line = files[i + 1]!.text.split('\n').findIndex((l) => l.includes(mistake.at));
      expect(line, mistake.name).toBeGreaterThan(0);
      return diagnostics.get(files[i + 1]!.path)!.some((d) => d.line === line && mistake.says.test(d.message));
    });
    expect(flagged.map((m) => m.name)).toEqual(MISTAKES.slice(0, 6).map((m) => m.name));
    expect(diagnostics.get(perModel.path)!.map((d) => d.message)).toEqual(['Property crisis-plna is not allowed.']);
  }, 60_000);

  it('yaml-language-server completes model names, role ids, responsibility and decision ids', async () => {
    const path = join(work, 'teams', 'new.yaml');
    const lines = [
      '# yaml-language-server: $schema=../schema/team-file.schema.json',
      'carechart: 1',
      'model: ',
      'child: { name: S }',
      'members:',
      '  - id: a',
      '    name: A',
      '    role: ',
      'responsibilities:',
      '  ',
      'decisions:',
      '  ',
      '',
    ];
    mkdirSync(join(work, 'teams'), { recursive: true });
    cpSync('schema', join(work, 'schema'), { recursive: true });
    const offered = await withYamlLanguageServer([{ path, text: lines.join('\n') }], async (server) =>
      Promise.all([[2, 7], [7, 10], [9, 2], [11, 2]].map(([line, character]) => server.complete(path, line!, character!))),
    );
    const [models, roles, responsibilities, decisions] = offered;
    expect(models).toEqual(expect.arrayContaining([...BUILTIN_MODELS]));
    expect(roles).toEqual(expect.arrayContaining(['parent', 'case-manager', 'care-coordinator']));
    expect(responsibilities).toEqual(expect.arrayContaining(['crisis-plan', 'single-point-of-contact']));
    expect(decisions).toEqual(expect.arrayContaining(['crisis-activation', 'service-plan-approval']));
  }, 60_000);
});

describe('carechart schema --model', () => {
  it('prints the schema of one model, a built-in one or a model file', async () => {
    const builtin = JSON.parse((await runCli(['schema', '--model', 'wraparound'])).stdout);
    expect(builtin).toEqual(schema('team-file.wraparound'));
    const file = JSON.parse((await runCli(['schema', '--model', './models/wraparound.yaml'])).stdout);
    expect(file.properties.model.enum).toBeUndefined();
    expect(Object.keys(file.allOf[0].properties.responsibilities.properties)).toContain('crisis-plan');
    const missing = await runCli(['schema', '--model', 'case-managment']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('case-management');
  });
});
