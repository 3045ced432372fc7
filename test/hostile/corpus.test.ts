import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/analyze/rule-registry.js';
import { runAsNobody } from '../helpers/as-nobody.js';
import { runCli } from '../helpers/run-cli.js';

const CORPUS = join('test', 'hostile', 'corpus');

interface JsonFinding {
  rule: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Every finding is a known rule with a message, located inside the file. */
function expectLocatedFindings(findings: JsonFinding[], text: string) {
  const lines = text.split('\n');
  for (const f of findings) {
    expect(RULES_BY_ID.has(f.rule), f.rule).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines.length);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
  }
}

describe('the hostile corpus', () => {
  const files = readdirSync(CORPUS).sort();

  it('is all there', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s: located findings or a clean pass, never a crash', async (name) => {
    const path = join(CORPUS, name);
    const run = await runCli(['check', path, '--format', 'json', '--today', '2026-11-23']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout);
    expect(report.results).toHaveLength(1);
    const text = readFileSync(path).toString('utf8').replace(/^\uFEFF/, '');
    expectLocatedFindings(report.results[0].findings, text);
  });

  it('finds something wrong in every broken file, and the right rule for the worst ones', async () => {
    const expectations: Record<string, string> = {
      'alias-bomb.yaml': 'yaml-syntax',
      'deep-flow-nesting.yaml': 'yaml-syntax',
      'deep-block-nesting.yaml': 'yaml-syntax',
      'nul-byte.yaml': 'yaml-syntax',
      'invalid-utf8.yaml': 'yaml-syntax',
      'utf16.yaml': 'yaml-syntax',
      'tabs-as-indentation.yaml': 'yaml-syntax',
      'duplicate-keys.yaml': 'yaml-syntax',
      'yaml-tags.yaml': 'yaml-syntax',
      'multi-document.yaml': 'yaml-syntax',
      'unterminated.yaml': 'yaml-syntax',
      'proto-keys.yaml': 'schema',
      'wrong-types-everywhere.yaml': 'schema',
      'wrong-types-inside.yaml': 'schema',
      'huge-numbers.yaml': 'schema',
      'impossible-dates.yaml': 'schema',
      'empty.yaml': 'schema',
      'merge-keys.yaml': 'yaml-syntax', // `<<: *b` repeats the top-level `base` inside `child`
      'references-everywhere.yaml': 'unknown-member',
    };
    for (const [name, rule] of Object.entries(expectations)) {
      const run = await runCli(['check', join(CORPUS, name), '--format', 'json']);
      const rules = JSON.parse(run.stdout).results[0].findings.map((f: JsonFinding) => f.rule);
      expect(rules, name).toContain(rule);
      expect(run.status, name).toBe(1);
    }
  });

  it('does not let __proto__ or constructor keys reach any prototype', async () => {
    await runCli(['check', join(CORPUS, 'proto-keys.yaml'), '--format', 'json']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const run = await runCli(['check', join(CORPUS, 'proto-keys.yaml'), '--format', 'json']);
    const messages = JSON.parse(run.stdout).results[0].findings.map((f: JsonFinding) => f.message).join('\n');
    expect(messages).toMatch(/Unknown key "__proto__"/);
    expect(messages).toMatch(/"constructor" is not a responsibility/);
  });
});

describe('hostile files on disk', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'carechart-hostile-'));

  it('a 5 MB file gets one located finding, fast', async () => {
    const d = dir();
    writeFileSync(join(d, 'big.yaml'), `carechart: 1\nchild:\n  name: Sam\nnotes: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const started = Date.now();
    const run = await runCli(['check', 'big.yaml', '--format', 'json'], { cwd: d });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.status).toBe(1);
    const [finding] = JSON.parse(run.stdout).results[0].findings;
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1 });
    expect(finding.message).toMatch(/at most 1 MiB/);
  });

  it('a folder named x.yaml is walked into, not read as a file', async () => {
    const d = dir();
    mkdirSync(join(d, 'x.yaml'));
    writeFileSync(join(d, 'x.yaml', 'team.yaml'), readFileSync('examples/rivera-after-questions.yaml'));
    const run = await runCli(['check', '.', '--format', 'json', '--today', '2026-11-23'], { cwd: d });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['x.yaml/team.yaml']);
  });

  it('a symlink loop in a checked folder is walked once', async () => {
    const d = dir();
    writeFileSync(join(d, 'team.yaml'), readFileSync('examples/rivera-after-questions.yaml'));
    symlinkSync(d, join(d, 'loop'));
    symlinkSync(join(d, 'nowhere'), join(d, 'dangling.yaml'));
    const run = await runCli(['check', '.', '--format', 'json', '--today', '2026-11-23'], { cwd: d });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['team.yaml']);
  });

  it('an unreadable file gets its own finding and the batch goes on', async () => {
    // Root reads anything, so the check runs as nobody when the tests run as root (test/helpers/as-nobody.ts).
    const d = dir();
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'locked.yaml'), 'carechart: 1\n');
    writeFileSync(join(d, 'team.yaml'), readFileSync('examples/rivera-after-questions.yaml'));
    chmodSync(join(d, 'locked.yaml'), 0o000);
    chmodSync(join(d, 'team.yaml'), 0o644);
    const result = await runAsNobody(['check', 'locked.yaml', 'team.yaml', '--format', 'json', '--today', '2026-11-23'], d);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.results[0].findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1 });
    expect(report.results[0].findings[0].message).toMatch(/cannot be read/);
    expect(report.results[1].errorCount).toBe(0);
  });
});
