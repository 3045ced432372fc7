import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles, TODAY } from '../render/render-helpers.js';

const BIN = join(process.cwd(), 'bin', 'carechart.js');
const exec = promisify(execFile);
const ENGINES = ['fast', 'reference'];
const EXAMPLE = readFileSync('examples/rivera-after-questions.yaml', 'utf8');

async function findings(dir: string, file: string, engine: string) {
  const run = await runCli(['check', file, '-f', 'json', '--today', TODAY], { cwd: dir, env: { CARECHART_ENGINE: engine } });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).results[0].findings as { rule: string; message: string; line: number; column: number }[];
}

describe.each(ENGINES)('small faults (%s engine)', (engine) => {
  it('a file just over the limit says by how much, never "1.0 MiB; at most 1 MiB"', async () => {
    const dir = tempFiles({});
    writeFileSync(join(dir, 'big.yaml'), `carechart: 1\nnotes: "${'x'.repeat(1_077_292 - 23)}"\n`);
    const [finding] = await findings(dir, 'big.yaml', engine);
    expect(finding!.message).toBe('This file is 1.03 MiB (1,077,292 bytes); a team file may be at most 1 MiB. Is it the right file?');
  });

  it('a file with CR-only line endings is called what it is, not empty', async () => {
    const dir = tempFiles({ 'mac.yaml': EXAMPLE.replace(/\n/g, '\r') });
    const found = await findings(dir, 'mac.yaml', engine);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/end with a CR only/);
    expect(found[0]!.message).not.toMatch(/empty/);
  });

  it('years below 100 are dates (0099-12-31 is not 1999-12-31)', async () => {
    const dir = tempFiles({ 'old.yaml': EXAMPLE.replace(/last: "?2026-10-15"?/, 'last: "0099-12-31"') });
    const found = await findings(dir, 'old.yaml', engine);
    expect(found.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(found.find((f) => f.rule === 'review-overdue')?.message).toMatch(/0099-12-31.*on 0100-03-31/);
  });

  it('a key that is a mapping (`? contact:`) is a finding, and Node prints no warning of its own', async () => {
    const dir = tempFiles({ 'key.yaml': 'carechart: 1\nchild:\n  name: Sam\n? contact:\n' });
    const run = await exec(process.execPath, [BIN, 'check', 'key.yaml', '-f', 'json'], { cwd: dir, env: { ...process.env, CARECHART_ENGINE: engine } }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results[0].findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 4, column: 3 });
  });

  it('check - reads one team file from stdin, shown as <stdin>, in its place among the others', async () => {
    const dir = tempFiles({ 'team.yaml': EXAMPLE });
    const run = await runCli(['check', 'team.yaml', '-', '-f', 'json', '--today', TODAY], { cwd: dir, stdin: 'carechart: 1\nchild: { name: Sam }\n', env: { CARECHART_ENGINE: engine } });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).results;
    expect(results.map((r: { file: string }) => r.file)).toEqual(['team.yaml', '<stdin>']);
    expect(results[1].findings.map((f: { message: string }) => f.message).join('\n')).toMatch(/"members" is missing/);
  });
});

it('check - from the binary, piped', async () => {
  const dir = tempFiles({});
  const child = exec(process.execPath, [BIN, 'check', '-', '-f', 'json', '--today', TODAY], { cwd: dir });
  child.child.stdin!.end(EXAMPLE);
  const { stdout } = await child;
  expect(JSON.parse(stdout).results[0]).toMatchObject({ file: '<stdin>', errorCount: 0 });
});
