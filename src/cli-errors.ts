import { UserError } from './errors.js';
import { langFromEnv, t } from './i18n/index.js';
import { jsonFatal } from './report/json.js';
import { VERSION } from './version.js';
import { exitCode } from './exit-code.js';
import { editDistance, nearest } from './suggest.js';
import { forTerminal } from './safe-text.js';

/** Words an error for the user: a UserError is one clear line (exit 2); anything else is a bug (exit 3). */
export function reportError(error: unknown, options: { json: boolean; env: NodeJS.ProcessEnv }): { exitCode: number; stdout: string; stderr: string } {
  const user = error instanceof UserError;
  const lang = (user && error.lang) || langFromEnv(options.env);
  const detail = error instanceof Error ? (options.env.AIPM_DEBUG ? error.stack ?? error.message : error.message) : String(error);
  const message = user ? t(lang, error.msg, error.params) : t(lang, 'error.internal', { detail });
  const code = exitCode({ errors: 0, warnings: 0, userError: user, internalError: !user });
  if (options.json) return { exitCode: code, stdout: jsonFatal(VERSION, code, message, user ? error.at : undefined), stderr: '' };
  return { exitCode: code, stdout: '', stderr: `aipm: ${forTerminal(message)}\n` };
}

/** A failed write to stdout or stderr, as one line in the user's language (exit 2 is set by the caller). */
export function outputError(stream: 'stdout' | 'stderr', error: NodeJS.ErrnoException, env: NodeJS.ProcessEnv): string {
  return `aipm: ${t(langFromEnv(env), 'error.outputFailed', { stream, reason: error.code ?? error.message })}\n`;
}

/** Whether the command line asks for JSON output (`-f json`, `--format json`, `--format=json`). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || a === '-fjson' || ((a === '-f' || a === '--format') && argv[i + 1] === 'json'));
}

/** The nearest command to a mistyped one, only when it is a plain slip (`valdate`, not `lint` → `init`). */
export function nearestCommand(name: string, commands: readonly string[]): string | undefined {
  const suggestion = nearest(name, commands);
  if (!suggestion) return undefined;
  const slips = Math.max(1, Math.floor(name.length / 4));
  return editDistance(name.toLowerCase(), suggestion.toLowerCase()) <= slips ? suggestion : undefined;
}

/**
 * A usage error commander found (an unknown command or option, a bad choice): one line on stderr
 * naming the problem and where help is, or the JSON `fatal` object when JSON output was asked for.
 * Always exit 2.
 */
export function reportUsageError(input: { code: string; text: string; argv: readonly string[]; commands: readonly string[]; env: NodeJS.ProcessEnv }): { exitCode: number; stdout: string; stderr: string } {
  const lang = langFromEnv(input.env);
  const detail = input.text.split('\n')[0]!.replace(/^error: /, '').trim();
  const exit = exitCode({ errors: 0, warnings: 0, userError: true });
  let message: string;
  if (input.code === 'commander.unknownCommand') {
    const value = /'([^']*)'/.exec(detail)?.[1] ?? input.argv[0] ?? '';
    message = t(lang, 'error.unknownCommand', { value, suggestion: nearestCommand(value, input.commands) });
  } else {
    const command = input.argv.find((a) => input.commands.includes(a)) ?? '';
    message = t(lang, 'error.usage', { detail, command });
    if (!command) message = message.replace(/ +\(`aipm +--help`.*$|（`aipm +--help`.*$/, ` (\`aipm --help\`)`);
  }
  if (wantsJson(input.argv)) return { exitCode: exit, stdout: jsonFatal(VERSION, exit, message), stderr: '' };
  return { exitCode: exit, stdout: '', stderr: `aipm: ${forTerminal(message)}\n` };
}
