import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTeamKey } from '../../src/load/find-team-files.js';

/** What hasTeamKey tests on the bytes, as a regex on their text. */
const TEAM_KEY = /^(?:\uFEFF)?(?:carechart|"carechart"|'carechart')[ \t]*:/m;
function sameAsRegex(bytes: Buffer): void {
  expect(hasTeamKey(bytes)).toBe(TEAM_KEY.test(bytes.toString('utf8')));
}

describe('hasTeamKey', () => {
  it.each([
    'carechart: 1\n',
    'carechart:',
    'carechart',
    '# x\n  carechart: 1\n',
    'x: 1\ncarechart \t : 1',
    '\uFEFFcarechart: 1',
    '\uFEFF\uFEFFcarechart: 1',
    'a\r"carechart": 1',
    "a\u2028'carechart':",
    'a\u2029carechart:',
    '"carechart\': 1',
    'xcarechart: 1',
    '"carechart"',
    '-carechart: 1\ncarechart : 2',
  ])('reads %j as the regex does', (text) => sameAsRegex(Buffer.from(text)));

  it('reads invalid UTF-8 around the key as the regex reads its replacement characters', () => {
    for (const prefix of [[0xe2, 0x80], [0xef, 0xbb], [0xc3], [0xe2, 0x80, 0xa8], [0xf0, 0xef, 0xbb, 0xbf]]) {
      sameAsRegex(Buffer.concat([Buffer.from(prefix), Buffer.from('carechart: 1')]));
    }
  });

  it('agrees with the regex on text made of the pieces that matter', () => {
    const piece = fc.constantFrom('carechart', '"', "'", ':', ' ', '\t', '\n', '\r', '\uFEFF', '\u2028', 'x', 'é', '\u00e2');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => sameAsRegex(Buffer.from(pieces.join('')))), { numRuns: 5000 });
  });
});
