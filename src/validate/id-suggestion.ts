import { ID_PATTERN } from './value-formats.js';
import { valueAt } from './schema-findings.js';

/** Whether a schema issue is an id written in a form ids cannot take ("Kayla", "Kayla Brooks"). */
export function isIdIssue(issue: { code: string; pattern?: string }): boolean {
  return issue.code === 'invalid_format' && issue.pattern === String(ID_PATTERN);
}

/**
 * The id most likely meant by a value that is not one: the same text in lowercase ("Kayla" →
 * "kayla"), else the id of the member with that name ("Kayla Brooks" → "kayla").
 */
export function suggestedId(value: unknown, root: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if (ID_PATTERN.test(lower)) return lower;
  const members = valueAt(root, ['members']);
  if (!Array.isArray(members)) return undefined;
  for (const member of members) {
    const { id, name } = (member ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id === 'string' && typeof name === 'string' && name.trim().toLowerCase() === lower) {
      const meant = id.toLowerCase();
      return ID_PATTERN.test(meant) ? meant : undefined;
    }
  }
  return undefined;
}
