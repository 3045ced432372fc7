import type { TeamMember } from '../../resolve/team.js';

/** The care map's groups, in the order they go round the child (clockwise from the top). */
export const SECTORS = ['family', 'school', 'therapy', 'agencies', 'health'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The models give roles, not sectors: a provider may be a pediatrician or a speech therapist. The
 * role decides where it can (family, school, funding, coordination); for the others, the member's
 * own words (title, organization, credentials) say whether they work in health care or in a school.
 */
const BY_ROLE: Record<string, Sector> = {
  school: 'school',
  'funding-team': 'agencies',
  'case-manager': 'agencies',
  'care-coordinator': 'agencies',
  legal: 'agencies',
};

const SCHOOL_WORDS = /\b(school|elementary|teacher|iep|principal|district|academy|classroom)\b/i;
const HEALTH_WORDS =
  /\b(md|do|rn|np|pa-c|dds|pediatric\w*|physician|doctor|nurse|psychiatr\w*|hospital|medical|health|clinic of medicine|primary care|neurolog\w*|dentist)\b/i;
const AGENCY_WORDS = /\b(county|department|dept|csa|medicaid|insurance|services board|social services|court|state)\b/i;

export function sectorOf(member: TeamMember): Sector {
  if (member.family) return 'family';
  const byRole = BY_ROLE[member.role];
  if (byRole) return byRole;
  const { title, organization, credentials } = member.data;
  const words = [title, organization, ...(credentials ?? [])].filter(Boolean).join(' ');
  if (SCHOOL_WORDS.test(words)) return 'school';
  if (HEALTH_WORDS.test(words)) return 'health';
  if (AGENCY_WORDS.test(words) && !/\btherap/i.test(words)) return 'agencies';
  return 'therapy';
}
