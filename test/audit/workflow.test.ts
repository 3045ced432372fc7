import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

type Step = { run?: string; name?: string };
const workflow = parse(readFileSync('examples/ci/program-audit-workflow.yml', 'utf8')) as {
  jobs: { check: { strategy: { matrix: { shard: number[] } }; steps: Step[] }; audit: { steps: Step[] } };
};

/** A step's carechart command as arguments, with the matrix value put in. */
const args = (command: string, shard?: number) =>
  command.replace(/\$\{\{ matrix\.shard \}\}/g, String(shard)).replace(/ >>.*$/, '').split(/\s+/).slice(1);

describe('the GitHub Actions matrix example', () => {
  it('checks every file once across its shards and audits their merged reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-workflow-'));
    cpSync('examples/program', join(dir, 'teams'), { recursive: true });
    const shards = workflow.jobs.check.strategy.matrix.shard;
    const check = workflow.jobs.check.steps.find((s) => s.run?.startsWith('carechart check'))!.run!;
    expect(check).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    for (const shard of shards) {
      const run = await runCli(args(check, shard), { cwd: dir });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.status);
    }
    // download-artifact puts every shard's report into reports/.
    const reports = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(reports).toHaveLength(shards.length);
    const audit = workflow.jobs.audit.steps.find((s) => s.run?.startsWith('carechart audit'))!.run!;
    const run = await runCli(args(audit).map((a) => (a === 'reports/*.json' ? reports : [a])).flat(), { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Program audit: 13 teams/);
  });
});
