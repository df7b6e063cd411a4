import type { Lang, MessageId, Params } from './i18n/index.js';

/** Where in a file a user error stands (a bad aipm.yaml), as data for `--format json`. */
export interface ErrorPosition {
  file: string;
  line: number;
  col: number;
}

/** Marks a UserError whichever copy of this module made it (see `Symbol.hasInstance` below). */
const USER_ERROR = Symbol.for('aipm.UserError');

/**
 * A problem the user can fix (a bad flag, a bad aipm.yaml, a file that cannot be read): printed
 * as one clear message, exit 2. Anything else thrown is a bug.
 */
export class UserError extends Error {
  /**
   * The CLI and each command are built as separate files, each with its own copy of this class:
   * `instanceof UserError` asks for the mark, so an error a command throws is still one where
   * the CLI reports it.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [USER_ERROR]?: unknown })[USER_ERROR] === true;
  }

  readonly [USER_ERROR] = true;

  constructor(
    readonly msg: MessageId,
    readonly params: Params = {},
    /** The workspace's language, when it is known. */
    readonly lang?: Lang,
    /** The position of the first problem, when the error is about a file's content. */
    readonly at?: ErrorPosition,
  ) {
    super(msg);
    this.name = 'UserError';
  }
}
