import type { Lang, MessageId, Params } from './i18n/index.js';

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
  ) {
    super(msg);
    this.name = 'UserError';
  }
}
