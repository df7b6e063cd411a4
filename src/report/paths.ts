import { posix } from 'node:path';
import { createHash } from 'node:crypto';
import type { Finding } from '../model/types.js';
import type { ValidateResult } from './types.js';

/** A finding's file from the repository root, with `/`: what SARIF, GitLab and GitHub want. */
export function repoPath(result: Pick<ValidateResult, 'repoPrefix'>, file: string): string {
  return posix.normalize(posix.join(result.repoPrefix ?? '', file)).replace(/^\.\//, '');
}

/**
 * A fingerprint that survives lines moving: the repository path, the rule and what the finding is
 * about (its anchor: the data path by item ids, and the message id), never its line. Two findings
 * with the same fingerprint in one run are numbered apart.
 */
export function fingerprints(result: Pick<ValidateResult, 'repoPrefix'>, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${repoPath(result, f.file)}\0${f.rule}\0${f.anchor ?? f.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash('sha256').update(n === 0 ? base : `${base}\0${n}`).digest('hex').slice(0, 32);
  });
}
