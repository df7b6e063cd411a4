import { Chalk, type ChalkInstance } from 'chalk';
import { charWidth as width } from '../text-width.js';
import { forTerminal, hasUnsafe } from '../safe-text.js';
import { t, type Lang } from '../i18n/index.js';
import { runSummaryText, summaryText } from './result.js';
import type { Finding } from '../model/types.js';
import type { Reporter, Summary } from './types.js';

/** Text on its way to a terminal (the terminal sink of safe-text.ts). */
export const terminalSafe = (text: string): string => forTerminal(text);

/** Spaces (tabs kept) as wide as `text`, so a caret lines up under it. */
function padFor(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\t' ? '\t' : ' '.repeat(width(ch));
  return out;
}

const MAX_EXCERPT = 160;

/** The source line with a caret under the node: `col` and `endCol` count UTF-16 units from 1. */
export function excerpt(line: string, f: Pick<Finding, 'line' | 'col' | 'endLine' | 'endCol'>): [string, string] {
  const start = Math.max(0, f.col - 1);
  const end = f.endLine === f.line ? Math.max(start + 1, f.endCol - 1) : line.length;
  let from = 0;
  if (start > MAX_EXCERPT - 20) from = start - 20;
  const shown = line.slice(from, from + MAX_EXCERPT);
  const before = line.slice(from, start);
  const marked = line.slice(start, Math.min(end, from + MAX_EXCERPT));
  let carets = 0;
  for (const ch of marked) carets += width(ch);
  return [(from > 0 ? '…' : '') + shown.replace(/\s+$/, ''), (from > 0 ? ' ' : '') + padFor(before) + '^'.repeat(Math.max(1, carets))];
}

/** One block per finding: `file:line:col severity message (rule)`, then the line and a caret. */
export const stylish: Reporter = (result, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let suppressed = 0;
  // Whether each source line may be shown as is, decided once a line: 40,000 findings on one long
  // line (a flow mapping of unknown keys) would otherwise scan it 40,000 times.
  const showable = new Map<string, boolean>();
  const isShowable = (file: string, n: number, raw: string) => {
    const key = `${file}\0${n}`;
    let ok = showable.get(key);
    if (ok === undefined) showable.set(key, (ok = !hasUnsafe(raw)));
    return ok;
  };
  // With several products (`--all`), a finding's words are its product's language: so is its 'see' line.
  const langOf = new Map<Finding, Lang>((result.products ?? []).flatMap((p) => p.findings.map((f) => [f, p.lang] as const)));
  for (const f of result.findings) {
    if (f.suppressed) {
      suppressed++;
      continue;
    }
    const severity = f.severity === 'error' ? c.red('error') : c.yellow('warning');
    out.push(`${c.bold(forTerminal(`${f.file}:${f.line}:${f.col}`, { line: true }))} ${severity} ${terminalSafe(f.message)} ${c.dim(`(${f.rule})`)}`);
    const raw = result.sources[f.file]?.[f.line];
    // Only a line free of control characters is shown as is; escaping would shift the caret.
    const line = raw !== undefined && isShowable(f.file, f.line, raw) ? raw : undefined;
    if (line !== undefined && line.trim() !== '') {
      const [text, caret] = excerpt(line, f);
      const gutter = String(f.line).padStart(5);
      out.push(`${c.dim(`${gutter} |`)} ${text}`, `${c.dim(`${' '.repeat(gutter.length)} |`)} ${c.red(caret)}`);
    }
    // The other places the finding is about, one indented line each.
    for (const r of f.related ?? []) out.push(`  ${c.dim(terminalSafe(t(langOf.get(f) ?? result.lang, 'report.see', { where: `${r.file}:${r.line}:${r.col}`, message: r.message })))}`);
    out.push('');
  }
  // With several products (`--all`), one line each, in that product's language; a bad aipm.yaml says
  // why (also when it is the only product: else the run would read 'no problems in 0 files').
  const products = result.products ?? [];
  if (products.length > 1 || (result.all && products.length > 0) || products.some((p) => p.fatal)) {
    for (const p of products) {
      const line = p.fatal ? `${c.red('error')} ${terminalSafe(p.fatal.message)}` : summaryLine(p.summary, p.lang, 0, c);
      out.push(`${c.bold(forTerminal(p.config, { line: true }))}: ${line}`);
    }
    out.push('');
  }
  const unchecked = products.some((p) => p.fatal);
  out.push(summaryLine(result.summary, result.lang, suppressed, c, runSummaryText(result), unchecked));
  return `${out.join('\n')}\n`;
};

/** A summary line, coloured by what it reports (red too when a product could not be checked). */
function summaryLine({ errors, warnings, files }: Summary, lang: Lang, suppressed: number, c: ChalkInstance, text = summaryText({ errors, warnings, files }, lang), failed = false): string {
  let summary = text;
  if (suppressed > 0) summary += ` (${t(lang, 'report.suppressed', { count: suppressed })})`;
  return errors > 0 || failed ? c.red(summary) : warnings > 0 ? c.yellow(summary) : c.green(summary);
}
