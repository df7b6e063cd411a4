import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { FORMATS, isFormat, reporters, type ValidateResult } from '../report/index.js';
import { stepSummary } from '../report/github.js';
import { mergeResults, resultOf } from '../report/result.js';
import type { ProductResult } from '../report/types.js';
import { langFromEnv, t, type Lang } from '../i18n/index.js';
import type { Shard } from '../model/shard.js';
import { checkSpecs } from '../rules/run.js';
import { VERSION } from '../version.js';
import { findConfig, repoPrefixOf } from '../workspace/files.js';
import { displayPath, expandPaths } from '../workspace/load.js';
import { appendText } from '../workspace/write.js';
import { checkOptionsOf, productsBelow, openWorkspace, portfolioLang, resolveToday, shardOption, writeOrFail, type CommandResult } from './shared.js';

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
  /** With `all`: only share k of n (`k/n`), for one job of a CI matrix. */
  shard?: string;
  /** With `all`: these products (their aipm.yaml) instead of every one below cwd (the pre-commit hook's). */
  configs?: readonly string[];
  /** The language of what speaks for all products (`--all`'s totals); default: the environment's. */
  lang?: string;
  color?: boolean;
  /** Reuse what parsing unchanged files gave in an earlier run (kept in `.aipm/cache`). */
  cache?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function validate(opts: ValidateOptions): Promise<CommandResult & { result: ValidateResult }> {
  const format = opts.format ?? 'stylish';
  if (!isFormat(format)) throw new UserError('error.badFormat', { value: format, choices: FORMATS.join(', ') });
  const today = resolveToday(opts.today, opts.env ?? process.env);
  const env = opts.env ?? process.env;
  const cache: CacheOptions = { cache: Boolean(opts.cache), env, notes: [] };
  const shard = shardOption(opts);
  const result = { ...(opts.all ? await validateAll(opts.cwd, today, env, cache, shard, portfolioLang(opts.lang, env), opts.configs) : await validateOne(opts.cwd, today, opts.paths ?? [], cache)), repoPrefix: repoPrefixOf(opts.cwd) };
  const text = reporters[format](result, { color: Boolean(opts.color) && !opts.output });
  // GitHub shows ten annotations of each level: the step summary gets the whole list.
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    try {
      await appendText(summaryFile, stepSummary(result));
    } catch (e) {
      throw new UserError('error.writeFailed', { file: summaryFile, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
  const code = exitCode({ ...result.summary, userError: result.products?.some((p) => p.fatal) ?? false }, { strict: opts.strict });
  if (opts.output) {
    // The report goes where the command line says: only that file's own folder is checked.
    const target = resolve(opts.cwd, opts.output);
    await writeOrFail(target, text, opts.output, dirname(target));
    return { exitCode: code, stdout: '', ...stderrOf(cache), result };
  }
  return { exitCode: code, stdout: text, ...stderrOf(cache), result };
}

/** `--cache`, the environment its signing key is found through, and why it was off (said once on stderr). */
type CacheOptions = { cache: boolean; env: NodeJS.ProcessEnv; notes: string[] };

const stderrOf = (cache: CacheOptions) => (cache.notes.length > 0 ? { stderr: [...new Set(cache.notes)].map((n) => `aipm: ${n}\n`).join('') } : {});

async function validateOne(cwd: string, today: string, paths: readonly string[], cache: CacheOptions, configFile?: string): Promise<ValidateResult> {
  const found = configFile ?? findConfig(cwd);
  const only = paths.length > 0 ? await expandPaths(cwd, paths, found && dirname(found)) : undefined;
  const ws = await openWorkspace<ValidateResult>(cwd, { ...cache, ...(configFile ? { configFile } : {}), ...(only ? { extraFiles: only } : {}) });
  const shown = only ? [...new Set(only.map((p) => displayPath(cwd, p)))] : ws.files.map((f) => f.file);
  const off = ws.cache?.off;
  if (off) cache.notes.push(t(ws.config.lang, off.reason === 'inside' ? 'cache.offInside' : 'cache.offUnusable', { dir: displayPath(cwd, off.dir).startsWith('..') ? off.dir : displayPath(cwd, off.dir) }));
  // With --cache, a run in which no file, no setting and not the date changed is the last report.
  const runKey = ws.cache?.runKey(JSON.stringify({ config: ws.config, today, shown }));
  const known = runKey ? ws.cache!.result(runKey) : undefined;
  if (known) return known;
  const { findings } = checkSpecs(ws.files, checkOptionsOf(ws.config, today), ws.cache);
  const kept = only ? findings.filter((f) => shown.includes(f.file)) : findings;
  const result = resultOf(kept, shown, ws.files, ws.config.lang, { id: ws.config.product.id, config: displayPath(cwd, ws.config.file) });
  if (runKey) {
    ws.cache!.keepResult(runKey, result);
    await ws.cache!.save();
  }
  return result;
}

/**
 * `--all`: every workspace below cwd, one after the other, in one report. A product whose
 * aipm.yaml is bad is reported as such (its own exit 2) while the others are still checked.
 */
async function validateAll(cwd: string, today: string, env: NodeJS.ProcessEnv, cache: CacheOptions, shard: Shard | undefined, lang: Lang, given?: readonly string[]): Promise<ValidateResult> {
  const { configs, ownId } = await productsBelow(cwd, shard, lang, given);
  const results: ValidateResult[] = [];
  const products: ProductResult[] = [];
  for (const configFile of configs) {
    try {
      ownId(configFile);
      const result = await validateOne(cwd, today, [], cache, configFile);
      results.push(result);
      products.push(...(result.products ?? []));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const lang = error.lang ?? langFromEnv(env);
      const config = displayPath(cwd, configFile);
      products.push({ id: displayPath(cwd, dirname(configFile)), lang, config, summary: { files: 0, errors: 0, warnings: 0 }, files: [], findings: [], fatal: { code: 2, message: t(lang, error.msg, error.params), ...error.at } });
    }
  }
  return mergeResults(results, products, lang);
}
