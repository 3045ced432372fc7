/** cli.md: 0 clean, 1 findings (or too many warnings), 2 the run itself failed. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** A failure of the run that is the user's to fix (a missing path, a bad config): one message, exit 2. */
export class UsageError extends Error {}

/** A failure of the run that comes with its own report (a model file's located problems): printed as it is, exit 2. */
export class RunFailure extends Error {}
