import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';
import { compareText } from '../../src/core/compare-text.js';
import { readCompiledModel } from '../../src/resolve/compiled-model.js';
import { BUILTIN_MODELS, builtinModelPath, loadModel } from '../../src/resolve/load-model.js';
import { runCli } from '../helpers/run-cli.js';
import { editedExample } from './yaml-arbitraries.js';

/**
 * The fast path (the fast YAML reader and validator, compiled models, the report made a file at a time, the
 * bundle) against the straightforward one (yaml and zod for every file and model, as the code
 * was before it was made fast, kept callable with CARECHART_ENGINE=reference): the same reports.
 */
const FIXTURES = join('test', 'fixtures', 'rules');
const CORPUS = join('test', 'hostile', 'corpus');
const files = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f)),
  ...readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f))),
  ...readdirSync(CORPUS).map((f) => join(CORPUS, f)),
];
const REFERENCE = { CARECHART_ENGINE: 'reference' };
const exec = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'carechart.js');

/** The binary's environment: each side names its engine, whatever the shell running the tests exported. */
function binEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', CARECHART_ENGINE: 'fast', ...env };
}

async function bin(args: string[], env: Record<string, string> = {}) {
  const run = await exec(process.execPath, [BIN, ...args], { env: binEnv(env), maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { stdout: run.stdout, stderr: run.stderr };
}

describe('the fast path and the straightforward path', () => {
  it('compares two engines even when CARECHART_ENGINE is exported', () => {
    const exported = process.env.CARECHART_ENGINE;
    process.env.CARECHART_ENGINE = 'reference';
    try {
      expect(binEnv({}).CARECHART_ENGINE).toBe('fast');
      expect(binEnv(REFERENCE).CARECHART_ENGINE).toBe('reference');
    } finally {
      if (exported === undefined) delete process.env.CARECHART_ENGINE;
      else process.env.CARECHART_ENGINE = exported;
    }
  });

  it.each(files)('%s: the same JSON report', async (file) => {
    const args = ['check', file, '--format', 'json', '--today', '2026-11-23'];
    const [fast, reference] = await Promise.all([runCli(args), runCli(args, { env: REFERENCE })]);
    expect(fast).toEqual(reference);
  });

  it('the same reports for whole folders, in every format and with --quiet', async () => {
    for (const format of ['json', 'stylish', 'sarif', 'github', 'junit', 'markdown']) {
      for (const extra of [[], ['--quiet']]) {
        const args = ['check', 'examples', FIXTURES, '--format', format, '--today', '2026-11-23', ...extra];
        // JUnit's `time` is how long each file took: the one thing two runs may not share.
        const untimed = (run: Awaited<ReturnType<typeof runCli>>) => ({ ...run, stdout: run.stdout.replace(/ time="[\d.]+"/g, '') });
        expect(untimed(await runCli(args)), `${format} ${extra.join(' ')}`).toEqual(untimed(await runCli(args, { env: REFERENCE })));
      }
    }
  });

  it('the same reports from the binary, over edited team files and a report over 1 MiB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-equivalence-'));
    // The examples with gaps to report (a clean one says so at the top), so that the report passes 1 MiB.
    const examples = files
      .filter((f) => f.startsWith('examples'))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((text) => !/^# Expected with model [a-z-]+: no errors, no warnings/m.test(text));
    const copies = Array.from({ length: 400 }, (_, i) => examples[i % examples.length]!.replace(/\bana\b/g, `ana-${i}`));
    [...copies, ...fc.sample(editedExample, { numRuns: 200, seed: 6 })].forEach((text, i) => writeFileSync(join(dir, `team-${i}.yaml`), text));
    for (const format of ['json', 'stylish']) {
      const args = ['check', dir, '--format', format, '--today', '2026-11-23'];
      const [fast, reference] = await Promise.all([bin(args), bin(args, REFERENCE)]);
      expect(fast.stdout.length).toBeGreaterThan(1024 * 1024);
      expect(fast.stdout === reference.stdout, format).toBe(true);
      expect(fast.stderr).toBe(reference.stderr);
      // The streamed report and the formatter's own, written with --output.
      await bin([...args, '-o', join(dir, `report.${format}`)]);
      expect(readFileSync(join(dir, `report.${format}`), 'utf8') === fast.stdout, format).toBe(true);
    }
  }, 300_000); // eight binary runs over 600 files: minutes on a busy shared machine, not the default minute

  it('the same models from their compiled JSON as from their YAML', async () => {
    for (const name of BUILTIN_MODELS) {
      expect(readCompiledModel(name, builtinModelPath(name)), name).toBeDefined();
      const [fast, reference] = await Promise.all([loadModel(name, '.', new Map(), 'fast'), loadModel(name, '.', new Map(), 'reference')]);
      expect(fast).toStrictEqual(reference);
    }
  });

  it('the same order of rule ids and file names as localeCompare', () => {
    const names = [...RULES.map((r) => r.id), 'team-9.yaml', 'team-10.yaml', 'a.b', 'a-b', 'ab', 'a', '', '0', 'z9', 'Team.yaml', 'é.yaml'];
    for (const a of names) for (const b of names) expect(Math.sign(compareText(a, b)), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });
});
