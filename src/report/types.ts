import type { Finding } from '../model/types.js';
import type { Lang } from '../i18n/index.js';

/** What `validate` found: the input every reporter formats. */
export interface ValidateResult {
  version: string;
  lang: Lang;
  summary: { files: number; errors: number; warnings: number };
  /** Sorted by file, line, column, rule; suppressed findings included, marked. */
  findings: Finding[];
  /** The source lines findings point at, by file then line number, for excerpts. */
  sources: Record<string, Record<number, string>>;
}

export interface ReportOptions {
  color: boolean;
}

export type Reporter = (result: ValidateResult, options: ReportOptions) => string;
