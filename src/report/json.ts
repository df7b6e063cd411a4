import type { Reporter } from './types.js';

export const json: Reporter = (result) =>
  `${JSON.stringify({ version: result.version, summary: result.summary, findings: result.findings }, null, 2)}\n`;

/** The JSON printed instead of findings when the run stops on a user or internal error. */
export function jsonFatal(version: string, code: number, message: string): string {
  return `${JSON.stringify({ version, fatal: { code, message } }, null, 2)}\n`;
}
