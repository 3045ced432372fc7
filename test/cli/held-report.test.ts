import { describe, expect, it } from 'vitest';
import { HeldReport } from '../../src/cli/held-report.js';
import type { Io } from '../../src/core/io.js';

function capture(bytes: boolean): { io: Io; text: () => string } {
  const out: string[] = [];
  const io: Io = { stdout: (t: string) => void out.push(t), stderr: () => undefined, cwd: '/', env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  // Each write decoded alone: a character cut between two writes would show here.
  if (bytes) io.stdoutBytes = (b) => void out.push(new TextDecoder('utf-8', { fatal: true }).decode(b));
  return { io, text: () => out.join('') };
}

describe('a report held until the run is known not to have failed', () => {
  const parts = Array.from({ length: 50 }, (_, i) => `{"file": "team-${i}.yaml", "note": "${'é☎ '.repeat(i * 7)}"}`);

  it.each([
    ['kept as written', Infinity, 1024 * 1024, true],
    ['kept in small chunks', Infinity, 64, true],
    ['written as text where bytes cannot be', Infinity, 64, false],
    ['deflated from the first part', 0, 256, true],
    ['deflated past 1 KB', 1024, 256, false],
  ])('writes the same bytes, %s', async (_, deflateFrom, chunkSize, bytes) => {
    const held = new HeldReport(',', deflateFrom, chunkSize);
    for (const p of parts) held.add(p);
    expect(held.count).toBe(parts.length);
    const { io, text } = capture(bytes);
    await held.writeTo(io, '[', ']\n');
    expect(text()).toBe(`[${parts.join(',')}]\n`);
  });

  it('writes an empty report', async () => {
    const { io, text } = capture(true);
    await new HeldReport(',').writeTo(io, '[', ']');
    expect(text()).toBe('[]');
  });
});
