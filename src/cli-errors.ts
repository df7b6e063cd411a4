import { UserError } from './errors.js';
import { langFromEnv, t } from './i18n/index.js';
import { jsonFatal } from './report/json.js';
import { VERSION } from './version.js';
import { exitCode } from './exit-code.js';

/** Words an error for the user: a UserError is one clear line (exit 2); anything else is a bug (exit 3). */
export function reportError(error: unknown, options: { json: boolean; env: NodeJS.ProcessEnv }): { exitCode: number; stdout: string; stderr: string } {
  const user = error instanceof UserError;
  const lang = (user && error.lang) || langFromEnv(options.env);
  const detail = error instanceof Error ? (options.env.AIPM_DEBUG ? error.stack ?? error.message : error.message) : String(error);
  const message = user ? t(lang, error.msg, error.params) : t(lang, 'error.internal', { detail });
  const code = exitCode({ errors: 0, warnings: 0, userError: user, internalError: !user });
  if (options.json) return { exitCode: code, stdout: jsonFatal(VERSION, code, message, user ? error.at : undefined), stderr: '' };
  return { exitCode: code, stdout: '', stderr: `aipm: ${message}\n` };
}
