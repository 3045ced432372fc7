import type { Severity } from '../core/finding.js';
import type { Duration } from '../validate/values.js';
import type { Decision, ModelFile, Responsibility, Role, Situation } from './model-schema.js';

export type SeveritySetting = Severity | 'off';

/** A model ready for use: its catalogs indexed by id, its settings merged with the config's. */
export interface Model {
  id: string;
  label: string;
  /** Where it came from: the built-in name, or the model file's path. */
  origin: string;
  file: ModelFile;
  roles: Map<string, Role>;
  responsibilities: Map<string, Responsibility>;
  decisions: Map<string, Decision>;
  situations: Map<string, Situation>;
  leadRole: string | undefined;
  leadRoleNeedsOver: number | undefined;
  longestReview: Duration | undefined;
  /** The model's own rule severities, where they differ from a rule's default. */
  ruleSeverities: Record<string, SeveritySetting>;
  /**
   * In a language other than English: each catalog item as it reads inside a sentence ("el plan de
   * crisis", "un(a) administrador(a) de casos"), from the locale. English derives them from the labels.
   */
  phrases?: Record<'responsibilities' | 'decisions' | 'roles', ReadonlyMap<string, string>>;
}

export function indexModel(file: ModelFile, origin: string): Model {
  return {
    id: file.id,
    label: file.label,
    origin,
    file,
    roles: new Map(file.roles.map((r) => [r.id, r])),
    responsibilities: new Map(file.responsibilities.map((r) => [r.id, r])),
    decisions: new Map(file.decisions.map((d) => [d.id, d])),
    situations: new Map(file.situations.map((s) => [s.id, s])),
    leadRole: file.settings['lead-role'],
    leadRoleNeedsOver: file.settings['lead-role-needs-over'],
    longestReview: file.settings['longest-review'],
    ruleSeverities: file.rules,
  };
}

export function roleLabel(model: Model, roleId: string): string {
  return model.roles.get(roleId)?.label ?? roleId;
}

export function isFamilyRole(model: Model, roleId: string): boolean {
  return model.roles.get(roleId)?.family ?? false;
}

/** The family's own decision makers: a peer partner, a natural support or a legal advocate speaks for the family but never decides in its place. */
export const FAMILY_DECIDERS: readonly string[] = ['parent', 'youth'];

/** The family and the people of its own life: when they hold the program's coordination, the program has left its work to them. */
export const FAMILY_SIDE: readonly string[] = ['parent', 'youth', 'natural-support'];
