import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { randomTeams } from './generate-teams.js';

async function shardFiles(dir: string, shard?: string): Promise<string[]> {
  const run = await runCli(['check', '.', '-f', 'json', '--today', '2026-11-23', ...(shard ? ['--shard', shard] : [])], { cwd: dir });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout).results.map((r: { file: string }) => r.file);
}

describe('check --shard K/N', () => {
  const dir = randomTeams(11, 4);

  it.each([1, 2, 3, 7])('the union of K/%i for K = 1..N is every file exactly once', async (n) => {
    const all = await shardFiles(dir);
    expect(all).toHaveLength(11);
    const parts: string[][] = [];
    for (let k = 1; k <= n; k++) parts.push(await shardFiles(dir, `${k}/${n}`));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(parts.flat().length);
    // Deterministic: the same slice twice.
    expect(await shardFiles(dir, `1/${n}`)).toEqual(parts[0]);
  });

  it('gives more shards than files an empty report, not a failure', async () => {
    const small = randomTeams(2, 9);
    const parts = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((k) => shardFiles(small, `${k}/7`)));
    expect(parts.flat().sort()).toEqual((await shardFiles(small)).sort());
    expect(parts.some((p) => p.length === 0)).toBe(true);
  });

  it.each(['0/3', '4/3', '1/0', '3', 'a/b', '-1/2', '1/2/3', ''])('refuses --shard %j with exit 2 and one line', async (value) => {
    const run = await runCli(['check', 'examples/program', '--shard', value]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--shard/);
  });
});
