// A team of any size (2 parents, then professionals across every sector), for the family pages'
// one-page tests and the bench: the same text for the same size, every time.
const PROFESSIONALS = [
  ['Care Coordinator', 'Harbor Community Services Board', 'care-coordinator'],
  ['Pediatrician', 'Northside Pediatrics', 'provider'],
  ['Special Education Teacher', 'Maple Street Elementary School', 'school'],
  ['Speech-Language Pathologist', 'Clearwater Speech Clinic', 'provider'],
  ['Occupational Therapist', 'Bright Steps Therapy', 'provider'],
  ['Board Certified Behavior Analyst (BCBA)', 'Riverbend Autism Services', 'provider'],
  ['Child Psychiatrist', 'Valley Child Psychiatry', 'provider'],
  ['FAPT', 'Harbor County CSA', 'funding-team'],
  ['School Counselor', 'Maple Street Elementary School', 'school'],
  ['Intensive In-Home Therapist', 'Tidewater Family Counseling', 'provider'],
  ['Case Manager', 'Harbor County Department of Social Services', 'case-manager'],
  ['Nurse Practitioner', 'Northside Pediatrics', 'provider'],
  ['Physical Therapist', 'Bright Steps Therapy', 'provider'],
  ['Family Support Partner', 'Harbor Family Network', 'family-advocate'],
  ['Mentor', 'Harbor Rec League', 'natural-support'],
  ['Music Therapist', 'Bright Steps Therapy', 'provider'],
  ['Neurologist', 'Children’s Hospital of the Valley', 'provider'],
  ['Reading Specialist', 'Maple Street Elementary School', 'school'],
];
const FIRST = ['Alexandra', 'Bartholomew', 'Constance', 'Demetrius', 'Evangeline', 'Fitzgerald', 'Genevieve', 'Horatio', 'Isadora', 'Jebediah', 'Katarina', 'Leopold', 'Maximiliana', 'Nathaniel', 'Ophelia', 'Percival', 'Quintessa', 'Rosalind'];
const LAST = ['Montgomery-Whitfield', 'Okonkwo-Adeyemi', 'Vanderbilt', 'Castellanos', 'Abernathy', 'Kowalczyk', 'Nakamura', 'Fitzpatrick', 'Delacroix', 'Rasmussen'];

/** A wraparound team file of `size` members: two parents and `size - 2` professionals, all with long names. */
export function bigTeam(size) {
  const members = [
    '  - { id: mom, name: Mariana Esperanza Castellanos-Whitfield, title: Mother, role: parent, contact: { phone: "555-0100" } }',
    '  - { id: dad, name: Theodore Alexander Montgomery, title: Father, role: parent, contact: { phone: "555-0101" } }',
  ];
  for (let i = 0; i < size - 2; i++) {
    const [title, org, role] = PROFESSIONALS[i % PROFESSIONALS.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    const updates = i % 3 === 2 ? '' : `, updates: { every: ${i % 2 ? '2 weeks' : '1 month'}, via: ${i % 2 ? 'email' : 'phone call'} }`;
    members.push(`  - { id: m${i}, name: ${name}, title: ${title}, organization: ${org}, role: ${role}, contact: { phone: "555-01${String(i + 10).padStart(2, '0')}", hours: "Mon-Fri 9-5" }${updates} }`);
  }
  return [
    'carechart: 1',
    'model: wraparound',
    'as-of: 2026-11-01',
    'child: { name: Maximilian Castellanos-Whitfield, age: 12, needs: [mental-health, special-education, medical-care, therapy] }',
    'program: { name: Harbor County Children’s Services Act Wraparound Program, review: { every: 30 days, last: 2026-11-01 } }',
    'members:',
    ...members,
    'responsibilities:',
    '  crisis-response: { accountable: m1, notes: "After hours: the Harbor crisis line, 555-0199, answers every night and weekend." }',
    '  service-plan: { accountable: m0 }',
    'decisions:',
    '  service-plan-approval: { decides: mom, agree: [dad] }',
    '',
  ].join('\n');
}
