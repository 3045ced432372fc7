import { describe, expect, it } from 'vitest';
import { checkYaml } from '../helpers/check-yaml.js';

describe('members located in the file as written', () => {
  it('finds each member whose id had to be read again ("Kayla" as "kayla"), in a file of hundreds of them', async () => {
    const count = 300;
    const lines = ['carechart: 1', 'child: { name: Sam }', 'members:'];
    for (let i = 0; i < count; i++) lines.push(`  - { id: Kayla${i}X, name: Person ${i} }`);
    const { team, result } = await checkYaml(`${lines.join('\n')}\n`);
    expect(team!.members.map((m) => [m.id, m.index])).toEqual(Array.from({ length: count }, (_, i) => [`kayla${i}x`, i]));
    expect(team!.writtenIds.has('Kayla7X') && team!.writtenIds.has('kayla7x')).toBe(true);
    const schema = result.findings.filter((f) => f.rule === 'schema');
    expect(schema).toHaveLength(count);
    expect(schema[5]!.line).toBe(9);
  });
});
