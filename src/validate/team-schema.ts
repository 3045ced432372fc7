import { z } from 'zod';
import { duration, id, isoDate, oneOrMany } from './values.js';

/** The team file, exactly as shared/spec/team-file.md. Unknown keys are errors everywhere. */

const text = z.string().trim().min(1, { error: 'write something here, or leave the key out' });
const memberRef = id;
const memberRefs = oneOrMany(memberRef);
/** `accountable` and `decides` take one member; a list is a `single-accountable` finding, not a schema error. */
const oneOwner = z.union([memberRef, z.array(memberRef)], {
  error: 'write one member id here, like "jordan"',
});

const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const contactSchema = z.strictObject({
  phone: text.optional(),
  email: text.optional(),
  hours: text.optional(),
  language: z
    .string()
    .regex(BCP47, { error: 'write a language tag, like "en", "es" or "pt-BR"' })
    .optional(),
});

export const updatesSchema = z.strictObject({
  every: duration,
  via: text.optional(),
});

export const memberSchema = z.strictObject({
  id,
  name: text,
  title: text.optional(),
  role: id.optional(),
  organization: text.optional(),
  'provides-services': z.boolean().optional(),
  'conflict-safeguard': text.optional(),
  credentials: oneOrMany(text).optional(),
  supervisor: memberRef.optional(),
  contact: contactSchema.optional(),
  updates: updatesSchema.optional(),
  notes: text.optional(),
});

export const assignmentSchema = z.strictObject({
  accountable: oneOwner.optional(),
  responsible: memberRefs.optional(),
  consulted: memberRefs.optional(),
  informed: memberRefs.optional(),
  backup: memberRef.optional(),
  notes: text.optional(),
});

export const decisionRightsSchema = z.strictObject({
  decides: oneOwner.optional(),
  agree: memberRefs.optional(),
  recommends: memberRefs.optional(),
  input: memberRefs.optional(),
  informed: memberRefs.optional(),
  notes: text.optional(),
});

export const reviewSchema = z.strictObject({
  every: duration.optional(),
  last: isoDate.optional(),
  next: isoDate.optional(),
});

export const teamSchema = z.strictObject({
  carechart: z.literal(1, { error: 'write "carechart: 1" at the top: it says which version of the format this file uses' }),
  model: text.optional(),
  'as-of': isoDate.optional(),
  child: z.strictObject({
    name: text,
    age: z.number().int().min(0).max(30).optional(),
    needs: oneOrMany(id).optional(),
  }),
  program: z
    .strictObject({
      name: text.optional(),
      'service-model': text.optional(),
      review: reviewSchema.optional(),
    })
    .optional(),
  'family-advocate': z.literal('declined', { error: 'the only value here is "declined"; list a family advocate under members instead' }).optional(),
  members: z.array(memberSchema).min(1, { error: 'list at least one person under members' }),
  responsibilities: z.record(z.string(), assignmentSchema.nullable()).optional(),
  decisions: z.record(z.string(), decisionRightsSchema.nullable()).optional(),
});

export type TeamFile = z.output<typeof teamSchema>;
export type Member = z.output<typeof memberSchema>;
export type Assignment = z.output<typeof assignmentSchema>;
export type DecisionRights = z.output<typeof decisionRightsSchema>;
