import { dirname, join, relative, sep } from 'node:path';
import type { Config } from '../model/config.js';
import { textAtRevision } from '../workspace/git.js';
import { parseOrganisation } from '../workspace/organisation.js';
import { UserError } from '../errors.js';
import { isLang, langFromEnv, t, type Lang } from '../i18n/index.js';
import { parseShard, shareOf, type Shard } from '../model/shard.js';
import { portfolioRow, type PortfolioEntry } from '../model/portfolio.js';
import { isRealDate } from '../kinds/common.js';
import { KIND_NAMES, type KindName } from '../kinds/index.js';
import { jsonSchemaText } from '../kinds/json-schema.js';
import { RULE_DEFAULTS, RULE_IDS } from '../rules/index.js';
import { findConfig, findConfigsBelow, repoRootOf } from '../workspace/files.js';
import { displayPath, loadConfig, loadWorkspace, type LoadOptions, type Workspace } from '../workspace/load.js';
import { checkOptionsOf, checkSpecs } from '../rules/run.js';
import { writeFileAtomic } from '../workspace/write.js';

// What the commands have in common. Only cli.ts prints; commands return this.

export interface CommandResult {
  exitCode: number;
  stdout: string;
  /** A note for standard error (a cancelled prompt). */
  stderr?: string;
}

/** The workspace found from `cwd`, its aipm.yaml checked against the known rules. */
export function openWorkspace<Report = unknown>(cwd: string, options: Omit<LoadOptions, 'ruleIds'> = {}): Promise<Workspace<Report>> {
  return loadWorkspace<Report>(cwd, { ...options, ruleIds: RULE_IDS, ruleDefaults: RULE_DEFAULTS });
}


/** The language of a command that works with or without a workspace. */
export async function languageFor(cwd: string, flag: string | undefined, env: NodeJS.ProcessEnv): Promise<Lang> {
  if (flag !== undefined) {
    if (!isLang(flag)) throw new UserError('error.badLang', { value: flag });
    return flag;
  }
  const configFile = findConfig(cwd);
  if (configFile) {
    const config = await loadConfig(configFile, cwd, RULE_IDS, RULE_DEFAULTS).catch(() => undefined);
    if (config) return config.lang;
  }
  return langFromEnv(env);
}

/** Today, as the rules see it: `--today`, else `AIPM_TODAY`, else the local date. */
export function resolveToday(flag: string | undefined, env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const given = flag ?? env.AIPM_TODAY;
  if (given !== undefined && given !== '') {
    // Name where the bad date came from: the flag, or the environment nobody typed on this line.
    if (!isRealDate(given)) throw new UserError(flag !== undefined ? 'error.badToday' : 'error.badTodayEnv', { value: given });
    return given;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where `init`, `new` and `schema` keep the JSON Schemas, below the workspace root. */
export const DEFAULT_SCHEMA_DIR = '.aipm/schemas';

/** Every kind's schema file, and the organisation file's: path → text, the fields described in `lang`. */
export function schemaFiles(dir: string, lang: Lang): Map<string, string> {
  return new Map([...KIND_NAMES, 'organisation' as const].map((kind) => [join(dir, `${kind}.json`), jsonSchemaText(kind, lang)]));
}

/** The path from a spec file's folder to its kind's schema, as its `$schema=` comment writes it. */
export function schemaPathFrom(specFile: string, schemaDir: string, kind: KindName): string {
  return relative(dirname(specFile), join(schemaDir, `${kind}.json`)).split(sep).join('/');
}

/** Runs `work`; a user error it throws is worded in `lang` (the workspace's language). */
export async function inLang<T>(lang: Lang, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError && !e.lang) throw new UserError(e.msg, e.params, lang, e.at);
    throw e;
  }
}

/**
 * An atomic write inside `root` whose failure is the user's to fix (a read-only folder…), named as
 * they see it, in the workspace's language.
 */
export async function writeOrFail(file: string, content: string | Uint8Array, shownAs: string, root: string, lang?: Lang): Promise<void> {
  try {
    await writeFileAtomic(file, content, root, shownAs);
  } catch (e) {
    if (e instanceof UserError && lang && !e.lang) throw new UserError(e.msg, e.params, lang, e.at);
    throw e;
  }
}

/**
 * The language of what speaks for several products at once (totals, the portfolio): `--lang`,
 * else the environment's (`LANG`), never just the first product's.
 */
export function portfolioLang(lang: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (lang === undefined) return langFromEnv(env);
  if (!isLang(lang)) throw new UserError('error.badLang', { value: lang });
  return lang;
}

