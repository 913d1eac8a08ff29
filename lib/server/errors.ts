// Failures an operation reports to its caller; route wrappers turn each into its HTTP status.
export class NotFoundError extends Error {}

/** The record changed since the caller read it (stale `version`); carries the current record. */
export class ConflictError extends Error {
  constructor(public readonly current: unknown) {
    super("The record was changed by someone else since you loaded it.");
  }
}

/** Input that passed the schema but not a check that needs the database (e.g. an unknown country). */
export class InputError extends Error {
  constructor(public readonly issues: { path: (string | number)[]; message: string }[]) {
    super(issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
}
