import { isRealDate } from './kinds/common.js';
import { UserError } from './errors.js';

/** Today, as the rules see it: `--today`, else `AIPM_TODAY`, else the local date. */
export function resolveToday(flag: string | undefined, env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const given = flag ?? env.AIPM_TODAY;
  if (given !== undefined && given !== '') {
    if (!isRealDate(given)) throw new UserError('error.badToday', { value: given });
    return given;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
