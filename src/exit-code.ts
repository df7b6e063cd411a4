/** What a run came to, for the exit code. */
export interface Outcome {
  errors: number;
  warnings: number;
  /** A usage error, a bad aipm.yaml or an unreadable file. */
  userError?: boolean;
  /** A bug in aipm. */
  internalError?: boolean;
}

/**
 * 0 no errors; 1 errors (or warnings with `strict`); 2 a user error, which outranks 1;
 * 3 an internal error.
 */
export function exitCode(outcome: Outcome, options: { strict?: boolean } = {}): 0 | 1 | 2 | 3 {
  if (outcome.internalError) return 3;
  if (outcome.userError) return 2;
  if (outcome.errors > 0) return 1;
  if (options.strict && outcome.warnings > 0) return 1;
  return 0;
}
