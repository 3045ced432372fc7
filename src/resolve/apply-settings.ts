import type { ModelSettings } from './model-schema.js';
import type { Model } from './model.js';

/** A config's settings laid over a model's own. */
export function applySettings(model: Model, settings: ModelSettings): Model {
  if (Object.keys(settings).length === 0) return model;
  return {
    ...model,
    leadRole: settings['lead-role'] ?? model.leadRole,
    leadRoleNeedsOver: settings['lead-role-needs-over'] ?? model.leadRoleNeedsOver,
    longestReview: settings['longest-review'] ?? model.longestReview,
  };
}
