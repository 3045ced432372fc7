import { loadMessages } from '../../src/i18n/load-locale.js';
const EN = loadMessages('en');
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/present/markdown-escape.js';
import { initials, interpreterNote, updatesText } from '../../src/render/words.js';
import { parseDuration } from '../../src/validate/values.js';
import { example, viewOf } from './render-helpers.js';

describe('the view model of a team with gaps (rivera-enrollment)', async () => {
  const view = await viewOf(example('rivera-enrollment'));
  const member = (name: string) => view.members.find((m) => m.name === name)!;

  it('prints the title, the as-of date and the printed date', () => {
    expect(view.title).toBe('Responsibility chart for Sam R.');
    expect(view.asOf).toBe('November 1, 2026');
    expect(view.printed).toBe('November 23, 2026');
    expect(view.modelLabel).toBe('Case management');
  });

  it('says what a member acts as when the duties disagree with the title', () => {
    const jordan = member('Jordan Lee');
    expect(jordan.title).toBe('Case Manager');
    expect(jordan.actsAs).toBe('care coordinator');
    expect(member('Omar Haddad').actsAs).toBeNull();
  });

  it('names the language and the need for an interpreter', () => {
    expect(member('Ana Rivera').interpreter).toBe('Spanish (es) — interpreter needed');
    expect(member('Luis Rivera').interpreter).toBeNull();
  });

  it('prints how often members update the family, their supervisor and contact', () => {
    expect(member('Jordan Lee').updates).toBe('every 2 weeks by email');
    expect(member('Omar Haddad').updates).toBe('every month by progress report');
    expect(member('Omar Haddad').supervisor).toBe('Dr. Kim Alvarez');
    expect(member('Jordan Lee').contact).toEqual({ phone: '555-0102', email: 'jordan.lee@riverbend.example', hours: 'Mon-Fri 9-5' });
    expect(member('Hannah Brooks').contact).toBeNull();
  });

  it('leaves who to call first open where nobody is named, with the question to ask', () => {
    const [first, crisis, backup] = view.firstCall.calls;
    expect(first!.name).toBeNull();
    expect(first!.missing).toMatch(/call first/);
    expect(crisis!.name).toBe('Omar Haddad');
    expect(backup!.name).toBeNull();
  });

  it('groups responsibilities by area and shows the required ones nobody holds', () => {
    expect(view.areas.map((a) => a.name)).toEqual(['Getting started', 'Planning', 'Crisis', 'Coordination', 'Monitoring', 'Advocacy']);
    const crisisPlan = view.areas.find((a) => a.name === 'Crisis')!.responsibilities.find((r) => r.id === 'crisis-plan')!;
    expect(crisisPlan).toMatchObject({ answers: 'Nobody yet', unassigned: true, does: null });
    const assessment = view.areas[0]!.responsibilities.find((r) => r.id === 'assessment')!;
    expect(assessment).toMatchObject({ answers: 'Omar Haddad', does: 'Omar Haddad', asked: 'Ana Rivera and Luis Rivera', informed: null });
  });

  it('builds a members × responsibilities grid of letters', () => {
    const columns = view.grid.columns.map((c) => c.id);
    expect(view.grid.rows).toHaveLength(view.members.length);
    const row = (name: string) => view.grid.rows.find((r) => r.name === name)!;
    expect(row('Omar Haddad').cells[columns.indexOf('assessment')]).toBe('A');
    expect(row('Ana Rivera').cells[columns.indexOf('assessment')]).toBe('C');
    expect(row('Ana Rivera').cells[columns.indexOf('orientation')]).toBe('I');
    expect(row('Ana Rivera').cells[columns.indexOf('crisis-plan')]).toBe('');
  });

  it('lists decisions in plain roles, with the unassigned ones', () => {
    const approval = view.decisions.find((d) => d.id === 'service-plan-approval')!;
    expect(approval).toMatchObject({ decides: 'Ana Rivera', agree: 'Luis Rivera', recommends: 'Omar Haddad', input: 'Dr. Grace Okafor, Hannah Brooks and Dana Whitfield' });
    expect(view.decisions.find((d) => d.id === 'crisis-activation')).toMatchObject({ decides: 'Nobody yet', unassigned: true });
  });

  it('puts errors first in the gaps, each with its question', () => {
    const levels = view.gaps!.items.map((g) => g.severity);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(levels[0]).toBe('error');
    expect(view.gaps!.items.every((g) => g.question.length > 0)).toBe(true);
    expect(view.review).toMatchObject({ every: null, next: null, status: 'No review schedule is written down.' });
  });

  it('has a sign-off line for everyone who holds a duty or decides', () => {
    const names = view.signOff.map((s) => s.name);
    expect(names).toContain('Omar Haddad');
    expect(names).toContain('Ana Rivera');
    expect(view.signOff.find((s) => s.name === 'Omar Haddad')!.holds).toMatch(/^Answers for: assessment, service plan/);
  });
});

