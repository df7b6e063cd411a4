import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { FORMATS, isFormat, reporters, type ValidateResult } from '../report/index.js';
import { resultOf } from '../report/result.js';
import { checkSpecs } from '../rules/run.js';
import { VERSION } from '../version.js';
import { findConfigsBelow } from '../workspace/files.js';
import { displayPath, expandPaths } from '../workspace/load.js';
import { checkOptionsOf, openWorkspace, resolveToday, writeOrFail, type CommandResult } from './shared.js';

export interface ValidateOptions {
  /** The working directory: aipm.yaml is looked up from here; paths are shown relative to it. */
  cwd: string;
  /** Only report findings in these files or folders (the whole workspace is still loaded). */
  paths?: string[];
  format?: string;
  strict?: boolean;
  today?: string;
  /** Write the report to this file instead of returning it as stdout. */
  output?: string;
  /** Check every aipm.yaml below cwd. */
  all?: boolean;
  color?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function validate(opts: ValidateOptions): Promise<CommandResult & { result: ValidateResult }> {
  const format = opts.format ?? 'stylish';
  if (!isFormat(format)) throw new UserError('error.badFormat', { value: format, choices: FORMATS.join(', ') });
  const today = resolveToday(opts.today, opts.env ?? process.env);
  const result = opts.all ? await validateAll(opts.cwd, today) : await validateOne(opts.cwd, today, opts.paths ?? []);
  const text = reporters[format](result, { color: Boolean(opts.color) && !opts.output });
  const code = exitCode(result.summary, { strict: opts.strict });
  if (opts.output) {
    await writeOrFail(resolve(opts.cwd, opts.output), text, opts.output);
    return { exitCode: code, stdout: '', result };
  }
  return { exitCode: code, stdout: text, result };
}

async function validateOne(cwd: string, today: string, paths: readonly string[], configFile?: string): Promise<ValidateResult> {
  const only = paths.length > 0 ? await expandPaths(cwd, paths) : undefined;
  const ws = await openWorkspace(cwd, { ...(configFile ? { configFile } : {}), ...(only ? { extraFiles: only } : {}) });
  const { findings } = checkSpecs(ws.files, checkOptionsOf(ws.config, today));
  const shown = only ? new Set(only.map((p) => displayPath(cwd, p))) : undefined;
  const kept = shown ? findings.filter((f) => shown.has(f.file)) : findings;
  return resultOf(kept, shown ? shown.size : ws.files.length, ws.files, ws.config.lang);
}

/** `--all`: every workspace below cwd, one after the other, in one report. */
async function validateAll(cwd: string, today: string): Promise<ValidateResult> {
  const configs = await findConfigsBelow(cwd);
  if (configs.length === 0) throw new UserError('error.noWorkspaces', { cwd });
  const results = [];
  for (const configFile of configs) results.push(await validateOne(cwd, today, [], configFile));
  const findings = results.flatMap((r) => r.findings);
  return {
    version: VERSION,
    lang: results[0]!.lang,
    summary: {
      files: results.reduce((n, r) => n + r.summary.files, 0),
      errors: results.reduce((n, r) => n + r.summary.errors, 0),
      warnings: results.reduce((n, r) => n + r.summary.warnings, 0),
    },
    findings,
    sources: Object.assign({}, ...results.map((r) => r.sources)),
  };
}
