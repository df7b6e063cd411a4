import { langFromEnv } from '../i18n/index.js';
import { RULE_IDS } from '../rules/index.js';
import { resolveToday, type CommandResult } from './shared.js';

export interface LspOptions {
  cwd: string;
  /** The editor's side of the conversation (standard input and output for `--stdio`). */
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  today?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * `aipm lsp --stdio`: starts the language server and returns at once; the server answers the
 * editor until it says `exit` (the protocol's own way to end the process) or closes the stream.
 */
export async function lsp(opts: LspOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  // A bad --today is a usage error before any editor talks to us.
  resolveToday(opts.today, env);
  const { startServer } = await import('../lsp/server.js');
  startServer({ input: opts.input, output: opts.output, ruleIds: RULE_IDS, lang: langFromEnv(env), today: () => resolveToday(opts.today, env), env });
  return { exitCode: 0, stdout: '' };
}
