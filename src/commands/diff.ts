import { buildModel } from '../check/index.js';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { compareModels } from '../model/compare.js';
import { diffMarkdown, diffText } from '../render/changes.js';
import { specsAtRevision } from '../workspace/git.js';
import { displayPath } from '../workspace/load.js';
import { openWorkspace, organisationAt, type CommandResult } from './shared.js';
import { forJson, forTerminal } from '../safe-text.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;

export interface DiffOptions {
  cwd: string;
  /** The revision to compare from. */
  from: string;
  /** The revision to compare to; default: the working tree. */
  to?: string;
  format?: string;
}

/** What changed in the specs since a git revision (or between two), item by item, with the suspect links. */
export async function diff(opts: DiffOptions): Promise<CommandResult> {
  const ws = await openWorkspace(opts.cwd);
  const { config } = ws;
  const lang = config.lang;
  const format = opts.format ?? 'text';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UserError('error.badFormat', { value: format, choices: DIFF_FORMATS.join(', ') }, lang);
  const show = (abs: string) => displayPath(opts.cwd, abs);
  // Each side borrows from the organisation file as it was at that revision (a metric renamed
  // there and in the product reads as renamed, not as moved and removed); as it is now when it
  // was not there then or cannot be read as it was.
  const before = buildModel(specsAtRevision(config.specs, opts.from, show), lang, undefined, organisationAt(config, opts.from, opts.cwd)).model;
  const after = buildModel(opts.to ? specsAtRevision(config.specs, opts.to, show) : ws.files, lang, undefined, opts.to ? organisationAt(config, opts.to, opts.cwd) : config.organisation).model;
  const result = compareModels(before, after);
  const ref = opts.to ? `${opts.from}..${opts.to}` : opts.from;
  const stdout =
    format === 'json' ? `${forJson({ from: opts.from, to: opts.to ?? null, ...result }, 2)}\n`
      : format === 'markdown' ? diffMarkdown(result, ref, lang, { level: 1 })
        : forTerminal(diffText(result, ref, lang));
  return { exitCode: exitCode(CLEAN), stdout };
}
