/** The family itself (not its advocates or supports): who approves the plan, and whom no one needs to update. */
export const PARENT_OR_YOUTH: ReadonlySet<string> = new Set(['parent', 'youth']);