describe('the view model of a complete wraparound team', async () => {
  const view = await viewOf(example('csa-wraparound-clean'));

  it('names the first call, the crisis contact, the backup and their hours', () => {
    expect(view.firstCall.calls.map((c) => c.name)).toEqual(['Rachel Okonkwo', 'Tom Hadley', 'Linda Park']);
    expect(view.firstCall.calls[0]!.contact!.hours).toBe('Mon-Fri 9-6, text ok');
    expect(view.firstCall.calls[2]!.contact!.hours).toBe('DSS after-hours on-call');
    expect(view.firstCall.afterHours).toMatch(/^Nights and weekends/);
  });

  it('prints the whole team as a decider and the review schedule', () => {
    expect(view.decisions.find((d) => d.id === 'service-plan-approval')!.decides).toBe('The whole team');
    expect(view.review).toEqual({ every: 'every 30 days', last: 'November 1, 2026', next: 'December 1, 2026', status: 'The next review is in 8 days.' });
  });

  it('has no gaps to list, and no section at all with --no-gaps', async () => {
    expect(view.gaps!.items).toEqual([]);
    expect((await viewOf(example('csa-wraparound-clean'), { gaps: false })).gaps).toBeNull();
  });

  it('marks a review overdue, and counts the next one from the last when no date is set', async () => {
    const text = example('csa-wraparound-clean').replace('    next: "2026-12-01"\n', '').replace('last: "2026-11-01"', 'last: "2026-10-01"');
    const review = (await viewOf(text)).review;
    expect(review.next).toBe('October 31, 2026');
    expect(review.status).toMatch(/^Overdue: the review was due 23 days ago\. \(Counted from the last review/);
  });

  it('prints the page size for --paper and --landscape', async () => {
    expect(view.print.pageSize).toBe('letter');
    expect((await viewOf(example('csa-wraparound-clean'), { paper: 'a4', landscape: true })).print.pageSize).toBe('A4 landscape');
  });
});

describe('--redact', async () => {
  const plain = await viewOf(example('rivera-enrollment'));
  const view = await viewOf(example('rivera-enrollment'), { redact: true });
  const text = JSON.stringify(view);

  it('prints names as initials, the child too', () => {
    expect(view.title).toBe('Responsibility chart for S. R.');
    expect(view.members.map((m) => m.name)).toContain('A. R.');
    expect(view.members.map((m) => m.name)).toContain('K. A.');
    expect(view.print.footer).toBe('Responsibility chart for S. R.');
  });

  it('leaves out every name, contact detail, note and supervisor', () => {
    for (const m of plain.members) expect(text).not.toContain(m.name);
    expect(text).not.toContain('Sam R.');
    expect(text).not.toMatch(/555-01|@|Mon-Fri/);
    expect(view.members.every((m) => m.contact === null && m.notes === null && m.supervisor === null)).toBe(true);
    expect(view.firstCall.afterHours).toBeNull();
    expect(view.teamNotes).toEqual([]);
  });

  it('still prints the organization, the title and what each member acts as', () => {
    const jordan = view.members.find((m) => m.id === 'jordan')!;
    expect(jordan).toMatchObject({ name: 'J. L.', title: 'Case Manager', actsAs: 'care coordinator', organization: 'Riverbend Autism Services' });
    expect(view.gaps!.items.some((g) => g.message.includes('O. H.'))).toBe(true);
  });
});

describe('words', () => {
  it('makes initials', () => {
    expect(initials('Ana Rivera')).toBe('A. R.');
    expect(initials('Dr. Kim Alvarez')).toBe('K. A.');
    expect(initials('María José de la Cruz')).toBe('M. J. C.');
    expect(initials('Jean-Luc Picard')).toBe('J. L. P.');
    expect(initials('<script>')).toBe('S.');
  });

  it('says how often and how a member updates the family', () => {
    expect(updatesText({ every: parseDuration('2 weeks')!, via: 'email' }, EN)).toBe('every 2 weeks by email');
    expect(updatesText({ every: parseDuration('1 month')! }, EN)).toBe('every month');
    expect(updatesText(undefined, EN)).toBeNull();
  });

  it('names languages other than English', () => {
    expect(interpreterNote('en-US', EN)).toBeNull();
    expect(interpreterNote('pt-BR', EN)).toBe('Brazilian Portuguese (pt-BR) — interpreter needed');
    expect(interpreterNote('vi', EN)).toBe('Vietnamese (vi) — interpreter needed');
    expect(interpreterNote('qqq', EN)).toBe('qqq — interpreter needed');
  });
});

describe('escapeMarkdown', () => {
  it('keeps a value on one line and inside its table cell', () => {
    expect(escapeMarkdown('a | b\nc\r\nd')).toBe('a \\| b c d');
    expect(escapeMarkdown('already \\| escaped')).toBe('already \\\\\\| escaped');
  });

  it('turns markup into text', () => {
    expect(escapeMarkdown('**bold** _it_ `code` [x](http://e) ~~s~~')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[x\\](http://e) \\~\\~s\\~\\~');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown(null)).toBe('');
  });
});
