import { z } from 'zod';
import { duration, id, isoDate, oneOrMany } from './values.js';

/** The team file (docs/team-file.md): the one definition; the fast validator is generated from it. Unknown keys are errors everywhere. */

const text = z.string().trim().min(1, { error: 'write something here, or leave the key out' });
const memberRef = id.meta({ description: 'A member id from members.' });
const memberRefs = oneOrMany(memberRef);
// Optional mappings and assignment fields may be left empty (`accountable:`, `contact:`): a
// starter file's blanks are gaps to fill in, not errors.
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
  role: id.optional().meta({ description: 'A role id of the model; inferred from the title when missing.' }),
  organization: text.optional(),
  'provides-services': z
    .boolean()
    .optional()
    .meta({ description: "True when this member's organization is also a paid service provider in the plan." }),
  'conflict-safeguard': text.optional(),
  credentials: oneOrMany(text).optional(),
  supervisor: memberRef.optional(),
  contact: contactSchema.nullish(),
  updates: updatesSchema.nullish(),
  notes: text.optional(),
});

export const assignmentSchema = z.strictObject({
  accountable: oneOwner.nullish().meta({ description: 'Exactly one member id: who answers for it.' }),
  responsible: memberRefs.nullish(),
  consulted: memberRefs.nullish(),
  informed: memberRefs.nullish(),
  backup: memberRef.nullish().meta({ description: 'Who steps in when the accountable member is away.' }),
  notes: text.optional(),
});

export const decisionRightsSchema = z.strictObject({
  decides: oneOwner.nullish().meta({ description: 'One member id, or `team` for a consensus of the whole team.' }),
  agree: memberRefs.nullish(),
  recommends: memberRefs.nullish(),
  input: memberRefs.nullish(),
  informed: memberRefs.nullish(),
  notes: text.optional(),
});

export const reviewSchema = z.strictObject({
  every: duration.optional(),
  last: isoDate.optional(),
  next: isoDate.optional(),
});

export const teamSchema = z
  .strictObject({
  carechart: z.literal(1, { error: 'write "carechart: 1" at the top: it says which version of the format this file uses' }),
  model: text.optional(),
  lang: z
    .string()
    .regex(BCP47, { error: 'write a language tag, like "en" or "es"' })
    .optional()
    .meta({ description: "The family's language: the chart and the findings are written in it (`--lang` wins)." }),
  'as-of': isoDate.optional(),
  child: z.strictObject({
    name: text,
    age: z.number().int().min(0).max(30).optional(),
    needs: oneOrMany(id).optional(),
    situations: oneOrMany(id)
      .optional()
      .meta({
        description:
          'What is happening now (an insurance denial, a school move, a recent crisis): situation ids of the model, each making some duties required. `carechart models show NAME` lists them.',
      }),
  }),
  program: z
    .strictObject({
      name: text.nullish(),
      'service-model': text.optional(),
      review: reviewSchema.nullish(),
    })
    .optional(),
  'family-advocate': z.literal('declined', { error: 'the only value here is "declined"; list a family advocate under members instead' }).optional(),
  members: z.array(memberSchema).min(1, { error: 'list at least one person under members' }),
  responsibilities: z
    .record(z.string(), assignmentSchema.nullable())
    .nullish()
    .meta({ description: 'Keyed by responsibility id from the model\'s catalog (`carechart explain ID`).' }),
  decisions: z
    .record(z.string(), decisionRightsSchema.nullable())
    .nullish()
    .meta({ description: 'Keyed by decision id from the model\'s catalog (`carechart explain ID`).' }),
  })
  .meta({ title: 'carechart team file', description: "One child's care team: who is on it, who answers for each duty, who decides, how the family hears from them." });

export type TeamFile = z.output<typeof teamSchema>;
export type Member = z.output<typeof memberSchema>;
export type Assignment = z.output<typeof assignmentSchema>;
export type DecisionRights = z.output<typeof decisionRightsSchema>;
