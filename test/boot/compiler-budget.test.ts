import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INLINING_BUDGET } from '../../src/boot/compiler-budget.js';

// V8 prints "Error: unrecognized flag" on stdout for a flag it does not know: a renamed flag would
// spoil every JSON report. Checked against the V8 of the Node running the tests (CI also runs 22 and 24).
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
