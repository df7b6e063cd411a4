import type { Lang, MessageId, Params } from './i18n/index.js';

/** Where in a file a user error stands (a bad aipm.yaml), as data for `--format json`. */
export interface ErrorPosition {
  file: string;
  line: number;
  col: number;
}

/**
 * A problem the user can fix (a bad flag, a bad aipm.yaml, a file that cannot be read): printed
 * as one clear message, exit 2. Anything else thrown is a bug.
 */
export class UserError extends Error {
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
