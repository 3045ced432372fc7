import { describe, expect, it } from 'vitest';
import { HeldReport } from '../../src/cli/held-report.js';
import type { Io } from '../../src/core/io.js';

function capture(): { io: Io; text: () => string } {
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, cwd: '/', env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  return { io, text: () => out };
}

describe('a report held until the run is known not to have failed', () => {
  const parts = Array.from({ length: 50 }, (_, i) => `{"file": "team-${i}.yaml", "note": "${'é☎ '.repeat(i * 7)}"}`);

  it.each([
    ['kept as written', Infinity],
    ['deflated from the first part', 0],
    ['deflated past 1 KB', 1024],
  ])('writes the same bytes, %s', async (_, deflateFrom) => {
    const held = new HeldReport(deflateFrom);
    for (const p of parts) held.add(p);
    expect(held.count).toBe(parts.length);
    const { io, text } = capture();
    await held.writeTo(io, '[', ',', ']\n');
    expect(text()).toBe(`[${parts.join(',')}]\n`);
  });

  it('writes an empty report', async () => {
    const { io, text } = capture();
    await new HeldReport().writeTo(io, '[', ',', ']');
    expect(text()).toBe('[]');
  });
});
