import type { Problem, CheckedFile } from '../model/types.js';
import { nearest } from '../suggest.js';

export interface IgnoreComment {
  rule: string;
  reason: string;
}

const IGNORE = /^\s*#\s*aipm-ignore\s+([^\s:]+)\s*(?::\s*(.*?))?\s*$/;
/** Any comment on a line of its own that starts with `aipm-ignore`. */
const IGNORE_LIKE = /^\s*#\s*aipm-ignore\b/;

/**
 * `# aipm-ignore <rule-id>: <reason>` comments, by file and by the line they stand on; a comment
 * naming an unknown rule, or giving no reason, is a schema problem and suppresses nothing.
 */
export function readIgnoreComments(files: readonly CheckedFile[], ruleIds: readonly string[]): { ignores: Map<string, Map<number, IgnoreComment>>; problems: Problem[] } {
  const ignores = new Map<string, Map<number, IgnoreComment>>();
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.broken || !file.parsed.text.includes('aipm-ignore')) continue;
    const byLine = new Map<number, IgnoreComment>();
    file.parsed.text.split(/\r?\n/).forEach((line, i) => {
      if (!IGNORE_LIKE.test(line)) return;
      const m = IGNORE.exec(line);
      const start = (file.parsed.lineCounter.lineStarts[i] ?? 0) + line.indexOf('#');
      const at = { path: [], file, rule: 'schema', range: [start, start + line.trim().length] as [number, number] };
      if (!m) {
        problems.push({ ...at, msg: 'schema.ignoreForm', params: {} });
        return;
      }
      const rule = m[1]!;
      const reason = m[2] ?? '';
      if (!ruleIds.includes(rule)) {
        const suggestion = nearest(rule, ruleIds);
        problems.push({ ...at, msg: 'schema.ignoreRule', params: { rule, ...(suggestion ? { suggestion } : {}) } });
      } else if (!reason) {
        problems.push({ ...at, msg: 'schema.ignoreReason', params: { rule } });
      } else byLine.set(i + 1, { rule, reason });
    });
    ignores.set(file.file, byLine);
  }
  return { ignores, problems };
}
