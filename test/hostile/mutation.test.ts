import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/analyze/rule-registry.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLES = ['rivera-enrollment', 'rivera-after-questions', 'csa-wraparound-clean', 'csa-wraparound-gaps'].map((name) =>
  readFileSync(`examples/${name}.yaml`, 'utf8'),
);
const PUNCTUATION = [':', ': ', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '|', '>', "'", '"', '# ', '---\n', '%YAML 1.2\n', '? ', '\t', '\n'];

/** One edit a person (or a bad merge) makes to a team file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('reindent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PUNCTUATION) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'swap': {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    }
    case 'reindent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
  return lines.join('\n');
}

const mutant = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

describe('mutated examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carechart-mutants-'));
  const file = join(dir, 'team.yaml');

  it('always get a clean pass or located findings from check', async () => {
    await fc.assert(
      fc.asyncProperty(mutant, async (text) => {
        writeFileSync(file, text);
        const run = await runCli(['check', 'team.yaml', '--format', 'json', '--today', '2026-11-23'], { cwd: dir });
        expect([0, 1]).toContain(run.status);
        expect(run.stderr).toBe('');
        const findings = JSON.parse(run.stdout).results[0].findings;
        const lines = text.replace(/^\uFEFF/, '').split('\n');
        for (const f of findings) {
          expect(RULES_BY_ID.has(f.rule)).toBe(true);
          expect(f.message).not.toBe('');
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines.length);
          expect(f.column).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
        }
      }),
      { numRuns: Number(process.env.MUTANTS ?? 400) },
    );
  });

  it('always get a chart or their errors from render --format md, never half a chart', async () => {
    const out = join(dir, 'chart.md');
    await fc.assert(
      fc.asyncProperty(mutant, async (text) => {
        writeFileSync(file, text);
        rmSync(out, { force: true });
        const run = await runCli(['render', 'team.yaml', '--format', 'md', '-o', 'chart.md', '--today', '2026-11-23'], { cwd: dir });
        expect([0, 1]).toContain(run.status);
        if (run.status === 1) {
          expect(existsSync(out)).toBe(false);
          expect(run.stderr).toMatch(/\d+:\d+ +error/);
        } else {
          expect(readFileSync(out, 'utf8')).toMatch(/^# Responsibility chart for /);
        }
      }),
      { numRuns: Number(process.env.MUTANTS ?? 400) / 2 },
    );
  });
});
