import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';
import { CONFLICT_FREE, CSA_HANDOUT, FAMILY_GUIDE, IEP_TEAM, NWI, TEAM_FILE_FORMAT } from '../../src/analyze/sources.js';
import { BUILTIN_MODELS, loadModel } from '../../src/resolve/load-model.js';
import type { Model } from '../../src/resolve/model.js';
import { runCli } from '../helpers/run-cli.js';

/** What a reader cannot look up: the seed files' labels and names, this repository's paths. */
const UNREADABLE = /\b00[01]\b|seeds?\/|\.txt\b|\.md\b|\.ts\b|shared\/|spec\/|models\.md|rules\.md|team-file\.md/;

async function models(): Promise<Model[]> {
  return Promise.all(
    BUILTIN_MODELS.map(async (name) => {
      const load = await loadModel(name, process.cwd(), undefined, 'reference');
      if (!load.ok) throw new Error(load.message);
      return load.model;
    }),
  );
}

function catalog(model: Model) {
  return [...model.roles.values(), ...model.responsibilities.values(), ...model.decisions.values(), ...model.situations.values()];
}

describe('sources a user can read', () => {
  it('every rule cites a work by name, never a file or a seed label', () => {
    const works = [FAMILY_GUIDE, CSA_HANDOUT, NWI, CONFLICT_FREE, IEP_TEAM, TEAM_FILE_FORMAT, 'IDEA'];
    for (const rule of RULES) {
      expect(rule.docs.source, rule.id).not.toMatch(UNREADABLE);
      expect(works.some((w) => rule.docs.source.includes(w)), `${rule.id}: ${rule.docs.source}`).toBe(true);
    }
  });

  it('every role, responsibility, decision and situation of the built-in models cites the model\'s own sources', async () => {
    for (const model of await models()) {
      const titles = model.file.sources.map((s) => s.title);
      expect(titles.length).toBeGreaterThan(0);
      for (const s of model.file.sources) expect(`${s.id} ${s.title} ${s.where ?? ''} ${s.note ?? ''}`).not.toMatch(UNREADABLE);
      for (const item of catalog(model)) {
        const where = `${model.id} ${item.id}`;
        expect(item.source, where).toBeDefined();
        expect(item.source, where).not.toMatch(UNREADABLE);
        // Each cited part names one of the works the model lists, so that `models show` says where to find it.
        for (const part of item.source!.split('; ')) expect(titles.some((t) => part.startsWith(t)), `${where}: ${part}`).toBe(true);
      }
    }
  });

  it('explain and models show print no file name or seed label', async () => {
    const all = await models();
    const ids = new Set([...RULES.map((r) => r.id), ...all.flatMap((m) => catalog(m).map((i) => i.id))]);
    for (const id of ids) {
      const run = await runCli(['explain', id]);
      expect(run.status, id).toBe(0);
      expect(run.stdout, id).not.toMatch(UNREADABLE);
      expect(run.stdout, id).toMatch(/Source/);
    }
    for (const name of BUILTIN_MODELS) {
      const run = await runCli(['models', 'show', name, '--format', 'md']);
      expect(run.stdout).not.toMatch(UNREADABLE);
      expect(run.stdout).toContain('## Sources');
      expect(run.stdout).toContain('## Situations');
    }
  });
});
