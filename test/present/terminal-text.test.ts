import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../render/render-helpers.js';

/** A team file whose text would drive a reviewer's terminal: escape sequences, a bell, a bidi override. */
const HOSTILE = 'carechart: 1\nchild:\n  name: "Sam\\u001b[2J\\u0007\\u202eevil\\u2066"\nmembers:\n  - { id: "x\\u001b]0;pwned\\u0007", name: "Ana\\r\\u009b31m" }\n';

describe('terminal formats show control and bidi characters escaped', () => {
  it.each(['stylish', 'github'])('%s', async (format) => {
    const dir = tempFiles({ 'team.yaml': HOSTILE });
    const run = await runCli(['check', 'team.yaml', '-f', format, '--today', '2026-11-23'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(run.stdout).toContain('\\u001b');
  });

  it('diff', async () => {
    const old = 'carechart: 1\nchild: { name: Sam }\nmembers:\n  - { id: ana, name: Ana }\n';
    const dir = tempFiles({ 'old.yaml': old, 'new.yaml': `${old}  - { id: bob, name: "Bob\\u202e\\u001b[31m" }\n` });
    const run = await runCli(['diff', 'old.yaml', 'new.yaml', '--today', '2026-11-23'], { cwd: dir });
    expect(run.stdout).toContain('Bob\\u202e\\u001b[31m');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });
});
