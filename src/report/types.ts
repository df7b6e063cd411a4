import type { Finding } from '../model/types.js';
import type { Lang } from '../i18n/index.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

/** A run that stopped before checking (a bad aipm.yaml): what `--format json` prints as `fatal`. */
export interface Fatal {
  code: number;
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

/** One product of a run (`--all` checks several), in its own language. */
export interface ProductResult {
  /** `product.id` from its aipm.yaml, or the folder's path when aipm.yaml could not be read. */
  id: string;
  lang: Lang;
  /** Its aipm.yaml, as shown to the user. */
  config: string;
  summary: Summary;
  /** Its spec files, as shown to the user. */
  files: string[];
  findings: Finding[];
  fatal?: Fatal;
}

/** What `validate` found: the input every reporter formats. */
export interface ValidateResult {
  version: string;
  lang: Lang;
  summary: Summary;
  /** Sorted by file, line, column, rule; suppressed findings included, marked. */
  findings: Finding[];
  /** The source lines findings point at, by file then line number, for excerpts. */
  sources: Record<string, Record<number, string>>;
  /** The files checked, as shown to the user (those reported on, with paths given). */
  files?: string[];
  /** The products checked, with their own findings and summaries (one without `--all`). */
  products?: ProductResult[];
  /** A run over every product below (`--all`, perhaps one `--shard`): the products are listed even when one or none. */
  all?: boolean;
  /**
   * From the repository root (the folder holding `.git`) to the folder paths are shown from, with
   * `/`, '' when they are the same or there is no repository: formats that want repository paths
   * (SARIF, code quality, GitHub) join it in front.
   */
  repoPrefix?: string;
}

export interface ReportOptions {
  color: boolean;
}

export type Reporter = (result: ValidateResult, options: ReportOptions) => string;
