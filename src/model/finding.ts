import { t, type Lang, type Params } from '../i18n/index.js';
import { locate, rangeAt, spanOf, type Span } from '../yaml/positions.js';
import type { Finding, Problem, Related, RelatedProblem, Severity } from './types.js';

// The one way a finding is made: a problem (a file, a data path or a character range, a message id)
// placed in its file's text and worded, with the other places it is about. YAML syntax, the schema,
// ids, references, the rules and aipm.yaml itself all come through here, so every consumer (the
// reporters, the editor, `aipm fix`) reads positions as data and never parses them out of text.

/** Words a message id: from the catalogue for the stages before the rules, from a rule's own messages for a rule. */
export type Wording<Msg extends string> = (msg: Msg, params: Params<Msg>) => string;

/** Where a problem (or a place it relates to) stands in its file's text: the node at its path, its key, or its range. */
export function spanOfProblem(problem: Pick<Problem<string>, 'file' | 'path' | 'key' | 'range'>): Span {
  const { parsed } = problem.file;
  return problem.range
    ? spanOf(parsed.lineCounter, problem.range[0], problem.range[1])
    : locate(parsed, problem.path, problem.key ? { key: true } : {});
}

/** A problem placed in its file and worded: a finding, with its related places placed and worded the same way. */
export function findingOf<Msg extends string>(problem: Problem<Msg>, severity: Severity, word: Wording<Msg>): Finding {
  const finding: Finding = {
    rule: problem.rule,
    severity,
    file: problem.file.file,
    ...spanOfProblem(problem),
    message: word(problem.msg, problem.params ?? {}),
    anchor: anchorOf(problem),
  };
  if (problem.related?.length) finding.related = problem.related.map((r) => relatedOf(r, word));
  if (problem.fix !== undefined) {
    const [start, end] = problem.range ?? rangeAt(problem.file.parsed, problem.path, problem.key ? { key: true } : {});
    finding.fix = { start, end, text: problem.fix };
  }
  return finding;
}

function relatedOf<Msg extends string>(related: RelatedProblem<Msg>, word: Wording<Msg>): Related {
  return { file: related.file.file, ...spanOfProblem(related), message: word(related.msg, related.params ?? {}) };
}

/** A problem of the stages before the rules (or of aipm.yaml): an error, worded from the catalogue. */
export function builtinFinding(problem: Problem, lang: Lang): Finding {
  return findingOf(problem, 'error', (msg, params) => t(lang, msg, params));
}

/**
 * A problem's place by meaning rather than by line: its data path with each list index replaced by
 * the id of the item there (when it has one), then the message id; a problem placed by a character
 * range (a comment, a YAML syntax error) is named by the text there.
 */
export function anchorOf(problem: Pick<Problem<string>, 'file' | 'path' | 'range' | 'msg'>): string {
  if (problem.range) return `@${problem.file.parsed.text.slice(problem.range[0], problem.range[1]).trim().slice(0, 80)}#${problem.msg}`;
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

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}
