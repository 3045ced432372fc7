import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Texts near the YAML that team files are written in, for comparing the fast reader with yaml. */

const EXAMPLES = ['rivera-enrollment', 'rivera-after-questions', 'csa-wraparound-clean', 'csa-wraparound-gaps'].map((name) =>
  readFileSync(`examples/${name}.yaml`, 'utf8'),
);

const word = fc.constantFrom('ana', 'Sam R.', 'x', 'case-manager', 'a b', 'é', 'a#b', 'a:b', "O'Hara", 'v-1', 'http://x.org/a');
const scalar = fc.oneof(
  word,
  fc.constantFrom('1', '-4', '0o17', '0x1F', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', '007', '+3', '99999999999999999999'),
  fc.constantFrom('true', 'False', 'TRUE', 'null', '~', 'Null', 'yes', 'no', '2026-11-01', '555-0100'),
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w.replace(/'/g, "''")}'`),
  fc.constantFrom('"a\\"b"', "'it''s'", '""', "''", '"a # b"', '-x', '- x', '[a, b]', '{ a: b }', '[]', '{}', '[a, [b, c]]', '{ a: [b], c: d }', '[a, b,]', '{ a }', '[-1, 2]'),
);
const comment = fc.constantFrom('', '', '', '  # note', ' # x: y', '#tight');
const key = fc.constantFrom('id', 'name', 'title', 'role', 'notes', 'a-b', 'null', 'true', '"quoted"', "'q'", 'k_1', '__proto__', 'id');

interface Tree {
  kind: 'map' | 'seq' | 'scalar' | 'empty' | 'block';
  entries?: [string, Tree][];
  items?: Tree[];
  text?: string;
}

/** Trees of mappings, lists and scalars; `unique`: no key twice in one mapping. */
function treeOf(keys: fc.Arbitrary<string>, scalars: fc.Arbitrary<string>, blocks: readonly string[], unique: boolean): fc.Memo<Tree> {
  const self: fc.Memo<Tree> = fc.memo((depth) =>
    depth <= 1
      ? fc.oneof(
          scalars.map((text): Tree => ({ kind: 'scalar', text })),
          fc.constant<Tree>({ kind: 'empty' }),
          fc.constantFrom(...blocks).map((text): Tree => ({ kind: 'block', text })),
        )
      : fc.oneof(
          (unique
            ? fc.uniqueArray(fc.tuple(keys, self(depth - 1)), { minLength: 1, maxLength: 4, selector: ([k]) => k })
            : fc.array(fc.tuple(keys, self(depth - 1)), { minLength: 1, maxLength: 4 })
          ).map((entries): Tree => ({ kind: 'map', entries })),
          fc.array(self(depth - 1), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })),
          self(1),
        ),
  );
  return self;
}

const tree = treeOf(key, scalar, ['|', '|-', '>', '>-', '>+', '|2'], false);

const BLOCK_BODIES = [['line one', 'line two'], ['a', '', 'b', ''], ['  more', 'less'], ['x', '   ', 'y'], ['# not a comment']];

/** Renders a tree as YAML, choosing indentation, compact forms and comments from `choices`; `plain`: two spaces, no stray comments or blank lines. */
function render(t: Tree, indent: number, choices: number[], plain = false): string[] {
  const pick = (n: number) => (choices.push(choices.shift()!), choices[0]! % n);
  const pad = ' '.repeat(indent);
  const step = plain ? 2 : [2, 4, 1, 3][pick(4)]!;
  const lines: string[] = [];
  const extra = () => {
    if (plain) return;
    const r = pick(8);
    if (r === 0) lines.push(`${' '.repeat(pick(10))}# c${pick(100)}`);
    else if (r === 1) lines.push(' '.repeat(pick(6)));
  };
  const child = (head: string, v: Tree, zeroSeq: boolean) => {
    if (v.kind === 'scalar') lines.push(`${head} ${v.text}${plain ? '' : ['', '  # note', ' # x'][pick(3)]}`);
    else if (v.kind === 'empty') lines.push(`${head}${plain ? '' : ['', '  ', ' # empty'][pick(3)]}`);
    else if (v.kind === 'block') {
      lines.push(`${head} ${v.text}`);
      const body = BLOCK_BODIES[pick(plain ? 1 : BLOCK_BODIES.length)]!;
      for (const l of body) lines.push(l.trim() === '' ? l : ' '.repeat(indent + step) + l);
    } else {
      lines.push(head + (plain ? '' : ['', '  # head'][pick(2)]));
      extra();
      lines.push(...render(v, zeroSeq && v.kind === 'seq' && pick(2) === 0 ? indent : indent + step, choices, plain));
    }
  };
  if (t.kind === 'map') {
    for (const [k, v] of t.entries!) {
      child(`${pad}${k}:`, v, true);
      extra();
    }
  } else if (t.kind === 'seq') {
    for (const v of t.items!) {
      if (v.kind === 'map' && (plain || pick(2) === 0)) {
        const inner = render(v, indent + 2, choices, plain);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      } else if (plain && v.kind === 'block') lines.push(`${pad}- x`); // the fast reader leaves block scalars in lists to yaml
      else child(`${pad}-`, v, false);
      extra();
    }
  } else lines.push(`${pad}${t.text ?? ''}`);
  return lines;
}

function document(t: fc.Memo<Tree>, plain = false) {
  return fc.tuple(t(4), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), comment, fc.boolean()).map(([t, choices, c, trailingNewline]) => {
    const root: Tree = t.kind === 'map' || t.kind === 'seq' ? t : { kind: 'map', entries: [['carechart', t]] };
    const text = [plain ? '' : c.trim(), ...render(root, 0, choices, plain)].filter((l, i) => i > 0 || l !== '').join('\n');
    return trailingNewline ? `${text}\n` : text;
  });
}

/** Anything near team-file YAML, unusual forms included: the fast reader declines most of it. */
export const generatedYaml = document(tree);

/** Only the forms team files are written in (no key twice, plain and quoted words, short flows): the fast reader takes most of it. */
export const plainYaml = document(
  treeOf(
    fc.constantFrom('id', 'name', 'title', 'role', 'notes', 'a-b', 'k_1', 'every', 'via'),
    fc.oneof(word, word.map((w) => `"${w}"`), fc.constantFrom('1', '2026-11-01', 'true', '[a, b]', '{ a: b }', '[]', '"a # b"')),
    ['|', '|-', '>', '>-'],
    true,
  ),
  true,
);

const EDITS = ['# c', '  # c', '    # c', '      # c', '', '   ', '- x', '  - y', 'k: v', '  k: v', '    k: v', 'x', '  |', '  >-'];

/** An example with lines inserted, deleted, re-indented or cut: mostly still YAML, often not quite. */
export const editedExample = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.nat({ max: EDITS.length - 1 }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [at, kind, which, by] of edits) {
      const i = at % lines.length;
      if (kind === 0) lines.splice(i, 0, EDITS[which]!);
      else if (kind === 1) lines.splice(i, 1);
      else if (kind === 2) lines[i] = by >= 0 ? ' '.repeat(by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
      else lines[i] = lines[i]!.replace(/ *#.*$/, '');
    }
    return lines.join('\n');
  });
