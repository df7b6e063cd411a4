import { t, type Lang } from '../i18n/index.js';
import type { Finding, Problem, Severity } from '../model/types.js';
import { locate, rangeAt, spanOf } from '../yaml/positions.js';

/** Where a problem stands in its file's text: the node at its path, its key, or its range. */
export function spanOfProblem(problem: Pick<Problem<string>, 'file' | 'path' | 'key' | 'range'>) {
  const { parsed } = problem.file;
  return problem.range
    ? spanOf(parsed.lineCounter, problem.range[0], problem.range[1])
    : locate(parsed, problem.path, problem.key ? { key: true } : {});
}

/** A problem placed in its file and worded: a finding. */
export function place<Msg extends string>(problem: Problem<Msg>, severity: Severity, message: string): Finding {
  const finding: Finding = { rule: problem.rule, severity, file: problem.file.file, ...spanOfProblem(problem), message, anchor: anchorOf(problem) };
  if (problem.fix !== undefined) {
    const [start, end] = problem.range ?? rangeAt(problem.file.parsed, problem.path, problem.key ? { key: true } : {});
    finding.fix = { start, end, text: problem.fix };
  }
  return finding;
}

/**
 * A problem's place by meaning rather than by line: its data path with each list index replaced by
 * the id of the item there (when it has one), then the message id; a problem placed by a character
 * range (a comment) is named by the text there.
 */
export function anchorOf(problem: Pick<Problem<string>, 'file' | 'path' | 'range' | 'msg'>): string {
  if (problem.range) return `@${problem.file.parsed.text.slice(problem.range[0], problem.range[1]).trim()}#${problem.msg}`;
  const parts: string[] = [];
  let value: unknown = problem.file.raw;
  for (const segment of problem.path) {
    const next: unknown = value !== null && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string | number, unknown>)[segment] : undefined;
    const id = typeof segment === 'number' && next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
    parts.push(typeof id === 'string' ? id : String(segment));
    value = next;
  }
  return `${parts.join('/')}#${problem.msg}`;
}

/** A problem of the stages before the rules, worded from the catalogue. */
export function placeBuiltin(problem: Problem, lang: Lang): Finding {
  return place(problem, 'error', t(lang, problem.msg, problem.params));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}
