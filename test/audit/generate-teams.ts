import { tree } from '../helpers/tree.js';

/** A small seeded generator (mulberry32): the same folder for the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const PEOPLE: [string, string | null][] = [
  ['Mother', 'parent'], ['Father', null], ['Abuela', null], ['Youth', 'youth'], ['Neighbor', 'natural-support'],
  ['Case Manager', 'case-manager'], ['Care Coordinator', null], ['Intensive Care Coordinator', 'care-coordinator'],
  ['Therapist', null], ['BCBA', 'provider'], ['Special Education Teacher', null], ['Clinical Director', 'supervisor'],
  ['Family Support Partner', 'family-advocate'], ['Health Plan', 'funding-team'], ['Tutor', null],
];
const DUTIES = ['service-plan', 'crisis-plan', 'crisis-response', 'single-point-of-contact', 'provider-communication', 'assessment', 'plan-monitoring', 'school-advocacy', 'insurance-advocacy', 'orientation', 'team-formation'];
const DECISIONS = ['service-plan-approval', 'team-membership', 'funding', 'crisis-activation'];
const ORGS = ['Harbor CSB', 'Bayview Family Partners', 'Northgate Case Management', 'Brightpath Autism Services'];
const PROGRAMS = ['Harbor Wraparound', 'Harbor Autism Case Management', null];
const EVERY = ['30 days', '45 days', '2 months', '90 days', '6 months', null];

/** One random team file: varied members, holders (some unknown ids, some `team`), programs, review dates; now and then a broken one. */
export function randomTeam(seed: number): string {
  const r = random(seed);
  if (r.next() < 0.05) return 'carechart: 1\nchild: [not, a, mapping\n';
  const members = Array.from({ length: 2 + Math.floor(r.next() * 6) }, (_, i) => {
    const [title, role] = r.pick(PEOPLE);
    const org = role === 'parent' || role === 'youth' || r.next() < 0.2 ? '' : `\n    organization: ${r.pick(ORGS)}`;
    return `  - id: m${i}\n    name: Person ${i}\n    title: ${title}${role ? `\n    role: ${role}` : ''}${org}\n    contact: { phone: "555-01${String(i).padStart(2, '0')}" }`;
  });
  const ids = members.map((_, i) => `m${i}`);
  const holder = () => (r.next() < 0.1 ? 'ghost' : r.pick(ids));
  const duties = DUTIES.filter(() => r.next() < 0.7).map((d) => `  ${d}: { accountable: ${holder()} }`);
  const decisions = DECISIONS.filter(() => r.next() < 0.7).map((d) => `  ${d}: { decides: ${r.next() < 0.2 ? 'team' : holder()} }`);
  const program = r.pick(PROGRAMS);
  const every = r.pick(EVERY);
  const review = [every && `    every: ${every}`, r.next() < 0.7 && `    last: 2026-0${1 + Math.floor(r.next() * 9)}-1${Math.floor(r.next() * 9)}`, r.next() < 0.5 && `    next: 2026-1${Math.floor(r.next() * 3)}-0${1 + Math.floor(r.next() * 9)}`].filter(Boolean);
  const needs = Array.from({ length: Math.floor(r.next() * 6) }, (_, i) => `need-${i}`);
  return [
    'carechart: 1',
    `model: ${r.pick(['wraparound', 'case-management'])}`,
    `child:\n  name: Child ${seed}${needs.length ? `\n  needs: [${needs.join(', ')}]` : ''}`,
    program || review.length ? `program:${program ? `\n  name: ${program}` : ''}${review.length ? `\n  review:\n${review.join('\n')}` : ''}` : '',
    `members:\n${members.join('\n')}`,
    duties.length ? `responsibilities:\n${duties.join('\n')}` : '',
    decisions.length ? `decisions:\n${decisions.join('\n')}` : '',
  ].join('\n') + '\n';
}

/** A folder of `count` random team files (and one YAML file that is not a team file). */
export function randomTeams(count: number, seed = 1): string {
  const files: Record<string, string> = { 'notes/not-a-team.yaml': 'title: meeting notes\n' };
  for (let i = 0; i < count; i++) files[`teams/${i % 3 === 0 ? 'east/' : ''}team-${String(i).padStart(3, '0')}.yaml`] = randomTeam(seed * 1000 + i);
  return tree(files);
}
