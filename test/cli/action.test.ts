import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };
const workflow = parse(readFileSync('examples/ci/github-workflow.yml', 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'carechart-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The runner's part for a composite action: `${{ inputs.x }}`, `${{ github.x }}` and simple `if:`s. */
function expand(text: string, inputs: Record<string, string>, github: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g, (_, scope: string, name: string) => (scope === 'inputs' ? inputs[name] : github[name]) ?? '');
}
function holds(condition: string | undefined, inputs: Record<string, string>): boolean {
  if (!condition) return true;
  const js = condition.replace(/always\(\)/g, 'true').replace(/inputs\.([\w-]+)/g, (_, name: string) => JSON.stringify(inputs[name])).replace(/==/g, '===');
  return Function(`return (${js});`)() as boolean;
}

/** Runs the action's shell steps as the runner would, with `carechart` on the PATH from this build. */
function runAction(given: Record<string, string>, workspace: string) {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default)])), ...given };
  const github = { workspace, action_path: resolve('.') };
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'carechart'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/carechart.js')}" "$@"\n`);
  chmodSync(join(bin, 'carechart'), 0o755);
  const summary = join(work, `summary-${Math.random()}.md`);
  const ran: { name: string; status: number; stdout: string }[] = [];
  for (const step of action.runs.steps) {
    if (!step.run || step.name === 'Install carechart' || !holds(step.if, inputs)) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs, github)]));
    const cwd = resolve(workspace, expand(step['working-directory'] ?? '.', inputs, github));
    const result = spawnSync('bash', ['-e', '-c', step.run], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, GITHUB_ACTION_PATH: github.action_path, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: workspace },
    });
    ran.push({ name: step.name!, status: result.status!, stdout: result.stdout });
    if (result.status !== 0) break;
  }
  return { ran, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

describe('action.yml', () => {
  it('is a composite action with the inputs the docs promise, and no input pasted into a script', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['paths', 'format', 'model', 'max-warnings', 'sarif']) expect(action.inputs).toHaveProperty(input);
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@/);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toContain("inputs.sarif == 'true'");
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
  });

  it('the workflow example uses it', () => {
    const steps = workflow.jobs.check.steps as Step[];
    expect(steps.some((s) => s.uses?.endsWith('/carechart@v0.1.0'))).toBe(true);
    expect(steps.filter((s) => s.run)).toEqual([]);
  });

  it('checks from a sub-folder: annotations and SARIF name files from the repository root, the run fails on errors', () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'care', 'teams'), { recursive: true });
    cpSync('examples/rivera-enrollment.yaml', join(repo, 'care', 'teams', 'sam.yaml'));
    cpSync('examples/csa-wraparound-clean.yaml', join(repo, 'care', 'teams', 'clean.yaml'));
    const { ran, summary } = runAction({ paths: 'teams', 'working-directory': 'care', sarif: 'true', 'max-warnings': '0' }, repo);
    expect(ran.map((r) => [r.name, r.status])).toEqual([
      ['SARIF for code scanning', 0],
      ["Summary for the run's page", 0],
      ['Check the team files', 1],
    ]);
    expect(ran[2]!.stdout).toMatch(/^::error file=care\/teams\/sam\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(join(repo, 'care', 'carechart.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('care/teams/sam.yaml');
    expect(summary).toContain('sam.yaml');
  });

  it('passes a clean folder, with a model and the warnings limit given', () => {
    const repo = join(work, 'clean');
    mkdirSync(join(repo, '.git'), { recursive: true });
    cpSync('examples/csa-wraparound-clean.yaml', join(repo, 'team.yaml'));
    const { ran } = runAction({ model: 'wraparound', 'max-warnings': '0', summary: 'false' }, repo);
    expect(ran.map((r) => [r.name, r.status])).toEqual([['Check the team files', 0]]);
  });
});
