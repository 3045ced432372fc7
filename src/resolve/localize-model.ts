import type { Model } from './model.js';
import type { Messages } from '../i18n/messages.js';

/** The catalog's words a run prints, by kind: what a locale translates for each built-in model. */
export const CATALOG_FIELDS = {
  responsibilities: ['label', 'description', 'question', 'area', 'phrase'],
  decisions: ['label', 'description', 'question', 'phrase'],
  roles: ['label', 'phrase'],
  situations: ['label', 'description', 'because-of', 'question'],
} as const;

type Kind = keyof typeof CATALOG_FIELDS;

/**
 * A locale's text for a catalog field: `model.MODEL.KIND.ID.FIELD` where the models word it
 * differently, else `catalog.KIND.ID.FIELD`, shared by every model with that id.
 */
export function catalogKey(messages: Messages, modelId: string, kind: Kind | 'model', id: string, field: string): string | undefined {
  if (kind === 'model') return messages.has(`model.${modelId}.${field}`) ? `model.${modelId}.${field}` : undefined;
  const own = `model.${modelId}.${kind}.${id}.${field}`;
  if (messages.has(own)) return own;
  const shared = `catalog.${kind}.${id}.${field}`;
  return messages.has(shared) ? shared : undefined;
}

/**
 * The model with its catalog in the run's language. English is the models' own text. For another
 * language, a built-in model's words all come from the locale (test/i18n proves each is there); a
 * custom model's text, where the locale has no word for its id, is printed as its author wrote it.
 */
export function localizeModel(model: Model, messages: Messages): Model {
  if (messages.lang === 'en') return model;
  // Once per model and language: every file of a run shares it, and with it the role caches keyed by its maps.
  let byLanguage = localized.get(model);
  if (!byLanguage) localized.set(model, (byLanguage = new WeakMap()));
  let done = byLanguage.get(messages);
  if (!done) byLanguage.set(messages, (done = localize(model, messages)));
  return done;
}

const localized = new WeakMap<Model, WeakMap<Messages, Model>>();

function localize(model: Model, messages: Messages): Model {
  const word = (kind: Kind | 'model', id: string, field: string, own: string | undefined) => {
    const key = catalogKey(messages, model.id, kind, id, field);
    return key ? messages.t(key) : own;
  };
  const each = <T extends { id: string }>(kind: Kind, items: Map<string, T>): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [id, item] of items) {
      const copy: Record<string, unknown> = { ...item };
      for (const field of CATALOG_FIELDS[kind]) {
        if (field === 'phrase') continue;
        copy[field] = word(kind, id, field, copy[field] as string | undefined);
      }
      out.set(id, copy as unknown as T);
    }
    return out;
  };
  const phrases = (kind: Kind, ids: Iterable<string>) =>
    new Map([...ids].flatMap((id) => {
      const key = catalogKey(messages, model.id, kind, id, 'phrase');
      return key ? [[id, messages.t(key)] as const] : [];
    }));
  return {
    ...model,
    label: word('model', model.id, 'label', model.label)!,
    roles: each('roles', model.roles),
    responsibilities: each('responsibilities', model.responsibilities),
    decisions: each('decisions', model.decisions),
    situations: each('situations', model.situations),
    phrases: {
      responsibilities: phrases('responsibilities', model.responsibilities.keys()),
      decisions: phrases('decisions', model.decisions.keys()),
      roles: phrases('roles', model.roles.keys()),
    },
  };
}
