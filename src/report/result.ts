import type { Finding, SpecFile } from '../model/types.js';
import { count, t, type Lang } from '../i18n/index.js';
import { VERSION } from '../version.js';
import type { ProductResult, Summary, ValidateResult } from './types.js';

/** The run in one sentence, in its language: "2 errors, 1 warning in 9 files" or "no problems in 9 files". */
export function summaryText({ errors, warnings, files }: Summary, lang: Lang): string {
  const counts = { errors: count(lang, 'error', errors), warnings: count(lang, 'warning', warnings), files: count(lang, 'file', files) };
  return errors + warnings === 0 ? t(lang, 'report.clean', counts) : t(lang, 'report.summary', counts);
}

/**
 * The run's last line: the counts, and with `--all` how many products could not be checked (their
 * aipm.yaml, a locked rule turned down…), so a run that exits 2 never ends on 'no problems'; a
 * share of the products with none in it says so.
 */
export function runSummaryText(result: ValidateResult): string {
  const products = result.products ?? [];
  if (result.all && products.length === 0) return t(result.lang, 'report.noProducts');
  const text = summaryText(result.summary, result.lang);
  const unchecked = products.filter((p) => p.fatal).length;
  return unchecked > 0 ? `${text}; ${t(result.lang, 'report.unchecked', { products: count(result.lang, 'product', unchecked) })}` : text;
}

/** Errors and warnings that count (suppressed findings do not), over a number of files. */
export function summaryOf(findings: readonly Finding[], files: number): Summary {
  const counted = findings.filter((f) => !f.suppressed);
  return { files, errors: counted.filter((f) => f.severity === 'error').length, warnings: counted.filter((f) => f.severity === 'warning').length };
}

/** The source lines findings point at, by file and line, for excerpts. */
function sourcesOf(findings: readonly Finding[], files: readonly SpecFile[]): ValidateResult['sources'] {
  const sources: ValidateResult['sources'] = {};
  const texts = new Map(files.map((f) => [f.file, f.parsed.text]));
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    const text = texts.get(f.file);
    if (text === undefined) continue;
    if (!lines.has(f.file)) lines.set(f.file, text.split(/\r?\n/));
    (sources[f.file] ??= {})[f.line] = lines.get(f.file)![f.line - 1] ?? '';
  }
  return sources;
}

/**
 * Findings with their counts and the source lines they point at: what every reporter formats.
 * `shown` are the files reported on (all of the workspace's, or the paths given).
 */
export function resultOf(findings: Finding[], shown: readonly string[], files: readonly SpecFile[], lang: Lang, product?: Omit<ProductResult, 'summary' | 'files' | 'findings' | 'lang'>): ValidateResult {
  const summary = summaryOf(findings, shown.length);
  return {
    version: VERSION,
    lang,
    summary,
    findings,
    sources: sourcesOf(findings, files),
    files: [...shown],
    ...(product ? { products: [{ ...product, lang, summary, files: [...shown], findings }] } : {}),
  };
}

/** Several products' results as one run (`--all`): findings, files and counts added up. */
export function mergeResults(results: readonly ValidateResult[], products: readonly ProductResult[], lang: Lang): ValidateResult {
  const findings = results.flatMap((r) => r.findings);
  return {
    version: VERSION,
    lang,
    summary: {
      files: products.reduce((n, p) => n + p.summary.files, 0),
      errors: products.reduce((n, p) => n + p.summary.errors, 0),
      warnings: products.reduce((n, p) => n + p.summary.warnings, 0),
    },
    findings,
    sources: Object.assign({}, ...results.map((r) => r.sources)),
    files: results.flatMap((r) => r.files ?? []),
    products: [...products],
    all: true,
  };
}