/** `--shard k/n`, checked: only with `--all`, and a share that exists. */
export function shardOption(opts: { shard?: string | undefined; all?: boolean | undefined }): Shard | undefined {
  if (opts.shard === undefined) return undefined;
  if (!opts.all) throw new UserError('error.shardWithoutAll', { value: opts.shard });
  const shard = parseShard(opts.shard);
  if (!shard) throw new UserError('error.badShard', { value: opts.shard });
  return shard;
}

/** The products of an `--all` run, and what is read of every product below once for the run. */
export interface ProductsBelow {
  /** Their aipm.yaml files, ordered by the path of their folders (with a shard, its share). */
  configs: string[];
  /** A product's aipm.yaml as read for the run; undefined where it cannot be read (said where it is checked). */
  config(configFile: string): Config | undefined;
  /**
   * Throws a product's exit 2 when an earlier one, in folder order, has its `product.id`: a product
   * id names one product below a root. Found over every product below, whatever the shard, so a
   * clash split across two jobs of a matrix is still found.
   */
  ownId(configFile: string): void;
}

/**
 * The aipm.yaml of every product below `cwd` (`--all`), ordered by the path of its folder so every
 * job of a CI matrix sees the same list, and with `shard` only that job's share (or the files
 * `given`, as the pre-commit hook finds them). None at all is exit 2. Each product's aipm.yaml is
 * read once here, for the id check and for what a command needs of it before its own run.
 */
export async function productsBelow(cwd: string, shard: Shard | undefined, lang: Lang, given?: readonly string[]): Promise<ProductsBelow> {
  const all = (await findConfigsBelow(cwd)).sort(byFolder);
  if (all.length === 0 && !given) throw new UserError('error.noWorkspaces', { cwd });
  const loaded = new Map<string, Config>();
  const firstWith = new Map<string, string>();
  const clash = new Map<string, { id: string; first: string }>();
  for (const configFile of all) {
    const config = await loadConfig(configFile, cwd, RULE_IDS, RULE_DEFAULTS).catch(() => undefined);
    if (!config) continue;
    loaded.set(configFile, config);
    const first = firstWith.get(config.product.id);
    if (first === undefined) firstWith.set(config.product.id, configFile);
    else clash.set(configFile, { id: config.product.id, first });
  }
  return {
    configs: given ? [...given] : shard ? shareOf(all, shard) : all,
    config: (configFile) => loaded.get(configFile),
    ownId: (configFile) => {
      const c = clash.get(configFile);
      if (c) throw new UserError('error.productIdTwice', { id: c.id, config: displayPath(cwd, configFile), first: displayPath(cwd, c.first) }, lang);
    },
  };
}

/** Products in the order of their folders' paths (`a/aipm.yaml` before `a-b/aipm.yaml` before `b/…`). */
export function byFolder(a: string, b: string): number {
  const key = (f: string) => dirname(f).split(/[\\/]/);
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

export { checkOptionsOf };

/**
 * One product of `--all` as a row of the portfolio on `today`: read, checked with the rules as
 * validate checks it, and summed up; or, when its aipm.yaml cannot be read, why (in `lang`), so
 * the other products are still reported. Anything but a user error is a bug and is thrown.
 */
export async function portfolioEntryOf(cwd: string, configFile: string, today: string, lang: Lang): Promise<PortfolioEntry> {
  const folder = displayPath(cwd, dirname(configFile));
  try {
    const ws = await openWorkspace(cwd, { configFile });
    const { model, findings } = checkSpecs(ws.files, checkOptionsOf(ws.config, today));
    return { kind: 'product', folder, ...portfolioRow(ws.config.product, model, findings, today) };
  } catch (error) {
    return brokenEntry(cwd, configFile, error, lang);
  }
}

/** The row of a product whose aipm.yaml could not be read (a user error); anything else is thrown. */
export function brokenEntry(cwd: string, configFile: string, error: unknown, lang: Lang): PortfolioEntry {
  if (!(error instanceof UserError)) throw error;
  return { kind: 'broken', folder: displayPath(cwd, dirname(configFile)), config: displayPath(cwd, configFile), error: t(lang, error.msg, error.params) };
}

/** The organisation file a product extends, as it was at `ref`; as it is now when it was not there then or does not read. */
export function organisationAt(config: Config, ref: string, cwd: string): Config['organisation'] {
  if (!config.extends || !config.organisation) return config.organisation;
  const { file } = config.extends;
  const root = repoRootOf(dirname(file));
  if (root === undefined) return config.organisation;
  const text = textAtRevision(root, file, ref);
  if (text === undefined) return config.organisation;
  try {
    return parseOrganisation(text, file, displayPath(cwd, file), root, RULE_IDS, config.lang).organisation;
  } catch (error) {
    if (error instanceof UserError) return config.organisation;
    throw error;
  }
}
