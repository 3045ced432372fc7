import { z } from 'zod';
import { duration, id, oneOrMany } from '../validate/values.js';

/** The format of a model file: the built-in models in models/ are written in it. */

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export const severitySetting = z.enum(SEVERITY_SETTINGS);
export const expectation = z.enum(['required', 'recommended', 'optional']);

const text = z.string().min(1);

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The title lexicon: phrases that name a role in a title, by language ("en", "es"), or one list for every language. */
export const aliasesSchema = z
  .union([
    z.array(text),
    z.record(z.string().regex(LANGUAGE_TAG, { error: 'write a language tag, like "en" or "es"' }), z.array(text)),
  ])
  .meta({ description: 'Titles that name this role, whole words, case and accents ignored: a list, or lists keyed by language ("en", "es").' });

export const roleSchema = z.strictObject({
  id,
  label: text,
  family: z.boolean(),
  aliases: aliasesSchema.default([]),
  core: z.array(id).default([]),
  does: text.optional(),
  source: text.optional(),
});

const catalogItem = {
  id,
  label: text,
  description: text,
  expectation,
  expected: oneOrMany(id).default([]),
  not: oneOrMany(id).default([]),
  question: text,
  why: text.optional(),
  source: text.optional(),
};

export const responsibilitySchema = z.strictObject({ ...catalogItem, area: text });
export const decisionSchema = z.strictObject(catalogItem);

/** Something happening in the child's life that makes some responsibilities required (`child.situations`). */
export const situationSchema = z.strictObject({
  id,
  label: text,
  /** What it means, in plain words. */
  description: text,
  /** Ends the sentence "required because of ...": "the insurance denial". */
  'because-of': text,
  /** The responsibilities it raises to required. */
  raises: oneOrMany(id),
  question: text.optional(),
  why: text.optional(),
  source: text.optional(),
});

/** A work the model's sources cite: a title and where a reader can find it. */
export const sourceSchema = z.strictObject({ id, title: text, where: text.optional(), note: text.optional() });

export const modelSettingsSchema = z.strictObject({
  'lead-role': id.optional(),
  'lead-role-needs-over': z.number().int().nonnegative().optional(),
  'longest-review': duration.optional(),
});

export const modelSchema = z.strictObject({
  'carechart-model': z.literal(1),
  id,
  label: text,
  summary: text.optional(),
  sources: z.array(sourceSchema).default([]),
  settings: modelSettingsSchema.default({}),
  rules: z.record(z.string(), severitySetting).default({}),
  roles: z.array(roleSchema).min(1),
  responsibilities: z.array(responsibilitySchema).min(1),
  decisions: z.array(decisionSchema).default([]),
  situations: z.array(situationSchema).default([]),
});

export type ModelFile = z.output<typeof modelSchema>;
export type Role = z.output<typeof roleSchema>;
export type Responsibility = z.output<typeof responsibilitySchema>;
export type Decision = z.output<typeof decisionSchema>;
export type Situation = z.output<typeof situationSchema>;
export type ModelSettings = z.output<typeof modelSettingsSchema>;
