/** What a run came to, for the exit code. */
export interface Outcome {
  errors: number;
  warnings: number;
  /** `--check` found generated files (documents, schemas) missing or out of date. */
  stale?: boolean;
  /** A usage error, a bad aipm.yaml or an unreadable file. */
  userError?: boolean;
  /** The user stopped an interactive command (Ctrl-C at a prompt). */
  cancelled?: boolean;
  /** A bug in aipm. */
  internalError?: boolean;
}

export type ExitCode = 0 | 1 | 2 | 3 | 130;

/** The outcome of a run that found nothing wrong. */
export const CLEAN: Outcome = { errors: 0, warnings: 0 };

/**
 * 0 no errors; 1 errors (or warnings with `strict`), or stale generated files; 2 a user error,
 * which outranks 1; 3 an internal error; 130 cancelled at a prompt (as a shell reports Ctrl-C).
 */
export function exitCode(outcome: Outcome, options: { strict?: boolean } = {}): ExitCode {
  if (outcome.internalError) return 3;
  if (outcome.userError) return 2;
  if (outcome.cancelled) return 130;
  if (outcome.errors > 0 || outcome.stale) return 1;
  if (options.strict && outcome.warnings > 0) return 1;
  return 0;
}
