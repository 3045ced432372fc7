import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INLINING_BUDGET } from '../../src/boot/compiler-budget.js';

// For a flag it does not know, V8 does nothing but print "Error: unrecognized flag" on stderr, in
// every run: a renamed flag would lose the budget and print that to every user. Checked against
// the V8 of the Node running the tests (.ci/node-versions checks 22 and 24's stderr).
describe('the compiler budget the binary sets', () => {
  const [, name, value] = /^(--[a-z-]+)=(\d+)$/.exec(INLINING_BUDGET) ?? [];
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });

  it("is a flag this Node's V8 knows", () => {
    expect(name).toBeDefined();
    expect(options).toContain(`  ${name} (`);
  });

  it("is less than V8's own default: it only ever lowers how much is inlined", () => {
    const byDefault = new RegExp(`default: ${name}=(\\d+)`).exec(options)?.[1];
    expect(Number(byDefault)).toBeGreaterThan(Number(value));
  });
});
