import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYaml } from '../../src/load/fast-yaml.js';
import { readYaml } from '../../src/load/read-yaml.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { TAB_AS_INDENT } from '../../src/load/syntax-finding.js';

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(`examples/${f}`, 'utf8'));

/** Ways a tab gets into a line's indentation: after it, in place of its last space, before it, with spaces. */
const SLIPS: Record<string, (indent: string, rest: string) => string | undefined> = {
  after: (indent, rest) => `${indent}\t${rest}`,
  instead: (indent, rest) => (indent ? `${indent.slice(1)}\t${rest}` : undefined),
  before: (indent, rest) => `\t${indent}${rest}`,
  'tab and space': (indent, rest) => `${indent}\t ${rest}`,
  'space and tab': (indent, rest) => `${indent} \t${rest}`,
  'two tabs': (indent, rest) => `${indent}\t\t${rest}`,
};

/** Each example with one slip on one line: every line, every slip. */
function* slipped(): Generator<{ slip: string; text: string }> {
  for (const example of EXAMPLES) {
    const lines = example.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const [, indent = '', rest = ''] = /^( *)(.*)$/.exec(lines[i]!)!;
      for (const [slip, make] of Object.entries(SLIPS)) {
        const line = make(indent, rest);
        if (line !== undefined) yield { slip, text: [...lines.slice(0, i), line, ...lines.slice(i + 1)].join('\n') };
      }
    }
  }
}

describe('a tab used as indentation', () => {
  it('is, where the fast reader finds it, the one finding yaml gives: same place, same words', async () => {
    const taken = new Map<string, [number, number]>();
    for (const { slip, text } of slipped()) {
      const fast = fastYaml(text);
      const count = taken.get(slip) ?? [0, 0];
      count[1]++;
      taken.set(slip, count);
      if (!fast || !('tab' in fast)) continue;
      count[0]++;
      const read = await readYaml(text);
      expect(read.findings, text).toEqual(parseYaml(text).findings);
      expect(read.findings).toHaveLength(1);
    }
    // Most tabs after a line's indentation are found without yaml (none of the examples' lines is
    // left out but those in or just after a block scalar, comments and blank lines).
    const [after, lines] = taken.get('after')!;
    expect(after / lines).toBeGreaterThan(0.6);
    expect([...taken.values()].reduce((n, [t]) => n + t, 0)).toBeGreaterThan(after);
  });

  it('is told in yaml\'s own words', () => {
    const doc = parseDocument('a:\n  b: 1\n  \tc: 2\n', { prettyErrors: false });
    expect(doc.errors.find((e) => e.code === 'TAB_AS_INDENT')?.message).toBe(TAB_AS_INDENT.values!.detail);
  });

  it('inside a block scalar is text, and a tab elsewhere is left to yaml', () => {
    for (const text of ['a: |\n  x\n  \ty\nb: 1\n', 'a: "x\ty"\n', 'a: 1 # \t\n', 'a:\n  b: 1\n  # \tc\n', '\ta: 1\n']) {
      const fast = fastYaml(text);
      expect(fast === undefined || !('tab' in fast), JSON.stringify(text)).toBe(true);
    }
  });
});
