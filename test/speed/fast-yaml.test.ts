import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { tooDeep } from '../../src/load/too-deep.js';
import { editedExample, generatedYaml, plainYaml } from './yaml-arbitraries.js';
import { expectSameAsYaml } from './yaml-compare.js';

const RUNS = Number(process.env.FAST_YAML_RUNS ?? 400);

const FIXTURES = join('test', 'fixtures', 'rules');
const files = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f)),
  ...readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f))),
  ...readdirSync(join('test', 'hostile', 'corpus')).map((f) => join('test', 'hostile', 'corpus', f)),
  'models/case-management.yaml',
  'models/wraparound.yaml',
];

describe('the fast YAML reader', () => {
  it.each(files)('%s: the data and positions yaml gives, or no answer', (file) => {
    const text = readFileSync(file).toString('utf8').replace(/^\uFEFF/, '');
    expectSameAsYaml(text, file);
  });

  it('takes the examples', () => {
    for (const f of files.filter((f) => f.startsWith('examples'))) expect(expectSameAsYaml(readFileSync(f, 'utf8')), f).toBe(true);
  });
});

/** The property on `runs` texts; returns the share of them the fast reader took (the rest prove nothing). */
function takenShare(texts: fc.Arbitrary<string>, label: string): number {
  let taken = 0;
  let all = 0;
  fc.assert(fc.property(texts, (text) => {
    all++;
    if (expectSameAsYaml(text, `${label}: ${JSON.stringify(text)}`)) taken++;
  }), { numRuns: RUNS });
  return taken / all;
}

describe('the fast YAML reader on generated and edited texts', () => {
  it('gives what yaml gives on documents in the forms team files use, and takes nearly all of them', () => {
    expect(takenShare(plainYaml, 'plain')).toBeGreaterThan(0.95);
  });

  it('gives what yaml gives whenever it answers on unusual documents, and declines a good part of them', () => {
    const share = takenShare(generatedYaml, 'generated');
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.6);
  });

  it('gives what yaml gives whenever it answers on edited examples, taking some and declining some', () => {
    const share = takenShare(editedExample, 'edited example');
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
  });
});

/** The depth check as it was before it was made faster: the reference for the new one. */
function tooDeepReference(text: string): number | undefined {
  let flow = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStart = i + 1;
    else if (c === 91 || c === 123) {
      if (++flow > LIMITS.maxDepth) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if (i === lineStart && c === 32) {
      let j = i;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45) j++;
      if (j - i > LIMITS.maxDepth * 2 * 2) return j;
    }
  }
  return undefined;
}

describe('the depth check', () => {
  it('finds the same offset as a character by character scan', () => {
    for (const file of files) {
      const text = readFileSync(file).toString('utf8');
      expect(tooDeep(text), file).toBe(tooDeepReference(text));
    }
    const piece = fc.constantFrom('[', ']', '{', '}', ' ', '-', '\n', 'a', ' '.repeat(130), '- '.repeat(70), '['.repeat(40), ']'.repeat(30));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((p) => p.join('')), (text) => {
      expect(tooDeep(text)).toBe(tooDeepReference(text));
    }), { numRuns: RUNS });
  });
});
