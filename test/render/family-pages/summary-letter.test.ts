import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { example, hostileTeam, tempFiles, TODAY, viewOf } from '../render-helpers.js';
import { bigTeam } from './helpers.js';

async function render(text: string, args: string[]): Promise<string> {
  const dir = tempFiles({ 'team.yaml': text });
  const run = await runCli(['render', 'team.yaml', '-o', '-', '--today', TODAY, ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the page to bring (render --summary)', () => {
  it('says who to call with numbers, who decides, how the family hears, five questions errors first, and the next review', async () => {
    const md = await render(example('rivera-enrollment'), ['--summary']);
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Who to call', 'Who decides', 'How we hear from each professional', 'Questions to ask', 'Next plan review']);
    expect(md).toContain('**A crisis:** Omar Haddad (Board Certified Behavior Analyst (BCBA)), 555-0104');
    expect(md).toContain('**After hours:**');
    expect(md).toMatch(/\*\*Starting the crisis plan:\*\* \*\*Nobody yet\.\*\*/);
    expect(md).toContain('**Dana Whitfield**, IEP Case Manager: every month by notebook home');
    const questions = md.split('## Questions to ask')[1]!.split('##')[0]!;
    expect(questions.match(/^1\. /gm)).toHaveLength(5);
    expect(questions.match(/Must fix/g)).toHaveLength(5);
    const chart = await viewOf(example('rivera-enrollment'));
    expect(questions).toContain(`The full chart lists ${chart.gaps!.items.length - 5} more questions.`);
    expect(md).toContain('No date is set. Ask: when is our next plan review?');
  });

  it('sends what does not fit to the full chart rather than to a second page', async () => {
    const md = await render(bigTeam(20), ['--summary']);
    expect(md).toContain('… and 7 more: continued in the full chart.');
    expect((await render(bigTeam(12), ['--summary'])).includes('continued in the full chart')).toBe(false);
  });

  it('leaves the questions out under --no-gaps, and escapes hostile text', async () => {
    expect(await render(example('rivera-enrollment'), ['--summary', '--no-gaps'])).not.toContain('Questions to ask');
    const html = await render(hostileTeam(), ['--summary', '-f', 'html']);
    expect(html).not.toMatch(/<(script|img|iframe|object|embed|video|meta http-equiv="refresh")/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('is written to NAME-summary.EXT, beside the chart rather than over it', async () => {
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    await runCli(['render', 'team.yaml', '--summary', '-f', 'html', '--today', TODAY], { cwd: dir });
    await runCli(['render', 'team.yaml', '-f', 'html', '--today', TODAY], { cwd: dir });
    await runCli(['render', 'team.yaml', '-f', 'letter', '--today', TODAY], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(['team-letter.md', 'team-summary.html', 'team.html', 'team.yaml']);
  });
});

describe("the family's letter (render -f letter)", () => {
  it('asks for a written chart and a plan review, each gap as a question, signed by the parents, answer in 14 days', async () => {
    const md = await render(example('rivera-enrollment'), ['-f', 'letter']);
    expect(md).toContain('To: The case manager at Riverbend Autism Services');
    expect(md).toContain('From: Ana Rivera and Luis Rivera');
    expect(md).toContain('Date: November 23, 2026');
    expect(md).toContain('written responsibility chart');
    expect(md).toContain('plan review');
    expect(md).toContain('Who will write our child\'s crisis plan before a crisis happens, and when will we see it?');
    expect(md).toContain('Please answer in writing by December 7, 2026.');
    expect(md.match(/\(Signature\)/g)).toHaveLength(2);
    expect(md).toContain('About the Speech-Language Pathologist: how do we reach this person, by phone or email?');
  });

  it('blames nobody: no finding message, no professional named', async () => {
    const md = await render(example('rivera-enrollment'), ['-f', 'letter']);
    for (const name of ['Jordan Lee', 'Omar Haddad', 'Hannah Brooks', 'Kim Alvarez', 'Grace Okafor', 'Dana Whitfield']) expect(md).not.toContain(name);
    expect(md).not.toContain('is titled');
    expect(md).not.toContain('Nobody is accountable');
  });

  it('takes --answer-by, ignores --redact (the family signs it), and is HTML or PDF by --out', async () => {
    const md = await render(example('rivera-enrollment'), ['-f', 'letter', '--answer-by', '2027-01-15', '--redact']);
    expect(md).toContain('by January 15, 2027');
    expect(md).toContain('Ana Rivera');
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const html = await runCli(['render', 'team.yaml', '-f', 'letter', '-o', 'letter.html', '--today', TODAY], { cwd: dir });
    expect(html.status).toBe(0);
    expect(readdirSync(dir)).toContain('letter.html');
    const svg = await runCli(['render', 'team.yaml', '-f', 'letter', '-o', 'letter.svg'], { cwd: dir });
    expect(svg.status).toBe(2);
  });

  it('escapes hostile text in HTML', async () => {
    const html = await render(hostileTeam(), ['-f', 'letter', '-o', '-']);
    expect(html).toContain('&lt;script&gt;');
  });
});
