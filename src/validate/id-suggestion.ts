import { ID_PATTERN } from './value-formats.js';
import { valueAt } from '../core/value-at.js';

/** Whether a schema issue is an id written in a form ids cannot take ("Kayla", "Kayla Brooks"). */
export function isIdIssue(issue: { code: string; pattern?: string }): boolean {
  return issue.code === 'invalid_format' && issue.pattern === String(ID_PATTERN);
}

interface WrittenMember {
  id: string;
  name: string;
}

function writtenMembers(root: unknown): WrittenMember[] {
  const members = valueAt(root, ['members']);
  if (!Array.isArray(members)) return [];
  return members.flatMap((m) => {
    const { id, name } = (m ?? {}) as { id?: unknown; name?: unknown };
    return typeof id === 'string' && ID_PATTERN.test(id.toLowerCase()) ? [{ id: id.toLowerCase(), name: typeof name === 'string' ? name.trim().toLowerCase() : '' }] : [];
  });
}

/**
 * The member meant by a value that is not an id: a member's id in another case ("Kayla" →
 * "kayla"), else the one member with that name or a word of it ("Kayla Brooks", "Brooks" → "kayla").
 */
export function memberMeant(value: unknown, root: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  const members = writtenMembers(root);
  if (members.some((m) => m.id === lower)) return lower;
  const named = members.filter((m) => m.name === lower);
  if (named.length === 1) return named[0]!.id;
  const byWord = members.filter((m) => m.name.split(/\s+/).includes(lower));
  return byWord.length === 1 ? byWord[0]!.id : undefined;
}

/** The id a value that is not one is read as: the member meant, else the same text in lowercase when that is an id. */
export function suggestedId(value: unknown, root: unknown): string | undefined {
  const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return memberMeant(value, root) ?? (ID_PATTERN.test(lower) ? lower : undefined);
}

/** Whether a path holds a reference to a member (a duty's or decision's people, a supervisor), rather than an id of its own. */
export function isMemberReference(path: readonly PropertyKey[]): boolean {
  return path[0] === 'responsibilities' || path[0] === 'decisions' || path.includes('supervisor');
}
