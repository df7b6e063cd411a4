import { t } from '../i18n/index.js';
import { runSummaryText } from './result.js';
import type { Finding } from '../model/types.js';
import { repoPath } from './paths.js';
import type { Reporter, ValidateResult } from './types.js';
import { dropUnsafe, forTerminal } from '../safe-text.js';

/** GitHub shows this many annotations of each level per step. */
export const GITHUB_SHOWN_PER_LEVEL = 10;

/**
 * A workflow command's message: `%`, CR and LF escaped, as GitHub's toolkit does; before that, any
 * other control or bidi character shown escaped, as the log is a terminal.
 */
export function escapeData(text: string): string {
  return forTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A workflow command's property value: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(result: ValidateResult, f: Finding): string {
  const props = [
    `file=${escapeProperty(repoPath(result, f.file))}`,
    `line=${f.line}`,
    `col=${f.col}`,
    `endLine=${f.endLine}`,
    ...(f.endLine === f.line ? [`endColumn=${f.endCol}`] : []),
    `title=${escapeProperty(`aipm ${f.rule}`)}`,
  ];
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(f.message)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding (suppressed ones left out), then a
 * summary line. GitHub shows only ten of each level per step, so the summary says how many there
 * are, and `stepSummary` gives the full list for `$GITHUB_STEP_SUMMARY`.
 */
export const github: Reporter = (result) => {
  const shown = result.findings.filter((f) => !f.suppressed);
  const lines = shown.map((f) => annotation(result, f));
  for (const p of result.products ?? []) if (p.fatal) lines.push(`::error file=${escapeProperty(repoPath(result, p.config))}${p.fatal.line ? `,line=${p.fatal.line},col=${p.fatal.col}` : ''},title=aipm::${escapeData(p.fatal.message)}`);
  const { errors, warnings } = result.summary;
  const lang = result.lang;
  lines.push(`aipm: ${runSummaryText(result)}`);
  if (errors > GITHUB_SHOWN_PER_LEVEL || warnings > GITHUB_SHOWN_PER_LEVEL) lines.push(`aipm: ${t(lang, 'report.githubCapped', { max: GITHUB_SHOWN_PER_LEVEL })}`);
  return `${lines.join('\n')}\n`;
};

/** A Markdown table cell: one line, pipes and HTML neutralised. */
const cell = (text: string) => dropUnsafe(text.replace(/\r?\n/g, ' ')).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every finding as a Markdown table, for `$GITHUB_STEP_SUMMARY` (nothing is lost to the annotation cap). */
export function stepSummary(result: ValidateResult): string {
  const shown = result.findings.filter((f) => !f.suppressed);
  const head = `### aipm validate\n\n${runSummaryText(result)}\n`;
  if (shown.length === 0) return `${head}\n`;
  const rows = shown.map((f) => `| \`${cell(repoPath(result, f.file))}:${f.line}:${f.col}\` | ${f.severity} | \`${f.rule}\` | ${cell(f.message)} |`);
  return `${head}\n| where | severity | rule | message |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n`;
}
