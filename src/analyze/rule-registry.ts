import type { Rule } from './rule.js';
import { adultDecisions } from './rules/adult-decisions.js';
import { advocacyConflict } from './rules/advocacy-conflict.js';
import { backupIsAccountable } from './rules/backup-is-accountable.js';
import { conflictOfInterest } from './rules/conflict-of-interest.js';
import { contactMissing } from './rules/contact-missing.js';
import { crisisBackupMissing } from './rules/crisis-backup-missing.js';
import { crisisContactUnreachable } from './rules/crisis-contact-unreachable.js';
import { decisionMisassigned } from './rules/decision-misassigned.js';
import { decisionUnassigned } from './rules/decision-unassigned.js';
import { duplicateMember } from './rules/duplicate-member.js';
import { familyAdvocateMissing } from './rules/family-advocate-missing.js';
import { familyCarriesCoordination } from './rules/family-carries-coordination.js';
import { familyDecisionMissing } from './rules/family-decision-missing.js';
import { familyUpdatesMissing } from './rules/family-updates-missing.js';
import { leadRoleMissing } from './rules/lead-role-missing.js';
import { memberWithoutDuties } from './rules/member-without-duties.js';
import { naturalSupportsMissing } from './rules/natural-supports-missing.js';
import { placeholderLeft } from './rules/placeholder-left.js';
import { responsibilityUnassigned } from './rules/responsibility-unassigned.js';
import { reviewCadenceMissing } from './rules/review-cadence-missing.js';
import { reviewCadenceTooLong } from './rules/review-cadence-too-long.js';
import { reviewOverdue } from './rules/review-overdue.js';
import { roleScope } from './rules/role-scope.js';
import { roleUnclear } from './rules/role-unclear.js';
import { schema } from './rules/schema.js';
import { serviceModelMissing } from './rules/service-model-missing.js';
import { singleAccountable } from './rules/single-accountable.js';
import { titleRoleMismatch } from './rules/title-role-mismatch.js';
import { unknownId } from './rules/unknown-id.js';
import { unknownMember } from './rules/unknown-member.js';
import { yamlSyntax } from './rules/yaml-syntax.js';
import { youthVoiceMissing } from './rules/youth-voice-missing.js';

/** Every rule, in the order of rules.md, then the new rules of judgments.md §4. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateMember,
  unknownMember,
  unknownId,
  singleAccountable,
  responsibilityUnassigned,
  decisionUnassigned,
  crisisBackupMissing,
  leadRoleMissing,
  familyDecisionMissing,
  reviewCadenceMissing,
  reviewCadenceTooLong,
  reviewOverdue,
  titleRoleMismatch,
  roleScope,
  decisionMisassigned,
  conflictOfInterest,
  contactMissing,
  familyUpdatesMissing,
  memberWithoutDuties,
  familyAdvocateMissing,
  youthVoiceMissing,
  naturalSupportsMissing,
  backupIsAccountable,
  roleUnclear,
  familyCarriesCoordination,
  advocacyConflict,
  crisisContactUnreachable,
  serviceModelMissing,
  adultDecisions,
  placeholderLeft,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Findings of these rules mean the team cannot be read as written: `render` refuses the file. */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'unknown-member', 'unknown-id', 'duplicate-member']);

/** `render` also refuses a file that still holds the starter file's example text: it would print on the chart. */
export const UNRENDERABLE_RULES: ReadonlySet<string> = new Set([...BLOCKING_RULES, 'placeholder-left']);
