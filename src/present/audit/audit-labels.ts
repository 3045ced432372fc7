import { BUILTIN_MODELS, loadModel } from '../../resolve/load-model.js';
import type { Model } from '../../resolve/model.js';

/** Names for the ids an audit counts: a report merged from CI shards carries ids only. */
export interface AuditLabels {
  role(id: string): string;
  duty(id: string): string;
  model(id: string): string;
}

/** Labels from the built-in models; an id no built-in model knows reads as itself, dashes as spaces. */
export async function builtinLabels(): Promise<AuditLabels> {
  const models: Model[] = [];
  for (const name of BUILTIN_MODELS) {
    const load = await loadModel(name, '.');
    if (load.ok) models.push(load.model);
  }
  const find = (pick: (m: Model) => string | undefined, id: string) => models.map(pick).find((l) => l !== undefined) ?? id.replace(/-/g, ' ');
  return {
    role: (id) => find((m) => m.roles.get(id)?.label, id),
    duty: (id) => find((m) => m.responsibilities.get(id)?.label ?? m.decisions.get(id)?.label, id),
    model: (id) => find((m) => (m.id === id ? m.label : undefined), id),
  };
}
