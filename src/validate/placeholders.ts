/**
 * The example values `carechart init` writes for a family to replace: one list, read by the
 * starter file that writes them and by `placeholder-left`, which finds them still in place.
 */
export const PLACEHOLDERS = {
  childName: "Your child's first name or initials",
  programName: "The program's name",
  yourName: 'Your name',
  agency: 'Their agency',
} as const;

const known = new Set(Object.values(PLACEHOLDERS).map((text) => text.toLowerCase()));

export function isPlaceholder(value: string): boolean {
  return known.has(value.trim().toLowerCase());
}
