import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'carechart.js');

async function spawnCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...(env.NODE_ARGS ? env.NODE_ARGS.split(' ') : []), BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the real binary', () => {
  it('prints its version', async () => {
    const run = await spawnCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('exits 1 with findings and 0 on a clean team', async () => {
    expect((await spawnCli(['check', 'examples/rivera-enrollment.yaml', '--today', '2026-11-23'])).status).toBe(1);
    expect((await spawnCli(['check', 'examples/rivera-after-questions.yaml', '--today', '2026-11-23'])).status).toBe(0);
  });

  it('exits 2 on a usage error, with no stack trace', async () => {
    const run = await spawnCli(['check', '--format', 'nope', 'examples']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('never loads handlebars or puppeteer on the check path', async () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'carechart-trace-')), 'imports.txt');
    const hook = join(process.cwd(), 'test', 'helpers', 'trace-imports.mjs');
    const run = await spawnCli(['check', 'examples', '--format', 'json', '--today', '2026-11-23'], {
      NODE_ARGS: `--import ${hook}`,
      TRACE_IMPORTS_FILE: trace,
    });
    expect(run.status).toBe(1);
    const loaded = readFileSync(trace, 'utf8');
    // The trace works: the boot script, the bundle it runs, and what the bundle requires.
    expect(loaded).toMatch(/\/dist\/cli\.cjs$/m);
    expect(loaded).toMatch(/\/dist\/carechart\.cjs$/m);
    expect(loaded).toMatch(/^(node:)?fs$/m);
    expect(loaded).not.toMatch(/handlebars/);
    expect(loaded).not.toMatch(/puppeteer/);
  });
});
