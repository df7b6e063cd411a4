import type { ErrorPosition } from '../errors.js';
import type { Reporter } from './types.js';

export const json: Reporter = (result) =>
  `${JSON.stringify({ version: result.version, summary: result.summary, findings: result.findings }, null, 2)}\n`;

/**
 * The JSON printed instead of findings when the run stops on a user or internal error; with the
 * file, line and column when the error is about a file's content (a bad aipm.yaml).
 */
export function jsonFatal(version: string, code: number, message: string, at?: ErrorPosition): string {
  return `${JSON.stringify({ version, fatal: { code, message, ...at } }, null, 2)}\n`;
}
