import { fingerprints, repoPath } from './paths.js';
import type { Reporter } from './types.js';
import { forJson } from '../safe-text.js';

/**
 * The GitLab code quality report (CodeClimate JSON): an array of issues with `description`,
 * `check_name`, `fingerprint` (stable when lines move, as in SARIF), `severity` (errors `major`,
 * warnings `minor`) and `location.path` / `location.lines.begin`. Suppressed findings are left out.
 */
export const codequality: Reporter = (result) => {
  const shown = result.findings.filter((f) => !f.suppressed);
  const prints = fingerprints(result, shown);
  const issues = shown.map((f, i) => ({
    type: 'issue',
    description: f.message,
    check_name: f.rule,
    fingerprint: prints[i],
    severity: f.severity === 'error' ? 'major' : 'minor',
    location: { path: repoPath(result, f.file), lines: { begin: f.line, end: f.endLine } },
  }));
  return `${forJson(issues, 2)}\n`;
};
