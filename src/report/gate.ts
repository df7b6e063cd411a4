import { t, type Lang } from '../i18n/index.js';
import { enumText } from '../i18n/render-enums.js';
import { valueWithUnit } from '../kinds/common.js';
import type { GateReason, GateResultRow, GateVerdict } from '../model/gate.js';
import { escapeData, escapeProperty } from './github.js';
import { repoPath } from './paths.js';
import { terminalSafe } from './stylish.js';
import { dropUnsafe, forJson } from '../safe-text.js';

// `aipm gate`'s verdict as text, JSON, Markdown and GitHub workflow commands. Pure.

export const GATE_FORMATS = ['text', 'json', 'markdown', 'github'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

export function isGateFormat(value: string): value is GateFormat {
  return (GATE_FORMATS as readonly string[]).includes(value);
}

const interval = (ci: readonly [number, number] | undefined, unit?: string) => (ci ? `[${valueWithUnit(ci[0], unit)}, ${valueWithUnit(ci[1], unit)}]` : '');
const subject = (r: Pick<GateResultRow, 'metric' | 'segment'>) => (r.segment === undefined ? r.metric : `${r.metric} / ${r.segment}`);

/** The one line a terminal, `aipm status` or a packet shows. */
export function gateVerdictLine(v: GateVerdict, lang: Lang): string {
  const e = v.evaluation;
  return t(lang, 'gate.verdictLine', { verdict: t(lang, v.verdict === 'ship' ? 'gate.ship' : 'gate.hold'), id: e.id, model: e.model, date: e.date, decision: enumText(lang, 'evalDecision', e.decision) });
}

export function gateText(v: GateVerdict, lang: Lang): string {
  const out = [terminalSafe(gateVerdictLine(v, lang))];
  if (v.against) out.push(`  ${terminalSafe(t(lang, 'gate.against', { id: v.against.id, date: v.against.date }))}`);
  const list = (title: string, mark: string, reasons: GateReason[]) => {
    if (reasons.length === 0) return;
    out.push('', `${title}:`);
    for (const r of reasons) out.push(`  ${mark} ${terminalSafe(`${r.file}:${r.line}:${r.col} ${r.message}`)} (${r.code})`);
  };
  list(t(lang, 'gate.reasons'), '✗', v.reasons);
  list(t(lang, 'gate.warnings'), '!', v.warnings);
  if (v.results.length > 0) {
    out.push('', `${t(lang, 'gate.results')}:`);
    for (const r of v.results) {
      const verdict = t(lang, r.verdict === 'pass' ? 'gate.pass' : r.verdict === 'fail' ? 'gate.fail' : 'gate.none');
      const evidence = [r.n === undefined ? '' : `n ${r.n}`, r.ci ? `ci ${interval(r.ci, r.unit)}` : ''].filter(Boolean).join(', ');
      out.push(`  ${terminalSafe(`${subject(r)}: ${valueWithUnit(r.value, r.unit)}${r.target ? ` (${r.target})` : ''} ${verdict}${evidence ? ` — ${evidence}` : ''}`)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function gateJson(v: GateVerdict, version: string): string {
  return `${forJson({ version, ...v }, 2)}\n`;
}

/** Markdown inline text outside code spans: one line, Markdown and HTML characters neutralised. */
const plain = (text: string) =>
  // `<` only where it could open a tag; `>` only matters at a line's start, where no cell or item begins.
  text.replace(/&(?=[A-Za-z#])/g, '&amp;').replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/[\\*_[\]|#~]/g, (c) => `\\${c}`);

/** A message for Markdown: its `code spans` kept (nothing inside one is read as Markdown or HTML), the rest escaped. */
const md = (text: string) =>
  dropUnsafe(text).replace(/\r?\n/g, ' ').split(/(`[^`|]*`)/).map((part, i) => (i % 2 === 1 ? part : plain(part.replace(/`/g, "'")))).join('');

/** A verdict for a pull-request comment or `$GITHUB_STEP_SUMMARY`. */
export function gateMarkdown(v: GateVerdict, lang: Lang, options: { title?: boolean } = {}): string {
  const verdict = t(lang, v.verdict === 'ship' ? 'gate.ship' : 'gate.hold');
  const out = options.title === false ? [md(gateVerdictLine(v, lang))] : [`## ${md(t(lang, 'gate.title'))}: ${v.verdict === 'ship' ? '✅' : '⛔'} ${md(verdict)}`, '', md(gateVerdictLine(v, lang))];
  if (v.against) out.push('', md(t(lang, 'gate.against', { id: v.against.id, date: v.against.date })));
  const list = (title: string, reasons: GateReason[]) => {
    if (reasons.length === 0) return;
    out.push('', `### ${md(title)}`, '');
    for (const r of reasons) out.push(`- ${md(r.message)} (\`${r.code}\`, ${md(`${r.file}:${r.line}`)})`);
  };
  list(t(lang, 'gate.reasons'), v.reasons);
  list(t(lang, 'gate.warnings'), v.warnings);
  if (v.results.length > 0) {
    const head = ['colMetric', 'colValue', 'colTarget', 'colN', 'colCi', 'colVerdict'] as const;
    out.push('', `### ${md(t(lang, 'gate.results'))}`, '', `| ${head.map((h) => md(t(lang, `gate.${h}`))).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const r of v.results) {
      const verdict = t(lang, r.verdict === 'pass' ? 'gate.pass' : r.verdict === 'fail' ? 'gate.fail' : 'gate.none');
      const cells = [subject(r), valueWithUnit(r.value, r.unit), r.target ?? '—', r.n === undefined ? '—' : String(r.n), r.ci ? interval(r.ci, r.unit) : '—', verdict];
      out.push(`| ${cells.map(md).join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** GitHub workflow commands: an annotation per reason and warning, then the verdict line. */
export function gateGithub(v: GateVerdict, lang: Lang, repoPrefix = ''): string {
  const annotation = (level: 'error' | 'warning', r: GateReason) =>
    `::${level} file=${escapeProperty(repoPath({ repoPrefix }, r.file))},line=${r.line},col=${r.col},title=${escapeProperty(`aipm gate ${r.code}`)}::${escapeData(r.message)}`;
  const lines = [...v.reasons.map((r) => annotation('error', r)), ...v.warnings.map((r) => annotation('warning', r)), `aipm: ${escapeData(gateVerdictLine(v, lang))}`];
  return `${lines.join('\n')}\n`;
}
