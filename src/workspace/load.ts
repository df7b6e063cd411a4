import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { countText } from '../i18n/index.js';
import type { Severity, SpecFile } from '../model/types.js';
import { parseYamlBytes } from '../yaml/parse.js';
import { openCache, type Incremental } from './cache.js';
import type { Config } from '../model/config.js';
import { CONFIG_RULE, ConfigError, parseConfig } from './config.js';
import { inherit, parseOrganisation } from './organisation.js';
import { builtinFinding } from '../model/finding.js';
import { existsSync, statSync } from 'node:fs';
import { findConfig, findConfigsBelow, listFileEntries, listFiles, readBytes, readText, repoRootOf } from './files.js';
import { assertInside, insideOf, isWithin } from './guard.js';
import { finishInterrupted } from './fs.js';
import type { Finished } from './write.js';

/** A workspace as read; `Report` is what a caller keeps in its cache for a whole run. */
export interface Workspace<Report = unknown> {
  config: Config;
  /** Every spec file of the workspace, parsed, sorted by path. */
  files: SpecFile[];
  /** With `cache`: the layer the files came through; the caller checks with it as the memo, keeps its report there and saves it. */
  cache?: Incremental<Report>;
  /** With `finish`: what a killed run's journal had left, now put in place. */
  interrupted?: Finished;
}

/** A path as shown to the user: relative to `cwd`, with `/` separators. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * Reads and checks aipm.yaml, and the organisation file it `extends` (merged in: see
 * `inherit`); `ruleIds` are the rule ids its `rules:` may name, `defaults` their built-in severities.
 */
export async function loadConfig(configFile: string, cwd: string, ruleIds: readonly string[], defaults: Readonly<Record<string, Severity>> = {}): Promise<Config> {
  const shown = displayPath(cwd, configFile);
  assertInside(dirname(configFile), configFile, shown);
  let config = parseConfig(await readText(configFile, shown), configFile, shown, ruleIds);
  // The organisation's catalogues may stand anywhere in the repository; the product's own inside its folder.
  const own = new Set(config.catalogues ?? []);
  const repoRoot = repoRootOf(config.root) ?? config.root;
  if (config.extends) config = await withOrganisation(config, cwd, repoRoot, ruleIds, defaults);
  if (config.catalogues) {
    // Read like spec files, never through a link leading outside.
    config.catalogueFiles = await Promise.all(
      config.catalogues.map(async (file) => {
        const display = displayPath(cwd, file);
        assertInside(own.has(file) ? config.root : repoRoot, file, display);
        return { file: display, text: await readText(file, display) };
      }),
    );
  }
  return config;
}

/** The organisation file `extends:` names, read (inside the repository, there, a regular file) and inherited. */
async function withOrganisation(config: Config, cwd: string, repoRoot: string, ruleIds: readonly string[], defaults: Readonly<Record<string, Severity>>): Promise<Config> {
  const { written, file } = config.extends!;
  const source = config.source!;
  const refuse = (msg: 'config.extendsOutside' | 'config.extendsMissing' | 'config.extendsSelf' | 'config.extendsFolder') => {
    const self = { file: source.file, parsed: source.parsed, raw: source.parsed.value, broken: false };
    const finding = builtinFinding({ rule: CONFIG_RULE, file: self, path: ['extends'], msg, params: { value: written } }, config.lang);
    return new ConfigError('error.configInvalid', { details: `${finding.file}:${finding.line}:${finding.col} ${finding.message}` }, config.lang, [finding]);
  };
  if (written.includes('\0') || !isWithin(repoRoot, file)) throw refuse('config.extendsOutside');
  if (file === config.file) throw refuse('config.extendsSelf');
  if (!existsSync(file)) throw refuse('config.extendsMissing');
  if (statSync(file).isDirectory()) throw refuse('config.extendsFolder');
  const shown = displayPath(cwd, file);
  // Through a link, the real file must be in the repository too.
  assertInside(repoRoot, file, shown);
  const settings = parseOrganisation(await readText(file, shown), file, shown, repoRoot, ruleIds, config.lang);
  return inherit(config, settings, defaults);
}

