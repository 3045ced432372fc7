import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/read-source.js';

/** What decodeSource did with a fatal TextDecoder (which drops one BOM itself): the text, or undefined. */
function decodedBefore(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

describe('decodeSource', () => {
  const bom = [0xef, 0xbb, 0xbf];
  const bytes = fc.tuple(fc.constantFrom([], bom, [...bom, ...bom], [...bom, ...bom, ...bom]), fc.uint8Array({ maxLength: 16 }), fc.string({ unit: 'grapheme', maxLength: 8 }));

  it('reads what a strict UTF-8 decoder reads, a BOM or two dropped, and refuses what it refuses', () => {
    fc.assert(
      fc.property(bytes, ([prefix, raw, text]) => {
        for (const b of [Uint8Array.from([...prefix, ...raw]), Uint8Array.from([...prefix, ...new TextEncoder().encode(text)])]) {
          const before = decodedBefore(b);
          const source = decodeSource(b);
          if (before !== undefined && !before.includes('\0') && !before.includes('\r')) expect(source).toEqual({ ok: true, text: before });
          if (before === undefined) expect(source.ok || source.finding.message).toMatch(/UTF-8/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
