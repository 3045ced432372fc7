/**
 * The works the rules cite, named so that a reader can find them: a title, a section, a
 * regulation's number. The built-in models (models/*.yaml) cite the same works in the same words.
 */

/** An autism-services family guide: the broad case manager, the narrower care coordinator. */
export const FAMILY_GUIDE = 'Autism Doctor Search Directory, family guide on case managers and care coordinators for autistic children';

/** Wraparound under Virginia's Children's Services Act: the broad care coordinator. */
export const CSA_HANDOUT = 'Virginia Children\'s Services Act (CSA) handout "Care Coordination/Case Manager: What\'s the Difference?"';

export const NWI = 'National Wraparound Initiative, the principles of the wraparound process';

export const CONFLICT_FREE = '42 CFR 441.301(c)(1)(vi), conflict-free case management in Medicaid home and community-based services';

export const IEP_TEAM = 'IDEA, 34 CFR 300.321 (who is on the IEP team)';

/** carechart's own format, for rules about how a file is written. */
export const TEAM_FILE_FORMAT = 'the carechart team file format (`carechart schema` prints it)';

/** The family guide's sections, by the headings a reader sees. */
export const GUIDE_SECTIONS = {
  difference: 'Case managers versus care coordinators: What’s the difference?',
  'what-they-do': 'What case managers do for families with autistic children',
  programs: 'How case management models work: Program examples',
  when: 'When does your family need a case manager most?',
  limitations: 'Limitations and what families should know',
  perspective: 'Our perspective: Why clear role definitions matter more than titles',
  faq: 'Frequently asked questions',
} as const;

/** The CSA handout's two parts. */
export const HANDOUT_SECTIONS = {
  difference: 'What’s the Difference?',
  team: 'Child Specific Team: How Does it Work?',
} as const;

/** `Work, section "Heading" (detail)`. */
export function section(work: string, heading: string, detail?: string): string {
  return `${work}, section "${heading}"${detail ? ` (${detail})` : ''}`;
}

export const guide = (part: keyof typeof GUIDE_SECTIONS, detail?: string) => section(FAMILY_GUIDE, GUIDE_SECTIONS[part], detail);
export const handout = (part: keyof typeof HANDOUT_SECTIONS, detail?: string) => section(CSA_HANDOUT, HANDOUT_SECTIONS[part], detail);

export const AGE_OF_MAJORITY = 'IDEA, 34 CFR 300.520 (rights pass from the parents to the student at the age of majority)';
