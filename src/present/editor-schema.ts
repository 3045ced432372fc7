import type { Model } from '../resolve/model.js';
import { ID_PATTERN } from '../validate/value-formats.js';
import { TEAM_FILE_HELP } from './team-file-help.js';

/** A JSON Schema node, as z.toJSONSchema writes it. */
type Node = Record<string, unknown> & { properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; additionalProperties?: unknown };

/** `model:` names a model file when it is a path: a folder in it, or a YAML file name. */
const MODEL_FILE = String.raw`[/\\]|\.ya?ml$`;
/** `carechart check` reports a list here as `single-accountable`; an editor flags it while typing. */
const ONE_OWNER = new Set(['responsibilities.*.accountable', 'decisions.*.decides']);

/**
 * The team file's JSON Schema as editors need it, from the one zod makes: a description and
 * examples on every key (src/present/team-file-help.ts), and what the models know — model names,
 * role ids, responsibility and decision ids — as enums and closed key sets, for completion and
 * for a squiggle under a misspelled id. `models`: the built-in ones; `only`: a schema for one model.
 */
export function editorTeamSchema(base: Node, models: readonly Model[], only?: Model): Node {
  const schema = structuredClone(base);
  addHelp(schema, '');
  const names = models.map((model) => model.id);
  const model = schema.properties!.model!;
  if (!only) model.anyOf = [{ enum: names }, { pattern: MODEL_FILE }];
  // A model file's schema leaves `model:` free: its path is written relative to each team file.
  else if (!new RegExp(MODEL_FILE).test(only.origin)) model.enum = [only.id];
  const named = (match: Node): Node => ({ required: ['model'], properties: { model: match } });
  schema.allOf = only
    ? [catalogOf([only])]
    : [
        ...models.map((m) => ({ if: named({ const: m.id }), then: catalogOf([m]) })),
        // No model named, or a misspelled one: the ids every built-in model knows.
        { if: named({ anyOf: [{ enum: names }, { pattern: MODEL_FILE }] }), else: catalogOf(models) },
      ];
  return schema;
}

function addHelp(node: Node, path: string): void {
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    const help = TEAM_FILE_HELP[at];
    if (help && property.description === undefined) property.description = help.description;
    if (help?.examples && property.examples === undefined) property.examples = help.examples;
    if (ONE_OWNER.has(at)) {
      delete property.anyOf;
      Object.assign(property, { type: ['string', 'null'], pattern: ID_PATTERN.source, errorMessage: 'Write one member id here, not a list: one person answers for it.' });
    }
    descend(property, at);
  }
}

function descend(node: Node, path: string): void {
  addHelp(node, path);
  for (const branch of node.anyOf ?? []) descend(branch, path);
  if (node.items) descend(node.items, `${path}[]`);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') descend(node.additionalProperties as Node, `${path}.*`);
}

/** The ids of the models' catalogs, described by the first model that has each. */
function catalogOf(models: readonly Model[]): Node {
  const roles = new Map<string, string>();
  const responsibilities = new Map<string, Node>();
  const decisions = new Map<string, Node>();
  for (const model of models) {
    for (const role of model.roles.values()) if (!roles.has(role.id)) roles.set(role.id, role.does ? `${role.label}: ${role.does}` : role.label);
    for (const item of model.responsibilities.values()) if (!responsibilities.has(item.id)) responsibilities.set(item.id, described(item));
    for (const item of model.decisions.values()) if (!decisions.has(item.id)) decisions.set(item.id, described(item));
  }
  return {
    properties: {
      members: { items: { properties: { role: { enum: [...roles.keys()], enumDescriptions: [...roles.values()] } } } },
      responsibilities: { properties: Object.fromEntries(responsibilities), additionalProperties: false },
      decisions: { properties: Object.fromEntries(decisions), additionalProperties: false },
    },
  };
}

const described = (item: { label: string; description: string; question: string }): Node => ({
  title: item.label,
  description: `${item.description.trim()} Ask: ${item.question.trim()}`,
});
