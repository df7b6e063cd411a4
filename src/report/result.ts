import type { Finding, SpecFile } from '../model/types.js';
import type { Lang } from '../i18n/index.js';
import { VERSION } from '../version.js';
import type { ValidateResult } from './types.js';

/** Findings with their counts and the source lines they point at: what every reporter formats. */
export function resultOf(findings: Finding[], fileCount: number, files: readonly SpecFile[], lang: Lang): ValidateResult {
  const counted = findings.filter((f) => !f.suppressed);
  const sources: ValidateResult['sources'] = {};
  const texts = new Map(files.map((f) => [f.file, f.parsed.text]));
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    const text = texts.get(f.file);
    if (text === undefined) continue;
    if (!lines.has(f.file)) lines.set(f.file, text.split(/\r?\n/));
    (sources[f.file] ??= {})[f.line] = lines.get(f.file)![f.line - 1] ?? '';
  }
  return {
    version: VERSION,
    lang,
    summary: { files: fileCount, errors: counted.filter((f) => f.severity === 'error').length, warnings: counted.filter((f) => f.severity === 'warning').length },
    findings,
    sources,
  };
}