async function readSpecFile(file: string, cwd: string, inside: ((path: string, shown: string) => void) | undefined, cache: Incremental<unknown> | undefined): Promise<SpecFile> {
  const shown = displayPath(cwd, file);
  // A spec linked to a file outside the workspace is not read: a finding would print its first line.
  inside?.(file, shown);
  const bytes = await readBytes(file, shown);
  return { file: shown, parsed: cache ? cache.parse(bytes, shown) : parseYamlBytes(bytes) };
}

export interface LoadOptions {
  /** The rule ids aipm.yaml's `rules:` may name. */
  ruleIds: readonly string[];
  /** Their built-in severities (a locked rule set below its default is refused). */
  ruleDefaults?: Readonly<Record<string, Severity>>;
  /** aipm.yaml to use instead of looking it up from `cwd`. */
  configFile?: string;
  /** Spec files to read besides the workspace's own. */
  extraFiles?: readonly string[];
  /** Keep what parsing gave in `.aipm/cache` and reuse it for unchanged files (`validate --cache`). */
  cache?: boolean;
  /** Where the cache's signing key is looked up (XDG_CACHE_HOME, else the home folder). */
  env?: NodeJS.ProcessEnv;
  /** A command about to write: first finish what a killed run left (`finishInterrupted`). */
  finish?: boolean;
}

/** Loads the workspace whose aipm.yaml is found from `cwd`, plus any extra spec files named. */
export async function loadWorkspace<Report = unknown>(cwd: string, options: LoadOptions): Promise<Workspace<Report>> {
  const configFile = options.configFile ?? findConfig(cwd);
  if (!configFile) throw await configNotFound(cwd);
  const config = await loadConfig(configFile, cwd, options.ruleIds, options.ruleDefaults);
  const inside = insideOf(config.root);
  // The specs folder is looked at before it is walked: `specs -> /` is refused at once. A file the
  // walk reaches as a plain file, through folders (the walk follows no link) below it, is inside:
  // only links and extra files need their real path looked up (one lookup a file was about 3% of a
  // 1000-file run).
  inside(config.specs, displayPath(cwd, config.specs));
  const interrupted = options.finish ? await finishInterrupted(config.root, [config.specs, config.out]) : undefined;
  const listed = await listFileEntries(config.specs, undefined, { show: (p) => displayPath(cwd, p) });
  const extras = options.extraFiles ?? [];
  const checked = new Set([...listed.filter((f) => f.link).map((f) => f.path), ...extras]);
  const paths = new Set([...listed.map((f) => f.path), ...extras]);
  const cache = options.cache ? await openCache<Report>(config.root, options.env ?? process.env) : undefined;
  const files = await Promise.all([...paths].sort().map((p) => readSpecFile(p, cwd, checked.has(p) ? inside : undefined, cache)));
  return { config, files, ...(cache ? { cache } : {}), ...(interrupted ? { interrupted } : {}) };
}

/** The spec files a list of paths names: files as given, folders searched below. */
export async function expandPaths(cwd: string, paths: readonly string[], root?: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    // Only the product's own files: `validate /etc` is not a check of nothing.
    if (root !== undefined && !isWithin(root, full)) throw new UserError('error.pathOutside', { path: p, root: displayPath(cwd, root) });
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new UserError('error.pathNotFound', { path: p });
    if (info.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return [...new Set(out)].sort();
}

/**
 * No aipm.yaml from `cwd` up. Where products sit below (a monorepo's root, or a folder of it), say
 * so and how to reach them, rather than suggest `aipm init`. Only inside a repository is anything
 * searched (the repository bounds the walk), never a home folder.
 */
async function configNotFound(cwd: string): Promise<UserError> {
  if (repoRootOf(cwd) === undefined) return new UserError('error.configNotFound', { cwd });
  const below = (await findConfigsBelow(cwd)).map((f) => relative(cwd, dirname(f)).split(sep).join('/'));
  if (below.length === 0) return new UserError('error.configNotFound', { cwd });
  const shown = below.slice(0, 3).join(', ') + (below.length > 3 ? ', …' : '');
  return new UserError('error.configBelow', { cwd, products: countText('product', below.length), folders: shown, first: below[0]! });
}
