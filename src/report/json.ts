import type { Finding } from '../model/types.js';
import type { ErrorPosition } from '../errors.js';
import type { Reporter } from './types.js';
import { forJson } from '../safe-text.js';

/** The public shape of a finding: `anchor` (fingerprints) and `fix` (aipm fix) are internal. */
const publicFinding = ({ anchor: _, fix: __, ...finding }: Finding) => finding;

/** With `--all`, each product checked, its summary (and why one could not be checked) follows the findings. */
export const json: Reporter = (result) => {
  const products = result.all || (result.products ?? []).length > 1 ? { products: result.products!.map(({ id, config, summary, fatal }) => ({ id, config, summary, ...(fatal ? { fatal } : {}) })) } : {};
  return `${forJson({ version: result.version, summary: result.summary, findings: result.findings.map(publicFinding), ...products }, 2)}\n`;
};

/**
 * The JSON printed instead of findings when the run stops on a user or internal error; with the
 * file, line and column when the error is about a file's content (a bad aipm.yaml).
 */
export function jsonFatal(version: string, code: number, message: string, at?: ErrorPosition): string {
  return `${forJson({ version, fatal: { code, message, ...at } }, 2)}\n`;
}
