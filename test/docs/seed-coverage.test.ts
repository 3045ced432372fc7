import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/analyze/rule-registry.js';
import { jsonSchema } from '../../src/present/json-schema.js';
import { modelSettingsSchema } from '../../src/resolve/model-schema.js';
import { BUILTIN_MODELS, loadModel } from '../../src/resolve/load-model.js';
import type { Model } from '../../src/resolve/model.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * docs/seed-coverage.md maps every item of the two source documents to what covers it. This keeps
 * the page honest: every name in its "Covered by" column is real, every row has an answer, and
 * its totals are the tables' own counts.
 */

const PAGE = readFileSync('docs/seed-coverage.md', 'utf8');
const OUT_OF_SCOPE = /^Out of scope: \S.*/;
const TOKEN = /`([a-z]+):([a-z0-9.-]+)`/g;

interface Row {
  item: string;
  covered: string;
}

function rows(): Row[] {
  const found: Row[] = [];
  let inTable = false;
  for (const line of PAGE.split('\n')) {
    if (line.startsWith('| Seed item | Covered by | How |')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('|---')) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      expect(cells, line).toHaveLength(3);
      found.push({ item: cells[0]!, covered: cells[1]! });
    }
  }
  return found;
}

async function models(): Promise<Model[]> {
  return Promise.all(
    BUILTIN_MODELS.map(async (name) => {
      const load = await loadModel(name, process.cwd());
      if (!load.ok) throw new Error(load.message);
      return load.model;
    }),
  );
}

/** Whether a dotted path (`members.updates`, `program.review.every`) is a field of the team file's JSON Schema. */
function isField(path: string): boolean {
  let node: unknown = JSON.parse(jsonSchema('team-file'));
  for (const key of path.split('.')) {
    node = properties(node)?.[key];
    if (node === undefined) return false;
  }
  return true;
}

function properties(node: unknown): Record<string, unknown> | undefined {
  const n = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  if (n.properties) return n.properties;
  if (n.items) return properties(n.items);
  for (const branch of n.anyOf ?? []) {
    const found = properties(branch);
    if (found) return found;
  }
  return undefined;
}

describe('docs/seed-coverage.md', () => {
  it('has an answer in every row: names of real things, or a one-line reason it is out of scope', async () => {
    const all = await models();
    const help = (await runCli(['--help'])).stdout;
    const catalog = { responsibility: 'responsibilities', decision: 'decisions', role: 'roles', situation: 'situations' } as const;
    const table = rows();
    expect(table.length).toBeGreaterThan(80);
    for (const { item, covered } of table) {
      const tokens = [...covered.matchAll(TOKEN)].map((m) => [m[1]!, m[2]!] as const);
      if (tokens.length === 0) {
        expect(covered, `"${item}" has neither a name nor a reason`).toMatch(OUT_OF_SCOPE);
        continue;
      }
      for (const [kind, id] of tokens) {
        const where = `"${item}": ${kind}:${id}`;
        if (kind === 'rule') expect(RULES_BY_ID.has(id), where).toBe(true);
        else if (kind === 'field') expect(isField(id), where).toBe(true);
        else if (kind === 'setting') expect(Object.keys(modelSettingsSchema.shape), where).toContain(id);
        else if (kind === 'command') expect(help, where).toMatch(new RegExp(`^  ${id} `, 'm'));
        else if (kind in catalog) for (const m of all) expect(m[catalog[kind as keyof typeof catalog]].has(id), `${where} in ${m.id}`).toBe(true);
        else throw new Error(`${where}: unknown kind`);
      }
    }
  });

  it('states the totals the tables add up to', () => {
    const table = rows();
    const out = table.filter((r) => OUT_OF_SCOPE.test(r.covered)).length;
    expect(PAGE).toContain(`- Items: **${table.length}**`);
    expect(PAGE).toContain(`: **${table.length - out}**`);
    expect(PAGE).toContain(`- Out of scope: **${out}**`);
  });

  it('names no seed file or seed label', () => {
    expect(PAGE).not.toMatch(/\b00[01]\b|seeds\/|\.txt\b/);
  });
});
