import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('carechart check on the examples', () => {
  it('finds the gaps of the enrollment example and exits 1', async () => {
    const run = await runCli(['check', 'examples/rivera-enrollment.yaml', '--today', '2026-11-23', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const rules = report.results[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('responsibility-unassigned');
    expect(rules).toContain('title-role-mismatch');
  });
});
